package dev.vetted.core.review;

import dev.vetted.core.common.InputRules;
import dev.vetted.core.common.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every rule the evidence of a decision is held to, and what is stored of it. */
class DecisionEvidenceTest {

    static List<InvalidInputException.FieldError> errors(InputRules rules) {
        try {
            rules.check();
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors();
        }
    }

    @Test
    void theAuthorIsWhoDecidesAndTheKindDefaultsToReviewer() {
        InputRules rules = new InputRules();
        List<Evidence> stored = DecisionEvidence.of(List.of(
                new Evidence(null, " https://data.example.org/fares ", null, "  ", "erin"),
                new Evidence("primary-source", null, "We will raise fares.", null, null)), "dana", rules);
        assertThat(rules.ok()).isTrue();
        assertThat(stored).containsExactly(
                new Evidence("reviewer", "https://data.example.org/fares", null, null, "dana"),
                new Evidence("primary-source", null, "We will raise fares.", null, "dana"));
        assertThat(DecisionEvidence.of(null, "dana", new InputRules())).isEmpty();
    }

    @Test
    void eachBrokenRuleNamesItsItem() {
        InputRules rules = new InputRules();
        DecisionEvidence.of(Arrays.asList(
                new Evidence("reviewer", null, " ", null, null),
                null,
                new Evidence("made-up-" + "k".repeat(200), null, null, "n", null),
                new Evidence(null, "javascript:alert(1)", null, null, null),
                new Evidence(null, null, "q".repeat(5001), null, null)), "dana", rules);
        assertThat(errors(rules)).extracting(InvalidInputException.FieldError::field)
                .containsExactly("evidence[0]", "evidence[1]", "evidence[2].kind", "evidence[3].url", "evidence[4].quote");
        assertThat(errors(rules).get(2).message()).hasSizeLessThan(250).contains("not a kind of evidence", "primary-source");
    }

    @Test
    void atMostFiftyItemsGoWithOneDecision() {
        List<Evidence> many = new ArrayList<>();
        for (int i = 0; i < Evidence.MAX_PER_DECISION; i++) many.add(new Evidence(null, null, null, "note " + i, null));
        InputRules fifty = new InputRules();
        assertThat(DecisionEvidence.of(many, "dana", fifty)).hasSize(50);
        assertThat(fifty.ok()).isTrue();
        many.add(new Evidence(null, null, null, "one more", null));
        InputRules more = new InputRules();
        assertThat(DecisionEvidence.of(many, "dana", more)).isEmpty();
        assertThatThrownBy(more::check).isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 50");
    }
}
