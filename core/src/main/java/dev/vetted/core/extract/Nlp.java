package dev.vetted.core.extract;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

import java.util.List;

/**
 * Parts of speech from Apache OpenNLP's English model (trained on Universal Dependencies
 * English-EWT, Apache-2.0, from Maven Central): PROPN, NOUN, VERB, ADJ ... for the words that
 * might name a source. The model is read once; taggers keep per-call state, so one per thread.
 */
final class Nlp {

    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final class Holder {
        static final POSModel POS = load();
    }

    private static final ThreadLocal<POSTaggerME> TAGGER =
            ThreadLocal.withInitial(() -> new POSTaggerME(Holder.POS, POSTagFormat.UD));

    private Nlp() {
    }

    private static POSModel load() {
        return Models.load(POS_MODEL, "OpenNLP part-of-speech model", POSModel::new);
    }

    /** The UD part of speech of each token (punctuation included, as the model was trained). */
    static String[] tags(List<Token> tokens) {
        if (tokens.isEmpty()) return new String[0];
        // a blanked quotation reads to the tagger as a clause ("“...,” Farah said"), not as nothing
        List<String> words = new java.util.ArrayList<>(tokens.size() + 4);
        List<Integer> at = new java.util.ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            at.add(words.size());
            words.add(tokens.get(i).text());
            if (isQuote(tokens.get(i).text()) && i + 1 < tokens.size() && (isQuote(tokens.get(i + 1).text())
                    || tokens.get(i + 1).text().equals(",") && i + 2 < tokens.size() && isQuote(tokens.get(i + 2).text()))) {
                words.add("it");
                words.add("is");
            }
        }
        String[] tagged = TAGGER.get().tag(words.toArray(new String[0]));
        String[] tags = new String[tokens.size()];
        for (int i = 0; i < tags.length; i++) tags[i] = tagged[at.get(i)];
        return tags;
    }

    private static boolean isQuote(String t) {
        return t.equals("\"") || t.equals("“") || t.equals("”");
    }
}
