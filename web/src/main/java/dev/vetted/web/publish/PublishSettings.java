package dev.vetted.web.publish;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the public pages offer besides the verdict ({@code vetted.publish.*}). */
@ConfigMapping(prefix = "vetted.publish")
public interface PublishSettings {

    /**
     * Whether a public page offers the archived copy of the page the desk fetched (never an
     * uploaded one); off where the newsroom's lawyers prefer links only.
     */
    @WithDefault("true")
    boolean archivedPages();
}
