package dev.vetted.core.review;

/** What the office or body concerned said when asked about the claim. */
public enum ConfirmationDecision implements Decision {
    CONFIRMED, DENIED, NO_RESPONSE, NOT_APPLICABLE;

    @Override
    public ReviewStep step() {
        return ReviewStep.CONFIRMATION;
    }

    /** It answered: the official statements the check was offered are then sources of the verdict. */
    public boolean answered() {
        return this == CONFIRMED || this == DENIED;
    }
}
