package dev.vetted.core.extract;

import java.util.List;

/** A sentence's tokens with their parts of speech, tagged only when a rule first asks. */
final class Tagged {

    private final List<Token> tokens;
    private String[] tags;

    Tagged(List<Token> tokens) {
        this.tokens = tokens;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String text(int i) {
        return tokens.get(i).text();
    }

    String lower(int i) {
        return tokens.get(i).lower();
    }

    List<Token> tokens() {
        return tokens;
    }

    String tag(int i) {
        if (tags == null) tags = Nlp.tags(tokens);
        return tags[i];
    }

    boolean isVerb(int i) {
        String t = tag(i);
        return t.equals("VERB") || t.equals("AUX");
    }
}
