package dev.vetted.core.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.util.regex.Pattern;

/**
 * What an article has said about its sources so far, so that later references resolve: a
 * surname to the full name given earlier, "the Post" to the Washington Post, "he" to the last
 * person quoted, "the officials" to the officials introduced before.
 */
final class SpeakerMemory {

    private final Map<String, String> personsBySurname = new HashMap<>();
    private final Map<String, String> outletsByWord = new HashMap<>();
    private String lastPerson;
    private String lastGroup;

    /** Learns people named with a title anywhere in the text, even before they are quoted. */
    void learnNames(String text) {
        for (String sentence : text.split("(?<=[.!?])\\s+")) {
            List<Token> tokens = Token.of(sentence);
            for (int i = 0; i < tokens.size(); i++) {
                if (!Lexicon.TITLE_WORDS.contains(tokens.get(i).lower())) continue;
                int j = i + 1;
                while (j < tokens.size() && Lexicon.TITLE_WORDS.contains(tokens.get(j).lower())) j++;
                int k = j;
                while (k < tokens.size() && isNameWord(tokens.get(k)) && k - j < 4) k++;
                if (k - j >= 2) rememberPerson(join(tokens.subList(j, k)));
            }
        }
    }

    void rememberPerson(String name) {
        String[] parts = name.split(" ");
        if (parts.length < 2) return;
        personsBySurname.putIfAbsent(parts[parts.length - 1].toLowerCase(Locale.ROOT), name);
    }

    void rememberOutlet(String outlet) {
        for (String word : outlet.split(" ")) {
            String w = word.toLowerCase(Locale.ROOT);
            if (Lexicon.OUTLET_WORDS.contains(w)) outletsByWord.putIfAbsent(w, outlet);
        }
    }

    String person(String surname) {
        return personsBySurname.get(surname.toLowerCase(Locale.ROOT));
    }

    String outlet(String word) {
        return outletsByWord.get(word.toLowerCase(Locale.ROOT));
    }

    /** Records who was just quoted, for pronouns and later references. */
    void spoke(Source source) {
        if (source.person()) {
            lastPerson = source.name();
            rememberPerson(source.name());
        } else if (source.group()) {
            lastGroup = source.name();
        }
        if (source.outlet()) rememberOutlet(source.name());
    }

    String lastPerson() {
        return lastPerson;
    }

    String lastGroup() {
        return lastGroup;
    }

    static boolean isNameWord(Token t) {
        if (!t.isWord() || !t.isCapitalized()) return false;
        String w = t.lower();
        return !Lexicon.TITLE_WORDS.contains(w) && !Lexicon.SOURCE_NOUNS.contains(w) && !NOT_NAMES.matcher(w).matches();
    }

    private static final Pattern NOT_NAMES = Pattern.compile(
            "the|a|an|but|and|however|while|although|in|on|at|it|he|she|they|we|i|this|that|there|after|before|"
                    + "during|since|when|if|as|with|for|from|by|of|to|monday|tuesday|wednesday|thursday|friday|"
                    + "saturday|sunday|january|february|march|april|may|june|july|august|september|october|"
                    + "november|december");

    static String join(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (!b.isEmpty()) b.append(' ');
            b.append(t.text());
        }
        return b.toString();
    }

}
