package dev.vetted.core.claim;

/**
 * Where a claim stands. SUGGESTED claims come from extraction and wait for a fact-checker;
 * accepting one makes it UNVERIFIED and starts routing, which drives the rest.
 */
public enum ClaimStatus {
    SUGGESTED,
    UNVERIFIED,
    IN_REVIEW,
    AWAITING_SIGNOFF,
    PUBLISHED,
    REJECTED,
    DISMISSED
}
