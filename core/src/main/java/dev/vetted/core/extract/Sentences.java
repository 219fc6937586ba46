package dev.vetted.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences the way news prose needs: abbreviations (U.S., Feb., Gov.)
 * and initials do not end a sentence, and a quotation that runs over several sentences stays
 * with the sentence that introduces it.
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Lexicon.words(
            "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt", "cpl", "adm", "cmdr",
            "maj", "pres", "supt", "rev", "hon", "amb", "atty", "sec", "st", "jr", "sr", "messrs", "mt", "ft", "ave",
            "blvd", "rd", "inc", "corp", "ltd", "co", "bros", "dept", "univ", "assn", "no", "nos", "vol", "vs", "v",
            "etc", "approx", "est", "fig", "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "a.m", "p.m",
            "u.s", "u.k", "u.n", "e.u", "d.c", "e.g", "i.e", "ph.d", "u.s.a");

    /** True for "dr", "gov", "corp" and the like, written with a dot that ends no sentence. */
    static boolean isAbbreviation(String lowerWord) {
        return ABBREVIATIONS.contains(lowerWord);
    }

    /** A quotation longer than this is treated as unbalanced, so one stray mark cannot swallow an article. */
    private static final int MAX_QUOTE = 1200;

    private Sentences() {
    }

    static List<Span> split(String text, Span paragraph) {
        List<Span> sentences = new ArrayList<>();
        int start = paragraph.start();
        int end = paragraph.end();
        Quotes quotes = new Quotes();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean inQuote = quotes.read(c, i);
            if (c != '.' && c != '!' && c != '?') continue;
            int after = afterClosingMarks(text, i + 1, end, quotes);
            // the punctuation and closing marks just read are done with: never read them twice
            i = after - 1;
            if (after >= end) break;
            if (!Character.isWhitespace(text.charAt(after))) continue;
            int next = after;
            while (next < end && Character.isWhitespace(text.charAt(next))) next++;
            if (next >= end) break;
            if (quotes.open() && inQuote) continue;
            if (c == '.' && isAbbreviation(text, start, i, next)) continue;
            if (!startsSentence(text.charAt(next))) continue;
            sentences.add(ArticleBody.trim(text, new Span(start, after)));
            start = next;
        }
        Span last = ArticleBody.trim(text, new Span(start, end));
        if (last.length() > 0) sentences.add(last);
        return sentences;
    }

    /** Past more end punctuation ("?!") and the closing quotes and brackets, which belong to the sentence they close. */
    private static int afterClosingMarks(String text, int after, int end, Quotes quotes) {
        while (after < end && ".!?".indexOf(text.charAt(after)) >= 0) after++;
        while (after < end && "\"”’')]".indexOf(text.charAt(after)) >= 0) {
            quotes.closedBy(text.charAt(after));
            after++;
        }
        return after;
    }

    /** Whether the text is inside a quotation, curly or straight, so that its full stops do not end the sentence. */
    private static final class Quotes {
        private boolean curly;
        private boolean straight;
        private int openedAt = -1;

        /** Reads the character at {@code i}; whether a quotation is open there and opened recently enough to trust. */
        boolean read(char c, int i) {
            if (c == '“') {
                curly = true;
                openedAt = i;
            } else if (c == '”') {
                curly = false;
            } else if (c == '"') {
                straight = !straight;
                if (straight) openedAt = i;
            }
            return open() && i - openedAt < MAX_QUOTE;
        }

        void closedBy(char q) {
            if (q == '”') curly = false;
            if (q == '"') straight = false;
        }

        boolean open() {
            return curly || straight;
        }
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'([".indexOf(c) >= 0;
    }

    /** The word before the period at {@code dot}, and what follows, say whether it is an abbreviation. */
    private static boolean isAbbreviation(String text, int from, int dot, int next) {
        int w = dot;
        while (w > from && !Character.isWhitespace(text.charAt(w - 1)) && "(\"“‘".indexOf(text.charAt(w - 1)) < 0) w--;
        String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) return false;
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) return true; // an initial: "J. Smith"
        if (!ABBREVIATIONS.contains(word)) return false;
        // "U.S." and the like end a sentence when followed by an ordinary sentence opener
        if (word.contains(".")) return !opensSentence(text, next);
        return true;
    }

    private static final Set<String> OPENERS = Lexicon.words("the", "a", "an", "it", "he", "she", "they", "we", "i", "this",
            "that", "these", "those", "but", "and", "however", "although", "while", "in", "on", "at", "as", "if", "there");

    private static boolean opensSentence(String text, int next) {
        int e = next;
        while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
        return OPENERS.contains(text.substring(next, e).toLowerCase(Locale.ROOT));
    }
}
