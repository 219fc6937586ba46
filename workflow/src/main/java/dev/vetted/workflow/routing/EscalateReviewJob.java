package dev.vetted.workflow.routing;

import dev.vetted.core.review.ReviewDesk;
import io.camunda.client.api.response.ActivatedJob;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.UUID;

/** A step's time limit passed: its open task is marked overdue on the desk. */
@ApplicationScoped
class EscalateReviewJob implements ClaimJob {

    private final ReviewDesk desk;

    EscalateReviewJob(ReviewDesk desk) {
        this.desk = desk;
    }

    @Override
    public String type() {
        return ClaimVerification.ESCALATE_REVIEW;
    }

    @Override
    public Map<String, Object> handle(ActivatedJob job) {
        UUID taskId = ClaimJob.taskId(job, job.getCustomHeaders().get(ClaimVerification.TASK_VARIABLE_HEADER));
        if (taskId != null) desk.escalate(taskId);
        return Map.of();
    }
}
