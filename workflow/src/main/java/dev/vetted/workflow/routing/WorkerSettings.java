package dev.vetted.workflow.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The routing job workers ({@code vetted.workers.*}). */
@ConfigMapping(prefix = "vetted.workers")
public interface WorkerSettings {

    /** Off for a replica that only serves the desk, or a test that drives the engine itself. */
    @WithDefault("true")
    boolean enabled();

    /**
     * How long a job stays with the replica that took it: one that died gives it back to the
     * others after this; each handler is a few database statements, so a minute is generous.
     */
    @WithDefault("PT1M")
    Duration jobTimeout();
}
