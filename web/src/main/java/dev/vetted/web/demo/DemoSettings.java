package dev.vetted.web.demo;

import io.smallrye.config.ConfigMapping;

import java.nio.file.Path;
import java.util.Optional;

/** The demo data {@code ./vetted run} loads ({@code vetted.demo.*}); a newsroom's desk sets none. */
@ConfigMapping(prefix = "vetted.demo")
public interface DemoSettings {

    /** The seed file: an article and the official statements its checks rest on. */
    Optional<Path> seedFile();
}
