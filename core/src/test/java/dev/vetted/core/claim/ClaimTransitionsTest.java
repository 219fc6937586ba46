package dev.vetted.core.claim;

import dev.vetted.core.common.ConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimTransitionsTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant T1 = T0.plusSeconds(60);

    static Claim claim(ClaimStatus initial) {
        Claim c = new Claim();
        c.begin(initial, T0);
        return c;
    }

    static Claim routed(ClaimStatus... path) {
        Claim c = claim(ClaimStatus.UNVERIFIED);
        for (ClaimStatus s : path) {
            switch (s) {
                case IN_REVIEW -> c.reviewOpened(false, T0);
                case AWAITING_SIGNOFF -> c.reviewOpened(true, T0);
                default -> throw new IllegalArgumentException(s.name());
            }
        }
        return c;
    }

    @Test
    void aClaimBeginsAsASuggestionOrRoutedAndOnlyOnce() {
        assertThat(claim(ClaimStatus.SUGGESTED).status).isEqualTo(ClaimStatus.SUGGESTED);
        assertThatThrownBy(() -> claim(ClaimStatus.PUBLISHED)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> claim(ClaimStatus.SUGGESTED).begin(ClaimStatus.SUGGESTED, T1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyASuggestionIsAcceptedOrDismissed() {
        Claim accepted = claim(ClaimStatus.SUGGESTED);
        accepted.accept(T1);
        assertThat(accepted.status).isEqualTo(ClaimStatus.UNVERIFIED);
        assertThat(accepted.updatedAt).isEqualTo(T1);
        assertThatThrownBy(() -> accepted.accept(T1)).isInstanceOf(ConflictException.class).hasMessageContaining("only a suggestion");
        assertThatThrownBy(() -> accepted.dismiss(T1)).isInstanceOf(ConflictException.class);
        Claim dismissed = claim(ClaimStatus.SUGGESTED);
        dismissed.dismiss(T1);
        assertThat(dismissed.status).isEqualTo(ClaimStatus.DISMISSED);
    }

    @Test
    void reviewStepsMoveARoutedClaimAndLeaveOutcomesAlone() {
        assertThat(routed(ClaimStatus.IN_REVIEW).status).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(routed(ClaimStatus.IN_REVIEW, ClaimStatus.AWAITING_SIGNOFF).status).isEqualTo(ClaimStatus.AWAITING_SIGNOFF);
        assertThat(routed(ClaimStatus.AWAITING_SIGNOFF, ClaimStatus.IN_REVIEW).status).as("sent back").isEqualTo(ClaimStatus.IN_REVIEW);
        Claim published = routed(ClaimStatus.AWAITING_SIGNOFF);
        published.publish(Verdict.TRUE, T1);
        published.reviewOpened(false, T1.plusSeconds(1));
        assertThat(published.status).isEqualTo(ClaimStatus.PUBLISHED);
        assertThat(published.updatedAt).isEqualTo(T1);
        Claim dismissed = claim(ClaimStatus.SUGGESTED);
        dismissed.dismiss(T0);
        dismissed.reviewOpened(true, T1);
        assertThat(dismissed.status).isEqualTo(ClaimStatus.DISMISSED);
    }

    @Test
    void publishingAndRejectingHappenOnceAndNeverFromAnotherOutcome() {
        Claim c = routed(ClaimStatus.AWAITING_SIGNOFF);
        assertThat(c.publish(Verdict.MISLEADING, T1)).isTrue();
        assertThat(c.verdict).isEqualTo(Verdict.MISLEADING);
        assertThat(c.publish(Verdict.TRUE, T1)).as("a repeat").isFalse();
        assertThat(c.verdict).isEqualTo(Verdict.MISLEADING);
        assertThatThrownBy(() -> c.reject(T1)).isInstanceOf(ConflictException.class).hasMessageContaining("cannot become REJECTED");

        Claim r = routed(ClaimStatus.IN_REVIEW);
        assertThat(r.reject(T1)).isTrue();
        assertThat(r.reject(T1)).isFalse();
        assertThatThrownBy(() -> r.publish(Verdict.TRUE, T1)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> claim(ClaimStatus.SUGGESTED).publish(Verdict.TRUE, T1)).isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyAPublishedVerdictIsCorrected() {
        Claim c = routed(ClaimStatus.AWAITING_SIGNOFF);
        assertThatThrownBy(() -> c.correctVerdict(Verdict.FALSE, T1)).isInstanceOf(ConflictException.class);
        c.publish(Verdict.TRUE, T0);
        c.correctVerdict(Verdict.FALSE, T1);
        assertThat(c.verdict).isEqualTo(Verdict.FALSE);
        assertThat(c.status).isEqualTo(ClaimStatus.PUBLISHED);
    }

    @Test
    void theTableHasItsOutcomesFinal() {
        for (ClaimStatus s : ClaimStatus.values()) {
            assertThat(s.isFinal()).as(s.name()).isEqualTo(s == ClaimStatus.PUBLISHED || s == ClaimStatus.REJECTED || s == ClaimStatus.DISMISSED);
            assertThat(s.mayBecome(s)).as("%s to itself is no move", s).isFalse();
        }
        assertThat(ClaimStatus.SUGGESTED.mayBecome(ClaimStatus.PUBLISHED)).isFalse();
    }
}
