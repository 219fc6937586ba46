package dev.vetted.workflow.zeebe;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Where the Zeebe-protocol engine is ({@code vetted.zeebe.*}): in this process, or a gateway elsewhere. */
@ConfigMapping(prefix = "vetted.zeebe")
public interface ZeebeSettings {

    /** Run the engine inside the app (the default) rather than use {@link #gatewayAddress()}. */
    @WithDefault("true")
    boolean embedded();

    @WithDefault("127.0.0.1")
    String embeddedHost();

    /** 0 picks a free port (tests). */
    @WithDefault("26500")
    int embeddedPort();

    /** A standalone engine's gateway, e.g. http://zeebe-gateway:26500, when not embedded. */
    Optional<String> gatewayAddress();
}
