package dev.vetted.core.extract;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

import java.util.List;

/**
 * The trained check-worthiness model: the probability that a sentence is a check-worthy factual
 * claim, learned from ClaimBuster (CC BY 4.0; see {@code checkworthiness.md} beside the model).
 * Loaded once from the classpath; nothing is fetched at run time.
 */
public final class CheckWorthinessModel {

    public static final String RESOURCE = "/dev/vetted/core/extract/checkworthiness.bin";
    static final String WORTHY = "worthy";
    static final String OTHER = "other";

    private static final class Holder {
        static final DoccatModel MODEL = load();
    }

    /** The categorizer keeps per-call state; one per thread over the shared model. */
    private static final ThreadLocal<DocumentCategorizerME> CATEGORIZER =
            ThreadLocal.withInitial(() -> new DocumentCategorizerME(Holder.MODEL));

    private CheckWorthinessModel() {
    }

    private static DoccatModel load() {
        return Models.load(RESOURCE, "check-worthiness model", DoccatModel::new);
    }

    /** The probability, 0 to 1, that the sentence of these tokens is a check-worthy factual claim. */
    static double probability(List<Token> tokens) {
        return probability(CATEGORIZER.get(), words(tokens));
    }

    static double probability(DocumentCategorizerME categorizer, String[] words) {
        if (words.length == 0) return 0;
        double[] outcome = categorizer.categorize(NewsFeatures.of(words));
        return outcome[categorizer.getIndex(WORTHY)];
    }

    static String[] words(List<Token> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) words[i] = tokens.get(i).text();
        return words;
    }
}
