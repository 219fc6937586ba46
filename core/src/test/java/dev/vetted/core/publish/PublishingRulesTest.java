package dev.vetted.core.publish;

import dev.vetted.core.claim.Verdict;
import dev.vetted.core.common.Actor;
import dev.vetted.core.common.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublishingRulesTest {

    static final Actor ERIN = new Actor("sub-erin", "erin");
    static final Actor DANA = new Actor("sub-dana", "dana");

    static Correction proposedBy(Actor actor) {
        Correction c = new Correction();
        c.proposedBy = actor.username();
        c.proposedBySubject = actor.subject();
        return c;
    }

    static FactCheckVersion published(Verdict verdict, String explanation) {
        FactCheckVersion v = new FactCheckVersion();
        v.number = 1;
        v.verdict = verdict;
        v.explanation = explanation;
        return v;
    }

    @Test
    void factCheckersAndEditorsProposeOthersDoNot() {
        assertThat(PublishingRules.whyNotPropose(Set.of("fact-checker"))).isNull();
        assertThat(PublishingRules.whyNotPropose(Set.of("editor"))).isNull();
        assertThat(PublishingRules.whyNotPropose(Set.of("admin"))).contains("fact-checkers and editors").contains("admin");
        assertThat(PublishingRules.whyNotPropose(Set.of())).contains("no desk role");
    }

    @Test
    void anotherEditorApprovesTheProposerNever() {
        assertThat(PublishingRules.whyNotApprove(proposedBy(DANA), ERIN, Set.of("editor"))).isNull();
        assertThat(PublishingRules.whyNotApprove(proposedBy(DANA), DANA, Set.of("editor", "fact-checker")))
                .contains("four-eyes");
        assertThat(PublishingRules.whyNotApprove(proposedBy(DANA), ERIN, Set.of("fact-checker")))
                .contains("approved by editors");
    }

    @Test
    void onlyEditorsTakeAVerdictDown() {
        assertThat(PublishingRules.whyNotUnpublish(Set.of("editor"))).isNull();
        assertThat(PublishingRules.whyNotUnpublish(Set.of("fact-checker", "admin"))).contains("Only editors");
    }

    @Test
    void aCorrectionNamesAVerdictAndAReasonAndChangesSomething() {
        FactCheckVersion now = published(Verdict.TRUE, "Matches the budget.");
        assertThat(PublishingRules.checkCorrection("mostly_true", "Off by a point.", "The report was revised.", now))
                .isEqualTo(Verdict.MOSTLY_TRUE);
        assertThat(PublishingRules.checkCorrection("TRUE", "Matches the revised budget.", "Wording", now)).isEqualTo(Verdict.TRUE);

        assertThatThrownBy(() -> PublishingRules.checkCorrection("FALSE", "x", " ", now))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("reason"));
        assertThatThrownBy(() -> PublishingRules.checkCorrection("WRONGISH", null, null, now))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("verdict", "reason"));
        assertThatThrownBy(() -> PublishingRules.checkCorrection("TRUE", "Matches the budget.", "no change", now))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors().get(0).message()).contains("changes at least one"));
        assertThatThrownBy(() -> PublishingRules.checkCorrection("FALSE", "x".repeat(5001), "r", now))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("explanation"));
    }

    @Test
    void takingDownNeedsAReason() {
        PublishingRules.checkUnpublishing("Court order of 3 May");
        assertThatThrownBy(() -> PublishingRules.checkUnpublishing("  ")).isInstanceOf(InvalidInputException.class);
    }
}
