package dev.vetted.workflow.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vetted.core.claim.AttributionLocator;
import dev.vetted.core.claim.Claim;
import dev.vetted.core.claim.ClaimRouting;
import dev.vetted.core.claim.Verdict;
import dev.vetted.core.common.Actor;
import dev.vetted.core.publish.FactChecks;
import dev.vetted.core.review.Evidence;
import dev.vetted.core.review.ReviewDesk;
import dev.vetted.core.review.ReviewStep;
import dev.vetted.core.review.ReviewTask;
import dev.vetted.core.statement.OfficialStatement;
import dev.vetted.core.statement.OfficialStatements;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobHandler;
import io.camunda.client.api.worker.JobWorker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The job workers of claim-verification, one per job type. Each is safe to run twice for the same
 * job (a job retried after a crash): it looks up what it did before instead of doing it again.
 */
@ApplicationScoped
public class RoutingWorkers {

    private final CamundaClient client;
    private final ClaimRouting routing;
    private final ReviewDesk desk;
    private final OfficialStatements statements;
    private final FactChecks factChecks;
    private final boolean enabled;
    private final Duration jobTimeout;
    private final ObjectMapper json = new ObjectMapper();
    private final List<JobWorker> workers = new ArrayList<>();

    public RoutingWorkers(CamundaClient client, ClaimRouting routing, ReviewDesk desk, OfficialStatements statements,
                          FactChecks factChecks, @ConfigProperty(name = "vetted.workers.enabled", defaultValue = "true") boolean enabled,
                          @ConfigProperty(name = "vetted.workers.job-timeout", defaultValue = "PT1M") Duration jobTimeout) {
        this.client = client;
        this.routing = routing;
        this.desk = desk;
        this.statements = statements;
        this.factChecks = factChecks;
        this.enabled = enabled;
        // a job held by a replica that died goes back to the others after this long; each handler
        // is a few database statements, so a minute is generous
        this.jobTimeout = jobTimeout;
    }

    void start(@Observes @Priority(30) StartupEvent event) {
        if (!enabled) return;
        open("locate-attribution", this::locateAttribution, "claimId");
        open("find-official-statements", this::findOfficialStatements, "claimId");
        open("open-review", this::openReview, "claimId", "sendBackTo", "statementIds");
        open("escalate-review", this::escalate, "attributionTaskId", "confirmationTaskId", "signoffTaskId", "reworkTaskId");
        open("publish-verdict", this::publishVerdict, "claimId", "verdict", "signoffTaskId");
        open("close-claim", this::closeClaim, "claimId", "signoffTaskId");
    }

    void stop(@Observes ShutdownEvent event) {
        workers.forEach(JobWorker::close);
    }

    private void open(String type, Handler handler, String... variables) {
        JobHandler jobHandler = (jobClient, job) -> {
            Map<String, Object> result = handler.handle(job);
            jobClient.newCompleteCommand(job.getKey()).variables(result).send().join();
        };
        workers.add(client.newWorker().jobType(type).handler(jobHandler)
                .name("vetted-" + type).fetchVariables(variables)
                .maxJobsActive(32).timeout(jobTimeout).pollInterval(Duration.ofMillis(100))
                .requestTimeout(Duration.ofSeconds(10)).open());
    }

    @FunctionalInterface
    private interface Handler {
        Map<String, Object> handle(ActivatedJob job) throws Exception;
    }

    Map<String, Object> locateAttribution(ActivatedJob job) throws JsonProcessingException {
        UUID claimId = claimId(job);
        Map<String, Object> located = QuarkusTransaction.requiringNew().call(() -> {
            Claim claim = Claim.findById(claimId);
            return claim == null ? Map.<String, Object>of("missing", List.of("the claim no longer exists"))
                    : AttributionLocator.locate(claim);
        });
        routing.recordLocation(claimId, json.writeValueAsString(located));
        return Map.of("located", located);
    }

    Map<String, Object> findOfficialStatements(ActivatedJob job) {
        UUID claimId = claimId(job);
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> {
            Claim claim = Claim.findById(claimId);
            if (claim == null) return List.<String>of();
            return statements.matching(claim.text, claim.speaker, 5).stream().map(s -> s.id.toString()).toList();
        });
        return Map.of("statementIds", ids);
    }

    Map<String, Object> openReview(ActivatedJob job) {
        Map<String, Object> vars = job.getVariablesAsMap();
        String stepName = job.getCustomHeaders().getOrDefault("step", (String) vars.get("sendBackTo"));
        ReviewStep step = ReviewStep.valueOf(stepName);
        String taskVariable = job.getCustomHeaders().getOrDefault("taskVariable", step.taskVariable());
        UUID claimId = claimId(job);
        List<Evidence> candidates = new ArrayList<>();
        if (step == ReviewStep.ATTRIBUTION) {
            String located = QuarkusTransaction.requiringNew().call(() -> {
                Claim claim = Claim.findById(claimId);
                return claim == null ? null : claim.located;
            });
            if (located != null) candidates.add(new Evidence("located-in-source", null, null, located, "system"));
        }
        if (step == ReviewStep.CONFIRMATION && vars.get("statementIds") instanceof List<?> ids) {
            QuarkusTransaction.requiringNew().run(() -> {
                for (Object id : ids) {
                    OfficialStatement s = OfficialStatement.findById(UUID.fromString(id.toString()));
                    if (s != null) {
                        candidates.add(new Evidence("official-statement", s.url, s.text,
                                s.body + (s.speaker == null ? "" : " (" + s.speaker + ")"), "system"));
                    }
                }
            });
        }
        ReviewTask task = desk.open(claimId, step, "job:" + job.getKey(), routing.sla(step.name()), candidates);
        return Map.of(taskVariable, task.id.toString());
    }

    Map<String, Object> escalate(ActivatedJob job) {
        String taskVariable = job.getCustomHeaders().get("taskVariable");
        Object taskId = job.getVariablesAsMap().get(taskVariable);
        if (taskId != null) desk.escalate(UUID.fromString(taskId.toString()));
        return Map.of();
    }

    Map<String, Object> publishVerdict(ActivatedJob job) {
        Map<String, Object> vars = job.getVariablesAsMap();
        Object taskId = vars.get("signoffTaskId");
        factChecks.publish(claimId(job), Verdict.valueOf(String.valueOf(vars.get("verdict"))),
                taskId == null ? null : UUID.fromString(taskId.toString()));
        return Map.of();
    }

    Map<String, Object> closeClaim(ActivatedJob job) {
        Object taskId = job.getVariablesAsMap().get("signoffTaskId");
        String reason = taskId == null ? null : QuarkusTransaction.requiringNew().call(() -> {
            ReviewTask task = ReviewTask.findById(UUID.fromString(taskId.toString()));
            return task == null ? null : task.comment;
        });
        routing.reject(claimId(job), reason, Actor.SYSTEM);
        return Map.of();
    }

    private static UUID claimId(ActivatedJob job) {
        return UUID.fromString(String.valueOf(job.getVariablesAsMap().get("claimId")));
    }

}
