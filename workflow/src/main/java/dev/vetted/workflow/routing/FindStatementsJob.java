package dev.vetted.workflow.routing;

import dev.vetted.core.claim.Claim;
import dev.vetted.core.statement.OfficialStatements;
import io.camunda.client.api.response.ActivatedJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Looks up the official statements that may confirm or deny the claim, for the confirmation check. */
@ApplicationScoped
class FindStatementsJob implements ClaimJob {

    private final OfficialStatements statements;

    FindStatementsJob(OfficialStatements statements) {
        this.statements = statements;
    }

    @Override
    public String type() {
        return ClaimVerification.FIND_OFFICIAL_STATEMENTS;
    }

    @Override
    public Map<String, Object> handle(ActivatedJob job) {
        UUID claimId = ClaimJob.claimId(job);
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> {
            Claim claim = Claim.findById(claimId);
            if (claim == null) return List.<String>of();
            return statements.matching(claim.text, claim.speaker, 5).stream().map(s -> s.id.toString()).toList();
        });
        return Map.of(ClaimVerification.STATEMENT_IDS, ids);
    }
}
