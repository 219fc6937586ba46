package dev.vetted.web.pages;

import dev.vetted.core.common.Actor;
import dev.vetted.core.publish.Correction;
import dev.vetted.core.publish.Corrections;
import dev.vetted.core.publish.FactCheck;
import dev.vetted.core.publish.FactCheckVersion;
import dev.vetted.core.publish.FactChecks;
import dev.vetted.core.publish.PublishingRules;
import dev.vetted.web.publish.ClaimReviews;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The claim page's "Public verdict" section: the address readers use, its versions, a
 * correction waiting for approval, and the forms this person may use (or why they may not).
 * A refused correction's errors and values come back into its form.
 */
public record PublicationPanel(FactCheck check, String url, List<FactCheckVersion> versions, Correction pending,
                               boolean mayPropose, String whyNotApprove, boolean mayUnpublish,
                               Map<String, String> errors, Map<String, String> values) {

    /** Builds the panel for a claim; none (null) before the claim's verdict is published. */
    @ApplicationScoped
    public static class Builder {

        private final FactChecks factChecks;
        private final Corrections corrections;
        private final ClaimReviews reviews;

        public Builder(FactChecks factChecks, Corrections corrections, ClaimReviews reviews) {
            this.factChecks = factChecks;
            this.corrections = corrections;
            this.reviews = reviews;
        }

        PublicationPanel of(UUID claimId, Actor actor, Set<String> roles, Map<String, String> errors, Map<String, String> values) {
            FactCheck check = factChecks.ofClaim(claimId).orElse(null);
            if (check == null) return null;
            Correction pending = corrections.pending(claimId).orElse(null);
            boolean refused = "correction".equals(values.get("form"));
            return new PublicationPanel(check, reviews.pageUrl(check), factChecks.versions(claimId), pending,
                    check.isPublic() && pending == null && PublishingRules.whyNotPropose(roles) == null,
                    pending == null ? null : PublishingRules.whyNotApprove(pending, actor, roles),
                    check.isPublic() && PublishingRules.whyNotUnpublish(roles) == null,
                    refused ? errors : Map.of(), refused ? values : Map.of());
        }
    }
}
