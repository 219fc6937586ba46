package dev.vetted.workflow.routing;

import dev.vetted.core.claim.ClaimRouting;
import dev.vetted.core.common.Actor;
import dev.vetted.core.review.ReviewTask;
import io.camunda.client.api.response.ActivatedJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.UUID;

/** The editor rejected: the claim is closed, with the sign-off's comment as the reason. */
@ApplicationScoped
class CloseClaimJob implements ClaimJob {

    private final ClaimRouting routing;

    CloseClaimJob(ClaimRouting routing) {
        this.routing = routing;
    }

    @Override
    public String type() {
        return ClaimVerification.CLOSE_CLAIM;
    }

    @Override
    public Map<String, Object> handle(ActivatedJob job) {
        UUID taskId = ClaimJob.taskId(job, ClaimVerification.SIGNOFF_TASK_ID);
        String reason = taskId == null ? null : QuarkusTransaction.requiringNew().call(() -> {
            ReviewTask task = ReviewTask.findById(taskId);
            return task == null ? null : task.comment;
        });
        routing.reject(ClaimJob.claimId(job), reason, Actor.SYSTEM);
        return Map.of();
    }
}
