package dev.vetted.core.claim;

import java.util.UUID;

/** What to narrow a claim listing by; every part is optional. */
public record ClaimFilter(ClaimStatus status, String speaker, UUID articleId, String text) {

    public static final ClaimFilter ALL = new ClaimFilter(null, null, null, null);
}
