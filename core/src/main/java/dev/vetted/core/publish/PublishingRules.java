package dev.vetted.core.publish;

import dev.vetted.core.claim.Verdict;
import dev.vetted.core.common.Actor;
import dev.vetted.core.common.InputRules;
import dev.vetted.core.common.Text;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may change a published verdict, and what a change must carry. A correction is proposed by
 * a fact-checker or an editor and approved by an editor who did not propose it (four eyes, as for
 * the sign-off); taking a verdict down is an editor's call and needs a reason, since readers see it.
 */
public final class PublishingRules {

    static final String FACT_CHECKER = "fact-checker";
    static final String EDITOR = "editor";
    static final int MAX_REASON = 2000;
    static final int MAX_EXPLANATION = 5000;

    private PublishingRules() {
    }

    /** Why this person may not propose a correction, or null when they may. */
    public static String whyNotPropose(Set<String> roles) {
        if (roles.contains(FACT_CHECKER) || roles.contains(EDITOR)) return null;
        return "Corrections are proposed by fact-checkers and editors; you have " + rolesOf(roles) + ".";
    }

    /** Why this person may not approve (or decline) the correction, or null when they may. */
    public static String whyNotApprove(Correction correction, Actor actor, Set<String> roles) {
        if (!roles.contains(EDITOR)) return "Corrections are approved by editors; you have " + rolesOf(roles) + ".";
        if (actor.subject().equals(correction.proposedBySubject)) {
            return "You proposed this correction, so another editor must approve it (four-eyes rule).";
        }
        return null;
    }

    /** Why this person may not take a verdict down, or null when they may. */
    public static String whyNotUnpublish(Set<String> roles) {
        return roles.contains(EDITOR) ? null : "Only editors take a published verdict down; you have " + rolesOf(roles) + ".";
    }

    /**
     * Checks a proposed correction against the version readers see now; every broken rule is
     * reported at once. Returns the verdict it names.
     */
    public static Verdict checkCorrection(String verdict, String explanation, String reason, FactCheckVersion current) {
        InputRules rules = new InputRules();
        Verdict parsed = verdict(verdict, rules);
        rules.required("reason", reason, MAX_REASON).maxLength("explanation", explanation, MAX_EXPLANATION);
        String wanted = Text.blankToNull(explanation);
        if (parsed != null && rules.ok() && parsed == current.verdict && java.util.Objects.equals(wanted, current.explanation)) {
            rules.fail("verdict", "and the explanation are those published now; a correction changes at least one of them");
        }
        rules.check();
        return parsed;
    }

    /** Checks the reason for taking a verdict down. */
    public static void checkUnpublishing(String reason) {
        new InputRules().required("reason", reason, MAX_REASON).check();
    }

    private static Verdict verdict(String value, InputRules rules) {
        if (value == null || value.isBlank()) {
            rules.fail("verdict", "is required");
            return null;
        }
        try {
            return Verdict.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            rules.fail("verdict", "'" + Text.shown(value) + "' is not a verdict; one of " + java.util.List.of(Verdict.values()));
            return null;
        }
    }

    private static String rolesOf(Set<String> roles) {
        return roles.isEmpty() ? "no desk role" : String.join(", ", new TreeSet<>(roles));
    }
}
