package dev.vetted.workflow.routing;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobHandler;
import io.camunda.client.api.worker.JobWorker;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Opens one job worker per job type of claim-verification, each running its {@link ClaimJob}
 * with the variables the contract says it reads. Refuses to start when a job type of the
 * contract has no job, so a process that would wait forever is found at start-up.
 */
@ApplicationScoped
public class RoutingWorkers {

    private final CamundaClient client;
    private final Map<String, ClaimJob> jobs;
    private final boolean enabled;
    private final Duration jobTimeout;
    private final List<JobWorker> workers = new ArrayList<>();

    public RoutingWorkers(CamundaClient client, Instance<ClaimJob> jobs,
                          WorkerSettings settings) {
        this.client = client;
        this.jobs = jobs.stream().collect(Collectors.toMap(ClaimJob::type, Function.identity()));
        this.enabled = settings.enabled();
        this.jobTimeout = settings.jobTimeout();
    }

    void start(@Observes @Priority(30) StartupEvent event) {
        if (!enabled) return;
        Set<String> missing = new TreeSet<>(ClaimVerification.JOBS.keySet());
        missing.removeAll(jobs.keySet());
        if (!missing.isEmpty()) throw new IllegalStateException("no worker for the job types " + missing);
        ClaimVerification.JOBS.forEach((type, variables) -> open(jobs.get(type), variables));
    }

    void stop(@Observes ShutdownEvent event) {
        workers.forEach(JobWorker::close);
    }

    private void open(ClaimJob job, List<String> variables) {
        JobHandler handler = (jobClient, activated) -> {
            Map<String, Object> result = job.handle(activated);
            jobClient.newCompleteCommand(activated.getKey()).variables(result).send().join();
        };
        workers.add(client.newWorker().jobType(job.type()).handler(handler)
                .name("vetted-" + job.type()).fetchVariables(variables)
                .maxJobsActive(32).timeout(jobTimeout).pollInterval(Duration.ofMillis(100))
                .requestTimeout(Duration.ofSeconds(10)).open());
    }
}
