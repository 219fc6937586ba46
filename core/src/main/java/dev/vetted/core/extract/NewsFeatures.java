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
        String previous = "<s>";
        for (int i = 0; i < words.length; i++) {
            String raw = words[i];
            String w = raw.toLowerCase(Locale.ROOT);
            if (Character.isDigit(raw.charAt(0))) {
                figures++;
                w = "<num>";
            }
            if (i > 0 && Character.isUpperCase(raw.charAt(0)) && !w.equals("i")) names++;
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
        addVoice(words, features);
        if (last.equals("?")) features.add("question");
        if (last.equals("!")) features.add("exclamation");
        return features;
    }

    /** Who speaks and how: first or second person, a reporting verb, a modal, a word of opinion. */
    private static void addVoice(String[] words, List<String> features) {
        List<String> lower = java.util.Arrays.stream(words).map(w -> w.toLowerCase(Locale.ROOT)).toList();
        if (lower.stream().anyMatch(FIRST_PERSON::contains)) features.add("first-person");
        if (lower.stream().anyMatch(SECOND_PERSON::contains)) features.add("second-person");
        if (lower.stream().anyMatch(Verbs::isReporting)) features.add("reporting-verb");
        if (lower.stream().anyMatch(MODALS::contains)) features.add("modal");
        if (lower.stream().anyMatch(OPINION::contains)) features.add("opinion-word");
    }

    private static String bucket(int tokens) {
        if (tokens < 6) return "tiny";
        if (tokens < 12) return "short";
        if (tokens < 25) return "medium";
        if (tokens < 45) return "long";
        return "very-long";
    }
}
