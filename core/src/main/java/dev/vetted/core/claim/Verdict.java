package dev.vetted.core.claim;

/** The rating an editor gives a claim when signing it off. */
public enum Verdict {
    TRUE,
    MOSTLY_TRUE,
    MISLEADING,
    FALSE,
    UNPROVEN
}
