package dev.vetted.core.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Suggests the claims of a news article with who each is attributed to. The article's own text
 * (headlines and paragraphs, without the page's furniture) is read sentence by sentence in order,
 * so that later references resolve to the sources named before; each sentence, or each clause
 * where a sentence holds claims of several sources, gets its source and a check-worthiness from
 * the trained model, and those at or above the threshold are suggested. Runs offline.
 */
public final class ClaimExtractor {

    /** The language the rules and the model are made for. */
    public static final String LANGUAGE = "en";

    /** The default threshold: suggestions scoring below it are not made (setting vetted.extract.threshold). */
    public static final double THRESHOLD = 0.1;

    /** Longer "sentences" are run-on text (tables, lists without punctuation), not claims. */
    static final int MAX_SENTENCE = 1500;

    /** Sentences shorter than this many words are fragments, labels or chatter. */
    private static final int MIN_WORDS = 5;

    private final double threshold;

    public ClaimExtractor() {
        this(THRESHOLD);
    }

    public ClaimExtractor(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) throw new IllegalArgumentException("the threshold is a number from 0 to 1, not " + threshold);
        this.threshold = threshold;
    }

    /** The suggestions of an English article, or none for a text in another language. */
    public List<SuggestedClaim> extract(String text) {
        return analyse(text).claims();
    }

    public Extraction analyse(String text) {
        String language = LanguageGuess.of(text);
        if (!LANGUAGE.equals(language)) return new Extraction(language, List.of());
        return new Extraction(LANGUAGE, suggest(text));
    }

    private List<SuggestedClaim> suggest(String text) {
        Speakers speakers = new Speakers();
        speakers.learnNames(text);
        Reading reading = new Reading(text, speakers);
        List<SuggestedClaim> claims = new ArrayList<>();
        for (Block block : ArticleBody.blocks(text)) {
            reading.startBlock(block);
            for (Span sentence : Sentences.split(text, block.span())) {
                int dateline = Attribution.datelineEnd(sentence.of(text));
                if (dateline > 0) sentence = new Span(sentence.start() + dateline, sentence.end());
                if (sentence.length() > MAX_SENTENCE || sentence.length() == 0) continue;
                for (Reading.Claim c : reading.read(sentence, block.headline())) {
                    if (PageFurniture.words(c.span().of(text)) < MIN_WORDS && !block.headline()) continue;
                    if (c.score() < threshold) continue;
                    Source src = c.source();
                    claims.add(new SuggestedClaim(c.span().of(text), src == null ? null : src.name(),
                            src == null ? null : src.kind().contractName(), src == null ? null : src.role(),
                            c.quote(), c.span().start(), c.span().end(), c.score()));
                }
            }
        }
        return claims;
    }
}
