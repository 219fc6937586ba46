package dev.vetted.workflow.routing;

import dev.vetted.core.publish.FactChecks;
import io.camunda.client.api.response.ActivatedJob;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/** The editor approved: the verdict of the approving sign-off goes public. */
@ApplicationScoped
class PublishVerdictJob implements ClaimJob {

    private final FactChecks factChecks;

    PublishVerdictJob(FactChecks factChecks) {
        this.factChecks = factChecks;
    }

    @Override
    public String type() {
        return ClaimVerification.PUBLISH_VERDICT;
    }

    @Override
    public Map<String, Object> handle(ActivatedJob job) {
        factChecks.publish(ClaimJob.claimId(job), ClaimJob.taskId(job, ClaimVerification.SIGNOFF_TASK_ID));
        return Map.of();
    }
}
