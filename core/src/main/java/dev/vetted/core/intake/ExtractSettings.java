package dev.vetted.core.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How claims are suggested ({@code vetted.extract.*}), for imports and previews alike. */
@ConfigMapping(prefix = "vetted.extract")
public interface ExtractSettings {

    /** Suggestions scoring below this check-worthiness (0 to 1) are not offered. */
    @WithDefault("0.1")
    double threshold();
}
