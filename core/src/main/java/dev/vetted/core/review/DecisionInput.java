package dev.vetted.core.review;

import java.util.List;

/** What a reviewer decides: the decision of the step, and for sign-off the verdict or where to send it back. */
public record DecisionInput(String decision, String verdict, String sendBackTo, String comment, List<Evidence> evidence) {
}
