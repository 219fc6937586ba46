package dev.vetted.core.review;

import dev.vetted.core.claim.Verdict;
import dev.vetted.core.common.InputRules;
import dev.vetted.core.common.Text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The rules a decision's input is held to, by step: a decision the step takes, a verdict to
 * approve, a step and a reason to send back, a reason to reject, the evidence rules. Every
 * failure is collected and refused together, naming its field.
 */
final class DecisionCheck {

    /** A decision that passed, in the desk's terms. */
    record Checked(Decision decision, Verdict verdict, ReviewStep sendBackTo, List<Evidence> added) {
    }

    private DecisionCheck() {
    }

    static Checked check(ReviewStep step, DecisionInput input, String author) {
        Decision decision = Decision.parse(step, input.decision()).orElse(null);
        InputRules rules = new InputRules().maxLength("comment", input.comment(), 10_000);
        Verdict verdict = null;
        ReviewStep sendBackTo = null;
        if (input.decision() == null || input.decision().isBlank()) {
            rules.fail("decision", "is required; one of " + step.decisions());
        } else if (decision == null) {
            rules.fail("decision", "'" + Text.shown(input.decision()) + "' does not fit a " + step + " task; one of " + step.decisions());
        } else if (decision instanceof SignOffDecision signOff) {
            switch (signOff) {
                case APPROVE -> verdict = verdict(input.verdict(), rules);
                case SEND_BACK -> {
                    sendBackTo = sendBackTo(input.sendBackTo(), rules);
                    if (input.comment() == null || input.comment().isBlank()) rules.fail("comment", "say why the claim goes back");
                }
                case REJECT -> {
                    if (input.comment() == null || input.comment().isBlank()) rules.fail("comment", "give the reason for rejecting");
                }
            }
        }
        List<Evidence> added = DecisionEvidence.of(input.evidence(), author, rules);
        rules.check();
        return new Checked(decision, verdict, sendBackTo, added);
    }

    private static Verdict verdict(String value, InputRules rules) {
        if (value == null || value.isBlank()) {
            rules.fail("verdict", "is required to approve; one of " + Arrays.toString(Verdict.values()));
            return null;
        }
        try {
            return Verdict.valueOf(Decision.normalised(value));
        } catch (IllegalArgumentException e) {
            rules.fail("verdict", "'" + Text.shown(value) + "' is not one of " + Arrays.toString(Verdict.values()));
            return null;
        }
    }

    private static ReviewStep sendBackTo(String value, InputRules rules) {
        if (value != null) {
            String v = value.strip().toUpperCase(Locale.ROOT);
            if (v.equals("ATTRIBUTION")) return ReviewStep.ATTRIBUTION;
            if (v.equals("CONFIRMATION")) return ReviewStep.CONFIRMATION;
        }
        rules.fail("sendBackTo", "name the step the claim goes back to: ATTRIBUTION or CONFIRMATION");
        return null;
    }
}
