package dev.vetted.core.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the audit trail records, one constant per kind of event. The dotted code is what is
 * stored, hashed and exported ({@code claim.accepted}): it is part of every signed tree, so a code
 * never changes once released; a new kind of event is a new constant.
 */
public enum AuditAction {
    ARTICLE_IMPORTED("article.imported"),
    STATEMENT_ADDED("statement.added"),
    CLAIM_DISMISSED("claim.dismissed"),
    CLAIM_ACCEPTED("claim.accepted"),
    TASK_OPENED("task.opened"),
    TASK_CLAIMED("task.claimed"),
    TASK_RELEASED("task.released"),
    TASK_DECIDED("task.decided"),
    TASK_ESCALATED("task.escalated"),
    CLAIM_SENT_BACK("claim.sent-back"),
    CLAIM_SIGNED_OFF("claim.signed-off"),
    CLAIM_PUBLISHED("claim.published"),
    CLAIM_REJECTED("claim.rejected"),
    FACT_CHECK_PUBLISHED("fact-check.published"),
    FACT_CHECK_CORRECTION_PROPOSED("fact-check.correction-proposed"),
    FACT_CHECK_CORRECTED("fact-check.corrected"),
    FACT_CHECK_CORRECTION_DECLINED("fact-check.correction-declined"),
    FACT_CHECK_UNPUBLISHED("fact-check.unpublished"),
    AUDIT_EXPORTED("audit.exported");

    private static final Map<String, AuditAction> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(AuditAction::code, Function.identity()));

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    /** The stored form, as in the trail and its exports. */
    public String code() {
        return code;
    }

    /** Whether a stored event's action is this one. */
    public boolean is(String stored) {
        return code.equals(stored);
    }

    /** The constant for a stored code; empty for a code this version does not know. */
    public static Optional<AuditAction> of(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    @Override
    public String toString() {
        return code;
    }
}
