package dev.vetted.core.extract;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language of an article. English prose is recognised at once by its function words; any
 * other text goes to OpenNLP's language detector (103 languages, Apache-2.0 model from Maven
 * Central), loaded only then, since the model takes about a second to read.
 */
final class LanguageGuess {

    private static final Set<String> ENGLISH = Lexicon.words("the", "of", "and", "to", "a", "in", "is", "that", "for",
            "it", "on", "was", "with", "he", "she", "as", "at", "by", "said", "has", "have", "from", "are", "be",
            "his", "her", "they", "this", "an", "not", "were", "which", "who", "will", "had", "been", "their", "its");
    private static final Map<String, String> ISO_639_1 = Map.ofEntries(
            Map.entry("eng", "en"), Map.entry("deu", "de"), Map.entry("fra", "fr"), Map.entry("spa", "es"),
            Map.entry("ita", "it"), Map.entry("por", "pt"), Map.entry("nld", "nl"), Map.entry("swe", "sv"),
            Map.entry("dan", "da"), Map.entry("nor", "no"), Map.entry("nob", "nb"), Map.entry("fin", "fi"),
            Map.entry("pol", "pl"), Map.entry("ces", "cs"), Map.entry("slk", "sk"), Map.entry("hun", "hu"),
            Map.entry("ron", "ro"), Map.entry("bul", "bg"), Map.entry("rus", "ru"), Map.entry("ukr", "uk"),
            Map.entry("ell", "el"), Map.entry("tur", "tr"), Map.entry("ara", "ar"), Map.entry("heb", "he"),
            Map.entry("fas", "fa"), Map.entry("pes", "fa"), Map.entry("hin", "hi"), Map.entry("urd", "ur"),
            Map.entry("ben", "bn"), Map.entry("zho", "zh"), Map.entry("cmn", "zh"), Map.entry("jpn", "ja"),
            Map.entry("kor", "ko"), Map.entry("vie", "vi"), Map.entry("tha", "th"), Map.entry("ind", "id"),
            Map.entry("msa", "ms"), Map.entry("zsm", "ms"), Map.entry("cat", "ca"), Map.entry("hrv", "hr"),
            Map.entry("srp", "sr"), Map.entry("slv", "sl"), Map.entry("est", "et"), Map.entry("lav", "lv"),
            Map.entry("lit", "lt"), Map.entry("afr", "af"), Map.entry("swa", "sw"), Map.entry("tgl", "tl"));

    private static final class Holder {
        static final LanguageDetectorModel MODEL = load();
    }

    private LanguageGuess() {
    }

    static String of(String text) {
        String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
        int words = 0;
        int english = 0;
        int letters = 0;
        int latin = 0;
        for (Token t : Token.of(sample)) {
            if (!t.isWord()) continue;
            words++;
            if (ENGLISH.contains(t.lower())) english++;
        }
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c < 0x250) latin++;
            }
        }
        // English news prose runs at about a third function words; other Latin-script languages far lower
        if (words >= 8 && english * 100 >= words * 18 && latin * 10 >= letters * 9) return ClaimExtractor.LANGUAGE;
        if (words < 8 && latin * 10 >= letters * 9) return ClaimExtractor.LANGUAGE; // too little to tell; read as English
        String code = new LanguageDetectorME(Holder.MODEL).predictLanguage(sample).getLang();
        String two = ISO_639_1.get(code.toLowerCase(Locale.ROOT));
        return two != null ? two : code;
    }

    private static LanguageDetectorModel load() {
        return Models.load("/langdetect-183.bin", "OpenNLP language model", LanguageDetectorModel::new);
    }
}
