package dev.vetted.core.audit;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class AuditActionTest {

    @Test
    void theStoredCodesAreTheOnesReleasedTrailsHold() {
        // these codes are inside signed trees and exports already given out: one changed would
        // leave old events unrecognised, so this list only ever grows
        assertThat(Arrays.stream(AuditAction.values()).map(AuditAction::code)).containsExactly(
                "article.imported", "statement.added", "claim.dismissed", "claim.accepted", "task.opened", "task.claimed",
                "task.released", "task.decided", "task.escalated", "claim.sent-back", "claim.signed-off", "claim.published",
                "claim.rejected", "fact-check.published", "fact-check.correction-proposed", "fact-check.corrected",
                "fact-check.correction-declined", "fact-check.unpublished", "audit.exported");
    }

    @Test
    void aStoredCodeReadsBackAsItsConstantAndAnUnknownOneAsNone() {
        for (AuditAction action : AuditAction.values()) {
            assertThat(AuditAction.of(action.code())).contains(action);
            assertThat(action.is(action.code())).isTrue();
            assertThat(action.toString()).isEqualTo(action.code());
        }
        assertThat(AuditAction.of("claim.teleported")).isEmpty();
        assertThat(AuditAction.of("CLAIM_ACCEPTED")).as("the constant's name is not its code").isEmpty();
        assertThat(AuditAction.of(null)).isEmpty();
        assertThat(AuditAction.CLAIM_ACCEPTED.is("claim.dismissed")).isFalse();
    }
}
