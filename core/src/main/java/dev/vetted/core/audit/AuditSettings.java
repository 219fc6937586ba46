package dev.vetted.core.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;

/** The audit trail's settings ({@code vetted.audit.*}), their defaults written here once. */
@ConfigMapping(prefix = "vetted.audit")
public interface AuditSettings {

    /** The checkpoint signing key, made on first start when missing; keep it off the database's disk. */
    @WithDefault("data/audit-signing-key")
    Path keyFile();

    /** The log's name in every signed checkpoint (the C2SP signed-note origin line). */
    @WithDefault("vetted.local/audit")
    String origin();

    /** How often a checkpoint is signed when events were added since the last. */
    @WithDefault("PT5M")
    Duration checkpointInterval();
}
