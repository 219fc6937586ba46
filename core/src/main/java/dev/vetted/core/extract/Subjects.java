package dev.vetted.core.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The subject of a sentence that names no source, noted so that a later "it", "the company" or
 * "he" can mean it: "Foster Farms is recalling ...; the company said" names the recalling firm.
 */
final class Subjects {

    private Subjects() {
    }

    static void noteSubject(String sentence, Speakers speakers) {
        Tagged s = new Tagged(Token.of(Masked.of(sentence).text()));
        int i = 0;
        while (i < s.size() && (!s.token(i).isWord() || Lexicon.DETERMINERS.contains(s.lower(i)))) i++;
        List<Token> np = new ArrayList<>();
        while (i < s.size() && np.size() < 5 && (Phrases.nameLike(s, i, true)
                || (!np.isEmpty() && Lexicon.NAME_JOINERS.contains(s.lower(i)) && i + 1 < s.size() && s.token(i + 1).isCapitalized()))) {
            np.add(s.token(i));
            i++;
        }
        if (np.isEmpty() || i >= s.size()) return;
        // only a subject followed by its verb: "Foster Farms is recalling", "Apple posted"
        if (!s.isVerb(i) && !(i + 1 < s.size() && Phrases.isAdverb(s.token(i)) && s.isVerb(i + 1))) return;
        Source src = SourceNames.resolve(np, speakers, true);
        if (src == null) return;
        // a subject is a person only on evidence (a title, the surname alone elsewhere): "South Africa were" is not
        if (src.person() && src.role() == null && speakers.known(src.name()) == null && !speakers.surnameStandsAlone(src.name())) {
            return;
        }
        if (src.person() || src.organisation() || src.outlet()) speakers.mentioned(src);
    }
}
