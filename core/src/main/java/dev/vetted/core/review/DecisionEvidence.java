package dev.vetted.core.review;

import dev.vetted.core.common.InputRules;
import dev.vetted.core.common.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * The evidence that goes with a decision, as the desk stores and signs it: at most
 * {@link Evidence#MAX_PER_DECISION} items, each with a link, a quote or a note, of a kind from
 * {@link Evidence#REVIEWER_KINDS} ("reviewer" when none is given), and always brought by the
 * person deciding, whatever the request says. What the audit trail asserts is the server's.
 */
final class DecisionEvidence {

    private DecisionEvidence() {
    }

    /** Adds every broken rule to {@code rules}; the items as they are to be stored (meaningful once the rules pass). */
    static List<Evidence> of(List<Evidence> sent, String decidedBy, InputRules rules) {
        List<Evidence> items = sent == null ? List.of() : sent;
        if (items.size() > Evidence.MAX_PER_DECISION) {
            rules.fail("evidence", "has " + items.size() + " items; at most " + Evidence.MAX_PER_DECISION + " go with one decision");
            return List.of();
        }
        List<Evidence> stored = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Evidence e = items.get(i);
            String at = "evidence[" + i + "]";
            if (e == null) {
                rules.fail(at, "is empty; give a url, a quote or a note");
                continue;
            }
            if (Text.blankToNull(e.url()) == null && Text.blankToNull(e.quote()) == null && Text.blankToNull(e.note()) == null) {
                rules.fail(at, "needs a url, a quote or a note");
            }
            if (e.kind() != null && !Evidence.REVIEWER_KINDS.contains(e.kind())) {
                rules.fail(at + ".kind", "'" + Text.shown(e.kind()) + "' is not a kind of evidence; one of " + Evidence.REVIEWER_KINDS);
            }
            rules.maxLength(at + ".url", e.url(), 2000).webAddress(at + ".url", e.url())
                    .maxLength(at + ".quote", e.quote(), 5000).maxLength(at + ".note", e.note(), 5000);
            stored.add(new Evidence(e.kind() == null ? "reviewer" : e.kind(), Text.blankToNull(e.url()), Text.blankToNull(e.quote()),
                    Text.blankToNull(e.note()), decidedBy));
        }
        return stored;
    }
}
