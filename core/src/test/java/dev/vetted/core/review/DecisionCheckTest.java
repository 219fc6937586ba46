package dev.vetted.core.review;

import dev.vetted.core.claim.Verdict;
import dev.vetted.core.common.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every rule a decision's input is held to, step by step, without the stack. */
class DecisionCheckTest {

    static DecisionInput input(String decision, String verdict, String sendBackTo, String comment) {
        return new DecisionInput(decision, verdict, sendBackTo, comment, List.of());
    }

    static List<String> refusedFields(ReviewStep step, DecisionInput input) {
        try {
            DecisionCheck.check(step, input, "dana");
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(InvalidInputException.FieldError::field).toList();
        }
    }

    @Test
    void decisionsAreReadAsTheStepsNameThem() {
        assertThat(Decision.normalised(" send-back ")).isEqualTo("SEND_BACK");
        assertThat(Decision.normalised("no response")).isEqualTo("NO_RESPONSE");
        assertThat(Decision.normalised(null)).isNull();
        assertThat(Decision.parse(ReviewStep.SIGNOFF, " send-back ")).contains(SignOffDecision.SEND_BACK);
        assertThat(Decision.parse(ReviewStep.CONFIRMATION, "send back")).as("another step's outcome").isEmpty();
        assertThat(Decision.parse(ReviewStep.ATTRIBUTION, null)).isEmpty();
        assertThat(DecisionCheck.check(ReviewStep.CONFIRMATION, input("no-response", null, null, null), "dana").decision())
                .isEqualTo(ConfirmationDecision.NO_RESPONSE);
    }

    @Test
    void eachStepOffersItsOwnOutcomesInFormOrderAndEachOutcomeKnowsItsStep() {
        assertThat(ReviewStep.ATTRIBUTION.decisions()).containsExactly("CORRECT", "MISATTRIBUTED", "MISQUOTED", "UNVERIFIABLE");
        assertThat(ReviewStep.CONFIRMATION.decisions()).containsExactly("CONFIRMED", "DENIED", "NO_RESPONSE", "NOT_APPLICABLE");
        assertThat(ReviewStep.SIGNOFF.decisions()).containsExactly("APPROVE", "SEND_BACK", "REJECT");
        for (ReviewStep step : ReviewStep.values()) {
            assertThat(step.outcomes()).allSatisfy(d -> assertThat(d.step()).isEqualTo(step));
        }
        assertThat(ConfirmationDecision.CONFIRMED.answered()).isTrue();
        assertThat(ConfirmationDecision.DENIED.answered()).isTrue();
        assertThat(ConfirmationDecision.NO_RESPONSE.answered()).isFalse();
        assertThat(ConfirmationDecision.NOT_APPLICABLE.answered()).isFalse();
    }

    @Test
    void aCheckTakesOnlyItsOwnDecisions() {
        assertThat(refusedFields(ReviewStep.ATTRIBUTION, input(null, null, null, null))).containsExactly("decision");
        assertThat(refusedFields(ReviewStep.ATTRIBUTION, input("CONFIRMED", null, null, null))).containsExactly("decision");
        assertThat(refusedFields(ReviewStep.ATTRIBUTION, input("misquoted", null, null, null))).isEmpty();
    }

    @Test
    void approvingNeedsAVerdictFromTheList() {
        assertThat(refusedFields(ReviewStep.SIGNOFF, input("APPROVE", null, null, null))).containsExactly("verdict");
        assertThat(refusedFields(ReviewStep.SIGNOFF, input("APPROVE", "sort of", null, null))).containsExactly("verdict");
        Verdict any = Verdict.values()[0];
        DecisionCheck.Checked approved = DecisionCheck.check(ReviewStep.SIGNOFF,
                input("approve", any.name().toLowerCase().replace('_', ' '), null, null), "dana");
        assertThat(approved.verdict()).isEqualTo(any);
        assertThat(approved.sendBackTo()).isNull();
    }

    @Test
    void sendingBackNeedsAStepAndAReasonAndRejectingAReason() {
        assertThat(refusedFields(ReviewStep.SIGNOFF, input("SEND_BACK", null, "SIGNOFF", " "))).containsExactly("sendBackTo", "comment");
        assertThat(DecisionCheck.check(ReviewStep.SIGNOFF, input("SEND_BACK", null, "confirmation", "call the ministry"), "dana")
                .sendBackTo()).isEqualTo(ReviewStep.CONFIRMATION);
        assertThat(refusedFields(ReviewStep.SIGNOFF, input("REJECT", null, null, null))).containsExactly("comment");
        assertThat(refusedFields(ReviewStep.SIGNOFF, input("REJECT", null, null, "not a claim of fact"))).isEmpty();
    }

    @Test
    void aCommentOverTenThousandCharactersIsRefusedWithTheRest() {
        String tooLong = "x".repeat(10_001);
        assertThat(refusedFields(ReviewStep.SIGNOFF, input("APPROVE", null, null, tooLong))).containsExactlyInAnyOrder("comment", "verdict");
    }

    @Test
    void addedEvidenceIsTheDecidersWithTheEvidenceRules() {
        DecisionCheck.Checked checked = DecisionCheck.check(ReviewStep.ATTRIBUTION, new DecisionInput("CORRECT", null, null, null,
                List.of(new Evidence(null, "https://example.org/transcript", null, null, "someone-else"))), "dana");
        assertThat(checked.added()).singleElement().satisfies(e -> assertThat(e.by()).isEqualTo("dana"));
        assertThatThrownBy(() -> DecisionCheck.check(ReviewStep.ATTRIBUTION, new DecisionInput("CORRECT", null, null, null,
                List.of(new Evidence("gossip", null, null, null, null))), "dana")).isInstanceOf(InvalidInputException.class);
    }
}
