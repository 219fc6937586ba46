package dev.vetted.core.review;

import dev.vetted.core.claim.ReviewSla;

import java.time.Duration;
import java.util.List;

/** The human steps of a claim's routing, who may take them, and the decisions each allows. */
public enum ReviewStep {
    ATTRIBUTION("Attribution check", "fact-checker", AttributionDecision.values()),
    CONFIRMATION("Official confirmation", "fact-checker", ConfirmationDecision.values()),
    SIGNOFF("Editor sign-off", "editor", SignOffDecision.values());

    private final String title;
    private final String role;
    private final List<Decision> outcomes;

    ReviewStep(String title, String role, Decision[] outcomes) {
        this.title = title;
        this.role = role;
        this.outcomes = List.of(outcomes);
    }

    /** The step's name as people on the desk say it. */
    public String title() {
        return title;
    }

    /** The Keycloak role whose members may take the task. */
    public String role() {
        return role;
    }

    /** The time the step may take before it is overdue and escalated. */
    public Duration timeLimit(ReviewSla sla) {
        return switch (this) {
            case ATTRIBUTION -> sla.attribution();
            case CONFIRMATION -> sla.confirmation();
            case SIGNOFF -> sla.signoff();
        };
    }

    /** The step's outcomes, in the order a form offers them (the usual outcome first). */
    public List<Decision> outcomes() {
        return outcomes;
    }

    /** The outcomes' names, as the API and the forms carry them. */
    public List<String> decisions() {
        return outcomes.stream().map(Decision::name).toList();
    }
}
