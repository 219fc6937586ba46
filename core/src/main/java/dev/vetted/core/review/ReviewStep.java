package dev.vetted.core.review;

import java.util.List;

/** The human steps of a claim's routing, who may take them, and the decisions each allows. */
public enum ReviewStep {
    ATTRIBUTION("Attribution check", "fact-checker", List.of("CORRECT", "MISATTRIBUTED", "MISQUOTED", "UNVERIFIABLE")),
    CONFIRMATION("Official confirmation", "fact-checker", List.of("CONFIRMED", "DENIED", "NO_RESPONSE", "NOT_APPLICABLE")),
    SIGNOFF("Editor sign-off", "editor", List.of("APPROVE", "SEND_BACK", "REJECT"));

    private final String title;
    private final String role;
    private final List<String> decisions;

    ReviewStep(String title, String role, List<String> decisions) {
        this.title = title;
        this.role = role;
        this.decisions = decisions;
    }

    /** The step's name as people on the desk say it. */
    public String title() {
        return title;
    }

    /** The Keycloak role whose members may take the task. */
    public String role() {
        return role;
    }

    /** The decisions, in the order a form offers them (the usual outcome first). */
    public List<String> decisions() {
        return decisions;
    }
}
