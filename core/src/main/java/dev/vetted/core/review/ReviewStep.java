package dev.vetted.core.review;

import java.util.Set;

/** The human steps of a claim's routing, who may take them, and the decisions each allows. */
public enum ReviewStep {
    ATTRIBUTION("fact-checker", Set.of("CORRECT", "MISATTRIBUTED", "MISQUOTED", "UNVERIFIABLE")),
    CONFIRMATION("fact-checker", Set.of("CONFIRMED", "DENIED", "NO_RESPONSE", "NOT_APPLICABLE")),
    SIGNOFF("editor", Set.of("APPROVE", "SEND_BACK", "REJECT"));

    private final String role;
    private final Set<String> decisions;

    ReviewStep(String role, Set<String> decisions) {
        this.role = role;
        this.decisions = decisions;
    }

    /** The Keycloak role whose members may take the task. */
    public String role() {
        return role;
    }

    public Set<String> decisions() {
        return decisions;
    }

    /** The process variable that carries the open task's id, for the engine's correlation. */
    public String taskVariable() {
        return name().toLowerCase() + "TaskId";
    }
}
