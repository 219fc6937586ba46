package dev.vetted.core.publish;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The address of a fact check, made from the claim's words: lower case, accents dropped from
 * Latin letters, other scripts kept as they are, words joined by hyphens, cut at a word so it
 * stays short enough to read and share. A slug already taken gets the next free number.
 */
public final class Slugs {

    /** Long enough for the gist of a claim, short enough for a link in a message. */
    static final int MAX_LENGTH = 80;
    static final String FALLBACK = "fact-check";

    private Slugs() {
    }

    public static String of(String claimText) {
        String decomposed = Normalizer.normalize(claimText == null ? "" : claimText, Normalizer.Form.NFKD);
        StringBuilder slug = new StringBuilder();
        boolean gap = false;
        char previous = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                // an accent on a Latin letter goes (é -> e); in other scripts marks are part of the letter
                if (previous < 0x250) continue;
                slug.append(c);
            } else if (Character.isLetterOrDigit(c)) {
                if (gap && !slug.isEmpty()) slug.append('-');
                slug.append(Character.toLowerCase(c));
                gap = false;
                previous = c;
            } else if (c != '\'' && c != '\u2019') {
                // apostrophes join ("city's" -> "citys"); everything else separates words
                gap = true;
            }
        }
        String cut = cut(slug.toString().toLowerCase(Locale.ROOT));
        return cut.isEmpty() ? FALLBACK : cut;
    }

    /** The slug itself when free, else the first of slug-2, slug-3, ... that is. */
    public static String unique(String slug, Predicate<String> taken) {
        if (!taken.test(slug)) return slug;
        for (int n = 2; ; n++) {
            String candidate = slug + "-" + n;
            if (!taken.test(candidate)) return candidate;
        }
    }

    private static String cut(String slug) {
        if (slug.length() <= MAX_LENGTH) return slug;
        int end = slug.lastIndexOf('-', MAX_LENGTH);
        return end > 0 ? slug.substring(0, end) : slug.substring(0, MAX_LENGTH);
    }
}
