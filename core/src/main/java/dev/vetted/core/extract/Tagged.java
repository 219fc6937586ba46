package dev.vetted.core.extract;

import java.util.List;

/** A sentence's tokens with their parts of speech, tagged only when a rule first asks. */
final class Tagged {

    private final List<Token> tokens;
    private final boolean headline;
    private final Speakers speakers;
    private String[] tags;

    Tagged(List<Token> tokens) {
        this(tokens, false, null);
    }

    /** A headline's capitals are its style, and the tagger, trained on prose, reads them poorly. */
    Tagged(List<Token> tokens, boolean headline, Speakers speakers) {
        this.tokens = tokens;
        this.headline = headline;
        this.speakers = speakers;
    }

    /** True when the article has already named someone by this word ("Herzog" after "Michael Herzog"). */
    boolean knownName(int i) {
        return speakers != null && speakers.person(tokens.get(i).bare()) != null;
    }

    /** True when the article writes this word with a capital inside a sentence too. */
    boolean capitalisedInside(int i) {
        return speakers != null && speakers.capitalisedInside(tokens.get(i).bare());
    }

    boolean headline() {
        return headline;
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
