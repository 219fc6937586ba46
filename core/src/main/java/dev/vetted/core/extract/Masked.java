package dev.vetted.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence with its quoted words and its appositives blanked out, every offset kept, so that a
 * verb inside a quotation never attributes and "X, a former minister, said" reads "X said".
 */
record Masked(String text, List<String> quotes) {

    private static final Pattern APPOSITIVE = Pattern.compile(",\\s+(including|such as|who|which|among them)\\b[^,]*,"
            + "|,\\s+((a|an|the)\\s+)?[a-z][^,]{0,80},(?=\\s+(said|says|told|added|stated|argued|warned|noted|insisted|explained|cautioned|wrote|confirmed|denied)\\b)");
    /** What describes an anonymous source between it and its verb ("sources familiar with the talks told"). */
    private static final Pattern SOURCE_DESCRIPTION = Pattern.compile(
            "\\b(familiar with|close to|with (direct )?knowledge of|briefed on|involved in|speaking on condition of anonymity|"
                    + "who asked not to be (named|identified)|who spoke on condition of anonymity)\\b((\\s+[\\w’'-]+){0,4}?)"
                    + "(?=,?\\s+(told|said|say|says|stated|confirmed|reported|added|warned|insisted)\\b)");

    static Masked of(String sentence) {
        char[] chars = sentence.toCharArray();
        List<String> quotes = new ArrayList<>();
        int open = -1;
        char opener = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (open < 0 && (c == '“' || (c == '"' && (i == 0 || !Character.isLetterOrDigit(chars[i - 1]))))) {
                open = i;
                opener = c;
            } else if (open >= 0 && ((opener == '“' && c == '”') || (opener == '"' && c == '"'))) {
                String quoted = sentence.substring(open + 1, i).strip();
                if (!quoted.isEmpty()) quotes.add(quoted);
                for (int k = open + 1; k < i; k++) chars[k] = ' ';
                open = -1;
            }
        }
        // a quotation still open at the end runs on into the next sentence: its words are quoted too
        if (open >= 0 && open + 1 < chars.length) {
            String quoted = sentence.substring(open + 1).strip();
            if (!quoted.isEmpty()) quotes.add(quoted);
            for (int k = open + 1; k < chars.length; k++) chars[k] = ' ';
        }
        StringBuilder b = new StringBuilder(new String(chars));
        // the patterns are costly; cheap checks first keep extraction fast on long articles
        if (b.indexOf(", ") >= 0) blank(b, APPOSITIVE);
        if (b.indexOf("familiar") >= 0 || b.indexOf("close to") >= 0 || b.indexOf("knowledge") >= 0
                || b.indexOf("briefed") >= 0 || b.indexOf("involved") >= 0 || b.indexOf("anonymity") >= 0
                || b.indexOf("asked not") >= 0) {
            blank(b, SOURCE_DESCRIPTION);
        }
        return new Masked(b.toString(), quotes);
    }

    private static void blank(StringBuilder b, Pattern pattern) {
        Matcher m = pattern.matcher(b);
        while (m.find()) {
            for (int k = m.start(); k < m.end(); k++) b.setCharAt(k, ' ');
        }
    }

    String longestQuote() {
        String best = null;
        for (String q : quotes) {
            String clean = q.replaceAll("[,.;:]+$", "").strip();
            if (clean.isEmpty()) continue;
            if (best == null || clean.length() > best.length()) best = clean;
        }
        return best;
    }
}
