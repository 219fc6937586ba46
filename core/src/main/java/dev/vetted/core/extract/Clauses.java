package dev.vetted.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clauses of a sentence that may carry claims of different sources: "The economy added
 * 103,000 jobs in March, but economists dismissed that ..." holds a fact of the writer's and a
 * view of the economists'; "The woman alleges ... - claims denied by the palace" holds two sources.
 */
final class Clauses {

    private static final Pattern BOUNDARY = Pattern.compile(",\\s+but\\s+|;\\s+|\\s+[-–—]{1,2}\\s+|,\\s+while\\s+|,\\s+whereas\\s+|,\\s+though\\s+");

    private Clauses() {
    }

    /** The clause spans of a sentence (offsets in the sentence), split only outside quotations. */
    static List<Span> of(String sentence) {
        String masked = Masked.of(sentence).text();
        List<Span> clauses = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(masked);
        int start = 0;
        while (m.find()) {
            if (m.start() - start < 25 || masked.length() - m.end() < 20) continue;
            clauses.add(new Span(start, m.start()));
            start = m.end();
        }
        clauses.add(new Span(start, sentence.length()));
        return clauses;
    }
}
