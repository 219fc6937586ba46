package dev.vetted.workflow.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the outbox relay sends recorded events to the engine ({@code vetted.outbox.*}). */
@ConfigMapping(prefix = "vetted.outbox")
public interface OutboxSettings {

    /** How often the relay looks for unsent events when none woke it. */
    @WithDefault("PT0.2S")
    Duration pollInterval();

    /** How long a replica may take to send what it leased before another may send it instead. */
    @WithDefault("PT30S")
    Duration lease();
}
