package dev.vetted.core.extract;

import java.util.List;
import java.util.Set;

/**
 * Sources a sentence names indirectly: the author of a piece it cites ("a BBC report saying
 * that"), the subject of a participle clause ("..., saying"), the holder of a view ("was of the
 * opinion that").
 */
final class IndirectCues {

    private IndirectCues() {
    }

    /** "a BBC World report saying that", "a press release that claimed", "a Mumbai daily ... that said". */
    static Attribution.Nested nested(Tagged s, int from, Source main, Speakers speakers) {
        for (int i = from; i < s.size(); i++) {
            // a piece ("report", "release") or an outlet named by a common word ("a Mumbai daily")
            if (!SourceNames.PIECES.contains(s.lower(i)) && !(Lexicon.OUTLET_WORDS.contains(s.lower(i)) && !s.token(i).isCapitalized())) continue;
            for (int k = i + 1; k < Math.min(s.size(), i + 8); k++) {
                String w = s.lower(k);
                boolean saying = w.endsWith("ing") && Verbs.isReporting(w);
                boolean thatSaid = (w.equals("that") || w.equals("which")) && k + 1 < s.size() && Verbs.isReporting(s.lower(k + 1))
                        && Verbs.sense(s.lower(k + 1)) != Verbs.Sense.DENY;
                if (!saying && !thatSaid) continue;
                List<Token> np = Phrases.backward(s, i, from);
                if (np.isEmpty()) return null;
                boolean named = np.stream().anyMatch(t -> t.isCapitalized() && !Phrases.TIME_WORDS.contains(t.lower()));
                // an unnamed piece ("a press release") is the source as written
                Source src = named ? SourceNames.resolve(np, speakers, true)
                        : new Source(Speakers.bareJoin(strip(np)), Source.Kind.ANONYMOUS, null, true);
                if (src == null || main.name().contains(src.name()) || src.name().contains(main.name())) return null;
                return new Attribution.Nested(src, np.get(0).start());
            }
        }
        return null;
    }

    private static List<Token> strip(List<Token> np) {
        int i = 0;
        while (i < np.size() - 1 && (Lexicon.DETERMINERS.contains(np.get(i).lower()) || Phrases.TIME_WORDS.contains(np.get(i).lower()))) i++;
        return np.subList(i, np.size());
    }

    /**
     * "a BBC World report saying that": the piece's author speaks; "X released a statement Sunday
     * saying": the one who released it.
     */
    static Source pieceSaying(Tagged s, int verb, int from, Speakers speakers, boolean assertive) {
        int end = Phrases.beforeVerb(s, verb, from);
        if (end >= from && s.text(end).equals(",")) return participleSubject(s, end, from, speakers, assertive);
        if (end < from || !SourceNames.PIECES.contains(s.lower(end))) return null;
        List<Token> np = Phrases.backward(s, end, from);
        boolean named = np.stream().anyMatch(Token::isCapitalized);
        Source owner = named ? SourceNames.resolve(np, speakers, assertive) : null;
        if (owner != null) return owner;
        int start = end - np.size();
        for (int k = start; k > from && k >= start - 2; k--) {
            if (s.isVerb(k)) {
                int subjectEnd = Phrases.beforeVerb(s, k, from);
                if (subjectEnd < from) return null;
                return SourceNames.resolve(Phrases.backward(s, subjectEnd, from), speakers, assertive);
            }
        }
        return null;
    }

    /** "Finer expressed optimism, stating that ...": the one who speaks is the subject of the clause before. */
    private static Source participleSubject(Tagged s, int comma, int from, Speakers speakers, boolean assertive) {
        // the clause's subject opens it: read forwards, not from its verb, which the tagger often misreads
        List<Token> np = Phrases.forward(s, from, comma);
        return np.isEmpty() || np.size() == comma - from ? null : SourceNames.resolve(np, speakers, assertive);
    }


    private static final Set<String> OPINION_NOUNS = Lexicon.words("opinion", "view", "belief", "impression");

    /** "The opposition was of the opinion that ...": the subject holds the view. */
    static Source opinionOf(Tagged s, int from, int to, Speakers speakers) {
        for (int i = from + 3; i + 1 < to; i++) {
            if (!OPINION_NOUNS.contains(s.lower(i)) || !s.lower(i + 1).equals("that")) continue;
            if (!s.lower(i - 1).equals("the") || !s.lower(i - 2).equals("of") || !Attribution.BE.contains(s.lower(i - 3))) continue;
            int end = Phrases.beforeVerb(s, i - 3, from);
            if (end < from) return null;
            return SourceNames.resolve(Phrases.backward(s, end, from), speakers, true);
        }
        return null;
    }
}
