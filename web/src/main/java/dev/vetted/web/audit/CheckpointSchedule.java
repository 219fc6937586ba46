package dev.vetted.web.audit;

import dev.vetted.core.audit.AuditSettings;
import dev.vetted.core.audit.AuditTrail;
import dev.vetted.core.common.ClusterLock;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Signs a checkpoint periodically, so the trail is anchored even when nobody exports it. */
@ApplicationScoped
public class CheckpointSchedule {

    private static final Logger LOG = Logger.getLogger(CheckpointSchedule.class);

    private final AuditTrail trail;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vetted-checkpoints");
        t.setDaemon(true);
        return t;
    });

    private final ClusterLock lock;

    public CheckpointSchedule(AuditTrail trail, ClusterLock lock,
                              AuditSettings settings) {
        this.trail = trail;
        this.lock = lock;
        this.interval = settings.checkpointInterval();
    }

    void start(@Observes StartupEvent event) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                // one replica signs; the others find the lock taken and skip this round
                lock.runIfFree("audit-checkpoint", trail::checkpoint);
            } catch (RuntimeException e) {
                LOG.warnf("Could not make an audit checkpoint: %s", e.getMessage());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        scheduler.shutdownNow();
    }
}
