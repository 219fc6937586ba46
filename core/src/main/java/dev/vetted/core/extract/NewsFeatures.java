package dev.vetted.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The features the check-worthiness model learns from: the sentence's words and word pairs, and
 * what makes news checkable (figures, names, reporting verbs, first person, questions, length).
 * The learner weighs them; nothing here is a weight. The features are handed to OpenNLP as the
 * "words" of its standard bag-of-words categorizer, so the model file names no class of ours
 * (OpenNLP would load such a class by reflection, which fails under Quarkus' class loaders).
 */
final class NewsFeatures {

    private static final Set<String> FIRST_PERSON = Lexicon.words("i", "we", "me", "us", "my", "our", "i'm", "we're",
            "i've", "we've", "i'll", "we'll");
    private static final Set<String> SECOND_PERSON = Lexicon.words("you", "your", "you're", "you've");
    private static final Set<String> MODALS = Lexicon.words("should", "must", "would", "could", "might", "may",
            "ought", "will", "shall", "can");
    private static final Set<String> OPINION = Lexicon.words("think", "believe", "feel", "hope", "want", "wish",
            "great", "wonderful", "terrible", "proud", "love", "thank", "thanks", "privilege", "honor", "honour");

    private NewsFeatures() {
    }

    static String[] of(String[] words) {
        return extract(words).toArray(new String[0]);
    }

    private static List<String> extract(String[] words) {
        List<String> features = new ArrayList<>(words.length * 2 + 12);
        int figures = 0;
        int names = 0;
        boolean firstPerson = false;
        boolean secondPerson = false;
        boolean reporting = false;
        boolean modal = false;
        boolean opinion = false;
        String previous = "<s>";
        for (int i = 0; i < words.length; i++) {
            String raw = words[i];
            String w = raw.toLowerCase(Locale.ROOT);
            if (Character.isDigit(raw.charAt(0))) {
                figures++;
                w = "<num>";
            }
            if (i > 0 && Character.isUpperCase(raw.charAt(0)) && !w.equals("i")) names++;
            if (FIRST_PERSON.contains(w)) firstPerson = true;
            if (SECOND_PERSON.contains(w)) secondPerson = true;
            if (Verbs.isReporting(w)) reporting = true;
            if (MODALS.contains(w)) modal = true;
            if (OPINION.contains(w)) opinion = true;
            if (Character.isLetterOrDigit(w.charAt(0)) || w.equals("<num>") || w.equals("%") || w.equals("$")) {
                features.add("w=" + w);
                features.add("b=" + previous + "_" + w);
                previous = w;
            }
        }
        String last = words.length == 0 ? "" : words[words.length - 1];
        features.add("figures=" + Math.min(figures, 3));
        features.add("names=" + Math.min(names, 4));
        features.add("length=" + bucket(words.length));
        if (firstPerson) features.add("first-person");
        if (secondPerson) features.add("second-person");
        if (reporting) features.add("reporting-verb");
        if (modal) features.add("modal");
        if (opinion) features.add("opinion-word");
        if (last.equals("?")) features.add("question");
        if (last.equals("!")) features.add("exclamation");
        return features;
    }

    private static String bucket(int tokens) {
        if (tokens < 6) return "tiny";
        if (tokens < 12) return "short";
        if (tokens < 25) return "medium";
        if (tokens < 45) return "long";
        return "very-long";
    }
}
