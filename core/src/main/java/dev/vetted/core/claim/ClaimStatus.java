package dev.vetted.core.claim;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a claim stands. SUGGESTED claims come from extraction and wait for a fact-checker;
 * accepting one makes it UNVERIFIED and starts routing, which drives the rest. Which status may
 * follow which is this enum's one table ({@link #next()}); {@link Claim} alone changes a status,
 * through it.
 */
public enum ClaimStatus {
    SUGGESTED,
    UNVERIFIED,
    IN_REVIEW,
    AWAITING_SIGNOFF,
    PUBLISHED,
    REJECTED,
    DISMISSED;

    /**
     * The statuses this one may become. While a claim is routed the engine leads and the desk's
     * status may trail it by a step (a sign-off decided before its task's opening was seen), so
     * any routed status may go to any other routed one or to an outcome; the outcomes are final.
     */
    public Set<ClaimStatus> next() {
        return switch (this) {
            case SUGGESTED -> EnumSet.of(UNVERIFIED, DISMISSED);
            case UNVERIFIED -> EnumSet.of(IN_REVIEW, AWAITING_SIGNOFF, PUBLISHED, REJECTED);
            case IN_REVIEW -> EnumSet.of(AWAITING_SIGNOFF, PUBLISHED, REJECTED);
            case AWAITING_SIGNOFF -> EnumSet.of(IN_REVIEW, PUBLISHED, REJECTED);
            case PUBLISHED, REJECTED, DISMISSED -> EnumSet.noneOf(ClaimStatus.class);
        };
    }

    public boolean mayBecome(ClaimStatus status) {
        return next().contains(status);
    }

    /** An outcome: nothing changes the status any more (a published verdict is corrected, not re-routed). */
    public boolean isFinal() {
        return next().isEmpty();
    }

    /** What a new claim starts as: a suggestion, or a claim typed in and routed at once. */
    public boolean isInitial() {
        return this == SUGGESTED || this == UNVERIFIED;
    }
}
