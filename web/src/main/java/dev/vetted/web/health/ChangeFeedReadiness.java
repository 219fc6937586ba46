package dev.vetted.web.health;

import dev.vetted.web.live.DeskChanges;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while this process hears the desk's change announcements: without them its
 * browsers would stop seeing work done on other replicas.
 */
@Readiness
@ApplicationScoped
public class ChangeFeedReadiness implements HealthCheck {

    private final DeskChanges changes;

    public ChangeFeedReadiness(DeskChanges changes) {
        this.changes = changes;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Desk change feed").status(changes.listening()).build();
    }
}
