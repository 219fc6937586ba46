package dev.vetted.core.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How pages are fetched from a web address ({@code vetted.fetch.*}). */
@ConfigMapping(prefix = "vetted.fetch")
public interface FetchSettings {

    /**
     * Whether an address may lead to this machine or a private network: for tests, which serve
     * pages from localhost; a desk would otherwise fetch its own internal services for anyone.
     */
    @WithDefault("false")
    boolean allowInternal();
}
