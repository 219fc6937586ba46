package dev.vetted.workflow.routing;

import io.camunda.client.CamundaClient;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deploys claim-verification.bpmn at start-up. Deploying identical bytes keeps the version, so
 * every start (and every replica) may do it. If the gateway is not reachable yet, it keeps trying.
 */
@ApplicationScoped
public class ProcessDeployer {

    private static final Logger LOG = Logger.getLogger(ProcessDeployer.class);

    private final CamundaClient client;
    private final CompletableFuture<Long> deployed = new CompletableFuture<>();
    private final ScheduledExecutorService retry = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vetted-deployer");
        t.setDaemon(true);
        return t;
    });

    public ProcessDeployer(CamundaClient client) {
        this.client = client;
    }

    void start(@Observes @Priority(20) StartupEvent event) {
        attempt(Duration.ofMillis(500));
    }

    void stop(@Observes ShutdownEvent event) {
        retry.shutdownNow();
    }

    private void attempt(Duration backoff) {
        try {
            var result = client.newDeployResourceCommand().addResourceFromClasspath(ClaimVerification.RESOURCE)
                    .send().join(10, TimeUnit.SECONDS);
            var process = result.getProcesses().get(0);
            LOG.infof("Process %s version %d deployed", process.getBpmnProcessId(), process.getVersion());
            deployed.complete(process.getProcessDefinitionKey());
        } catch (RuntimeException e) {
            Duration next = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : backoff.multipliedBy(2);
            LOG.warnf("Could not deploy %s yet (%s); trying again in %s", ClaimVerification.RESOURCE, e.getMessage(), backoff);
            retry.schedule(() -> attempt(next), backoff.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Completes with the process definition key once the process is deployed. */
    public CompletableFuture<Long> deployed() {
        return deployed;
    }
}
