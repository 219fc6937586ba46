package dev.vetted.core.review;

/** The editor's call: publish with a verdict, send back to a check, or reject the claim. */
public enum SignOffDecision implements Decision {
    APPROVE, SEND_BACK, REJECT;

    @Override
    public ReviewStep step() {
        return ReviewStep.SIGNOFF;
    }
}
