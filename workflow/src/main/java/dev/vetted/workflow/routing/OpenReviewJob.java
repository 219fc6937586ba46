package dev.vetted.workflow.routing;

import dev.vetted.core.claim.Claim;
import dev.vetted.core.claim.ReviewSla;
import dev.vetted.core.review.Evidence;
import dev.vetted.core.review.ReviewDesk;
import dev.vetted.core.review.ReviewStep;
import dev.vetted.core.review.ReviewTask;
import dev.vetted.core.statement.OfficialStatement;
import io.camunda.client.api.response.ActivatedJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Opens a review task on the desk for the step the job's header names (for a repeated check, the
 * step the editor sent the claim back to), with what routing found as candidate evidence.
 */
@ApplicationScoped
class OpenReviewJob implements ClaimJob {

    private final ReviewDesk desk;
    private final ReviewSla sla;

    OpenReviewJob(ReviewDesk desk, ReviewSla sla) {
        this.desk = desk;
        this.sla = sla;
    }

    @Override
    public String type() {
        return ClaimVerification.OPEN_REVIEW;
    }

    @Override
    public Map<String, Object> handle(ActivatedJob job) {
        Map<String, Object> vars = job.getVariablesAsMap();
        String stepName = job.getCustomHeaders().getOrDefault(ClaimVerification.STEP_HEADER, (String) vars.get(ClaimVerification.SEND_BACK_TO));
        ReviewStep step = ReviewStep.valueOf(stepName);
        String taskVariable = job.getCustomHeaders().getOrDefault(ClaimVerification.TASK_VARIABLE_HEADER, ClaimVerification.taskVariable(step));
        UUID claimId = ClaimJob.claimId(job);
        List<Evidence> candidates = step == ReviewStep.ATTRIBUTION ? located(claimId)
                : step == ReviewStep.CONFIRMATION && vars.get(ClaimVerification.STATEMENT_IDS) instanceof List<?> ids ? statements(ids)
                : List.of();
        ReviewTask task = desk.open(claimId, step, "job:" + job.getKey(), step.timeLimit(sla), candidates);
        return Map.of(taskVariable, task.id.toString());
    }

    private static List<Evidence> located(UUID claimId) {
        String located = QuarkusTransaction.requiringNew().call(() -> {
            Claim claim = Claim.findById(claimId);
            return claim == null ? null : claim.located;
        });
        return located == null ? List.of() : List.of(new Evidence("located-in-source", null, null, located, "system"));
    }

    private static List<Evidence> statements(List<?> ids) {
        List<Evidence> candidates = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (Object id : ids) {
                OfficialStatement s = OfficialStatement.findById(UUID.fromString(id.toString()));
                if (s != null) {
                    candidates.add(new Evidence("official-statement", s.url, s.text,
                            s.body + (s.speaker == null ? "" : " (" + s.speaker + ")"), "system"));
                }
            }
        });
        return candidates;
    }
}
