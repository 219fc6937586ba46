package dev.vetted.core.claim;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long each review step may take before it is overdue and escalated ({@code vetted.sla.*}). */
@ConfigMapping(prefix = "vetted.sla")
public interface ReviewSla {

    @WithDefault("PT24H")
    Duration attribution();

    @WithDefault("PT48H")
    Duration confirmation();

    @WithDefault("PT24H")
    Duration signoff();
}
