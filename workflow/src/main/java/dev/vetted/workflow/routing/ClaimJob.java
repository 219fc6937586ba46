package dev.vetted.workflow.routing;

import io.camunda.client.api.response.ActivatedJob;

import java.util.Map;
import java.util.UUID;

/**
 * The work behind one job type of claim-verification, calling one core service. Each is safe to
 * run twice for the same job (a job retried after a crash): it looks up what it did before
 * instead of doing it again. {@link RoutingWorkers} opens a worker for each.
 */
interface ClaimJob {

    /** The job type, one of {@link ClaimVerification}'s. */
    String type();

    /** Does the job's work; the variables returned complete it. */
    Map<String, Object> handle(ActivatedJob job) throws Exception;

    static UUID claimId(ActivatedJob job) {
        return UUID.fromString(String.valueOf(job.getVariablesAsMap().get(ClaimVerification.CLAIM_ID)));
    }

    /** A task id the process holds in a variable, or null when it has none. */
    static UUID taskId(ActivatedJob job, String variable) {
        Object id = job.getVariablesAsMap().get(variable);
        return id == null ? null : UUID.fromString(id.toString());
    }
}
