package dev.vetted.web.pages;

import dev.vetted.core.claim.Claim;
import dev.vetted.core.claim.ClaimStatus;
import dev.vetted.core.review.ReviewStep;
import dev.vetted.core.review.ReviewTask;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a claim stands in its routing, drawn as the stages of the claim-verification process:
 * accepted, the two checks side by side, the editor's sign-off and the outcome.
 */
public record ProcessMap(Stage accepted, Stage attribution, Stage confirmation, Stage signoff, Stage outcome) {

    /** DONE, ACTIVE (waiting on a person now), WAITING (not reached yet), STOPPED (will not happen). */
    public enum Progress { DONE, ACTIVE, WAITING, STOPPED }

    public record Stage(String title, Progress progress, String detail) {
        public String css() {
            return progress.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public List<Stage> all() {
        return List.of(accepted, attribution, confirmation, signoff, outcome);
    }

    /** The stages people are working on now, for a one-line summary. */
    public List<Stage> current() {
        List<Stage> now = new ArrayList<>();
        for (Stage s : all()) if (s.progress() == Progress.ACTIVE) now.add(s);
        return now;
    }

    /** @param acceptedBy who accepted the claim for review (from the audit trail), or null if unknown */
    static ProcessMap of(Claim claim, List<ReviewTask> tasks, String acceptedBy) {
        Stage accepted = switch (claim.status) {
            case SUGGESTED -> new Stage("Accepted", Progress.ACTIVE, "Suggested by extraction; a fact-checker accepts or dismisses it.");
            case DISMISSED -> new Stage("Accepted", Progress.STOPPED, "Dismissed: not a claim to check.");
            default -> new Stage("Accepted", Progress.DONE, acceptedBy == null ? "Routed for review." : "By " + acceptedBy + ".");
        };
        boolean routed = claim.status != ClaimStatus.SUGGESTED && claim.status != ClaimStatus.DISMISSED;
        boolean finished = claim.status == ClaimStatus.PUBLISHED || claim.status == ClaimStatus.REJECTED;
        Stage outcome = switch (claim.status) {
            case PUBLISHED -> new Stage("Published", Progress.DONE, "Verdict: " + Labels.human(claim.verdict) + ".");
            case REJECTED -> new Stage("Rejected", Progress.STOPPED, "The editor rejected the claim; nothing is published.");
            default -> new Stage("Published", routed ? Progress.WAITING : Progress.STOPPED, "After the editor approves.");
        };
        return new ProcessMap(accepted,
                step(ReviewStep.ATTRIBUTION, tasks, routed, finished),
                step(ReviewStep.CONFIRMATION, tasks, routed, finished),
                step(ReviewStep.SIGNOFF, tasks, routed, finished),
                outcome);
    }

    private static Stage step(ReviewStep step, List<ReviewTask> tasks, boolean routed, boolean finished) {
        ReviewTask latest = null;
        for (ReviewTask t : tasks) if (t.step == step) latest = t;
        if (latest == null) {
            if (!routed) return new Stage(step.title(), Progress.STOPPED, "Not routed.");
            return new Stage(step.title(), finished ? Progress.STOPPED : Progress.WAITING,
                    step == ReviewStep.SIGNOFF ? "Opens when both checks are done." : "Opens in a moment.");
        }
        return switch (latest.state) {
            case OPEN -> new Stage(step.title(), Progress.ACTIVE, "Open for any " + latest.candidateRole + "; "
                    + Labels.dueIn(latest.dueAt) + ".");
            case CLAIMED -> new Stage(step.title(), Progress.ACTIVE, "With " + latest.assignee + "; " + Labels.dueIn(latest.dueAt) + ".");
            case DECIDED -> new Stage(step.title(), Progress.DONE, Labels.human(latest.decision)
                    + (latest.verdict != null ? " (" + Labels.human(latest.verdict) + ")" : "")
                    + (latest.sendBackTo != null ? " to " + latest.sendBackTo.title() : "")
                    + " by " + latest.decidedBy + ".");
            case CANCELLED -> new Stage(step.title(), Progress.STOPPED, "Cancelled.");
        };
    }
}
