package dev.vetted.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A word or punctuation mark of a sentence, with its offsets in the sentence. */
record Token(String text, String lower, int start, int end) {

    Token(String text, int start, int end) {
        this(text, text.toLowerCase(Locale.ROOT), start, end);
    }

    /**
     * Words are letters and digits, with inner dots, apostrophes, hyphens and ampersands
     * ("U.S.", "Hamas’", "7-2", "AT&T"); every other visible character is a token of its own.
     */
    static List<Token> of(String sentence) {
        List<Token> tokens = new ArrayList<>();
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            char c = sentence.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                tokens.add(new Token(String.valueOf(c), i, i + 1));
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n) {
                char d = sentence.charAt(j);
                if (Character.isLetterOrDigit(d)) {
                    j++;
                } else if (d == '.' || d == '’' || d == '\'' || d == '-' || d == '&') {
                    // inner punctuation stays when a letter or digit follows; a trailing dot stays after "U.S"
                    if (j + 1 < n && Character.isLetterOrDigit(sentence.charAt(j + 1))) j++;
                    else if (d == '.' && sentence.lastIndexOf('.', j - 1) > i) { j++; break; }
                    // initials and abbreviations keep their dot: "R.", "Dr.", "Gov.", "Corp."
                    else if (d == '.' && (j - i == 1 && Character.isUpperCase(c)
                            || Character.isUpperCase(c) && Sentences.isAbbreviation(sentence.substring(i, j).toLowerCase(Locale.ROOT)))) { j++; break; }
                    else if (d == '’' || d == '\'') { j++; break; }
                    else break;
                } else {
                    break;
                }
            }
            tokens.add(new Token(sentence.substring(i, j), i, j));
            i = j;
        }
        return tokens;
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** The word without a possessive ending ("Hamas’", "Post's"). */
    String bare() {
        String t = text;
        if (t.endsWith("’s") || t.endsWith("'s")) return t.substring(0, t.length() - 2);
        if (t.endsWith("’") || t.endsWith("'")) return t.substring(0, t.length() - 1);
        return t;
    }
}
