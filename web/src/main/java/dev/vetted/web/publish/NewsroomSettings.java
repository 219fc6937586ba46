package dev.vetted.web.publish;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who publishes the fact checks ({@code vetted.newsroom.*}): the name and address readers and
 * search engines see in every ClaimReview. A newsroom sets both; the defaults fit {@code ./vetted run}.
 */
@ConfigMapping(prefix = "vetted.newsroom")
public interface NewsroomSettings {

    @WithDefault("Vetted demo newsroom")
    String name();

    /** The public address of this desk, which the fact-check pages' links start with. */
    @WithDefault("http://localhost:8080")
    String url();
}
