package dev.vetted.core.review;

import java.util.Locale;
import java.util.Optional;

/**
 * An outcome a reviewer gives a task. Each step has its own type of outcomes, so a confirmation
 * cannot be answered "APPROVE" anywhere in the code, and a switch over a step's outcomes is
 * checked for being complete. Stored and sent by {@link #name()}.
 */
public sealed interface Decision permits AttributionDecision, ConfirmationDecision, SignOffDecision {

    String name();

    ReviewStep step();

    /**
     * The step's outcome for what a person or client typed ("send back", "no-response"), or
     * empty when the step has no such outcome. The one place a decision is read from text.
     */
    static Optional<Decision> parse(ReviewStep step, String typed) {
        String code = normalised(typed);
        if (code == null) return Optional.empty();
        return step.outcomes().stream().filter(d -> d.name().equals(code)).findFirst();
    }

    /** Upper case, '_' for '-' and ' ': the form the steps name their outcomes in. */
    static String normalised(String typed) {
        return typed == null ? null : typed.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }
}
