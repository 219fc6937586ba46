package dev.vetted.core.review;

/** Whether the claim was said, as quoted, by whom the article says. */
public enum AttributionDecision implements Decision {
    CORRECT, MISATTRIBUTED, MISQUOTED, UNVERIFIABLE;

    @Override
    public ReviewStep step() {
        return ReviewStep.ATTRIBUTION;
    }
}
