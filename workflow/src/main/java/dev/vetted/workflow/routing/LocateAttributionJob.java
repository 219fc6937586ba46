package dev.vetted.workflow.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vetted.core.claim.AttributionLocator;
import dev.vetted.core.claim.Claim;
import dev.vetted.core.claim.ClaimRouting;
import io.camunda.client.api.response.ActivatedJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Finds where in its article the claim and its speaker are, and keeps that for the attribution check. */
@ApplicationScoped
class LocateAttributionJob implements ClaimJob {

    private final ClaimRouting routing;
    private final ObjectMapper json = new ObjectMapper();

    LocateAttributionJob(ClaimRouting routing) {
        this.routing = routing;
    }

    @Override
    public String type() {
        return ClaimVerification.LOCATE_ATTRIBUTION;
    }

    @Override
    public Map<String, Object> handle(ActivatedJob job) throws Exception {
        UUID claimId = ClaimJob.claimId(job);
        Map<String, Object> located = QuarkusTransaction.requiringNew().call(() -> {
            Claim claim = Claim.findById(claimId);
            return claim == null ? Map.<String, Object>of("missing", List.of("the claim no longer exists"))
                    : AttributionLocator.locate(claim);
        });
        routing.recordLocation(claimId, json.writeValueAsString(located));
        return Map.of(ClaimVerification.LOCATED, located);
    }
}
