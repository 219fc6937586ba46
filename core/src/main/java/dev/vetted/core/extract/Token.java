package dev.vetted.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word or punctuation mark of a sentence, with its offsets in the sentence. */
record Token(String text, int start, int end) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}.’'&-]*[\\p{L}\\p{N}.])?|\\S");

    static List<Token> of(String sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String t = m.group();
            // a sentence's final period is punctuation, not part of the last word (but "U.S." keeps its dots)
            if (t.length() > 1 && t.endsWith(".") && t.indexOf('.') == t.length() - 1) {
                tokens.add(new Token(t.substring(0, t.length() - 1), m.start(), m.end() - 1));
                tokens.add(new Token(".", m.end() - 1, m.end()));
            } else {
                tokens.add(new Token(t, m.start(), m.end()));
            }
        }
        return tokens;
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
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
