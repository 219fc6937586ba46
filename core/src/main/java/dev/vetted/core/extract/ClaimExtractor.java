package dev.vetted.core.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Suggests the claims of a news article with who each is attributed to. Rules and word lists
 * only: it runs offline, needs no model, and is fast enough for every paste.
 */
public final class ClaimExtractor {

    /** Sentences scoring below this are not suggested. */
    public static final double THRESHOLD = 0.5;

    /** Longer "sentences" are run-on text (tables, lists without punctuation), not claims. */
    static final int MAX_SENTENCE = 1500;

    public List<SuggestedClaim> extract(String text) {
        SpeakerMemory memory = new SpeakerMemory();
        memory.learnNames(text);
        List<SuggestedClaim> claims = new ArrayList<>();
        for (Span paragraph : ArticleBody.paragraphs(text)) {
            Source paragraphSource = null;
            for (Span sentence : Sentences.split(text, paragraph)) {
                int dateline = Attribution.datelineEnd(sentence.of(text));
                if (dateline > 0) sentence = new Span(sentence.start() + dateline, sentence.end());
                if (sentence.length() > MAX_SENTENCE) continue;
                String s = sentence.of(text);
                Attribution.Found found = Attribution.find(s, paragraphSource, memory);
                if (found.source() != null && !found.inherited()) memory.spoke(found.source());
                if (found.asserting() != null) paragraphSource = found.asserting();
                double score = CheckWorthiness.score(s, found);
                if (score >= THRESHOLD) {
                    claims.add(new SuggestedClaim(s, found.source() == null ? null : found.source().name(),
                            found.quote(), sentence.start(), sentence.end(), score));
                }
            }
        }
        return claims;
    }
}
