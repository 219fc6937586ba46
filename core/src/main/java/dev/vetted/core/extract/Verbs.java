package dev.vetted.core.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The verbs of attribution in news, by lemma with every form a sentence can use ("deny": denies,
 * denied, denying). The forms are generated from the lemma by English spelling rules plus the
 * irregular ones listed; OpenNLP's statistical lemmatizer would give the lemma too, but measured
 * at about 0.03 MB/s on news it is thirty times slower than the rest of extraction together.
 */
final class Verbs {

    /** What a reporting verb says about its content. */
    enum Sense { SAY, DENY, COGNITION }

    private static final Map<String, Sense> FORMS = new HashMap<>();
    private static final Map<String, String> LEMMAS = new HashMap<>();

    private static final String[] SAY = {"say", "tell", "state", "claim", "insist", "emphasize", "emphasise", "stress",
            "mention", "clarify", "report", "add", "note", "announce", "confirm", "warn", "argue", "explain", "write",
            "tweet", "acknowledge", "admit", "assert", "maintain", "estimate", "predict", "reveal", "disclose",
            "allege", "accuse", "testify", "indicate", "promise", "vow", "pledge", "contend", "concede", "observe",
            "remark", "caution", "recall", "complain", "declare", "assure", "signal", "hint", "forecast", "find",
            "conclude", "show", "cite", "suggest", "describe", "inform", "recount", "boast", "urge", "demonstrate",
            "establish", "determine", "discover", "confess", "specify", "highlight", "underline", "underscore",
            "publish", "verify", "attest", "certify", "calculate", "regret", "lament", "speculate", "elaborate",
            "reiterate", "repeat", "proclaim", "comment", "reply", "respond"};
    /** Verbs that are also common nouns or other verbs: only their past forms attribute ("posted", "ruled"). */
    private static final String[] PAST_ONLY = {"post", "rule", "point", "charge", "brief", "detail", "quote",
            "answer", "relay", "assess", "call", "term", "dub", "label", "brand"};
    private static final String[] DENY = {"deny", "reject", "dispute", "counter", "refute", "rebut", "dismiss",
            "contradict", "rubbish", "decry", "debunk", "defend", "disavow", "disown", "repudiate", "challenge", "slam",
            "blast", "condemn", "downplay", "retract", "correct", "contest", "rebuff", "scoff"};
    private static final String[] COGNITION = {"believe", "think", "expect", "hope", "fear", "suspect", "doubt",
            "reckon", "opine"};

    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
            Map.entry("say", new String[]{"said"}), Map.entry("tell", new String[]{"told"}),
            Map.entry("write", new String[]{"wrote", "written"}), Map.entry("find", new String[]{"found"}),
            Map.entry("show", new String[]{"shown"}), Map.entry("think", new String[]{"thought"}),
            Map.entry("hold", new String[]{"held"}), Map.entry("feel", new String[]{"felt"}),
            Map.entry("know", new String[]{"knew", "known"}), Map.entry("understand", new String[]{"understood"}),
            Map.entry("forecast", new String[]{"forecast"}), Map.entry("broadcast", new String[]{"broadcast"}));

    static {
        for (String v : SAY) register(v, Sense.SAY);
        for (String v : DENY) register(v, Sense.DENY);
        for (String v : COGNITION) register(v, Sense.COGNITION);
        for (String v : PAST_ONLY) {
            for (String form : forms(v)) {
                if (form.endsWith("ed") || IRREGULAR.containsKey(v) && !form.equals(v) && !form.endsWith("s")
                        && !form.endsWith("ing")) {
                    FORMS.putIfAbsent(form, Sense.SAY);
                    LEMMAS.putIfAbsent(form, v);
                }
            }
        }
    }

    private Verbs() {
    }

    private static void register(String lemma, Sense sense) {
        for (String form : forms(lemma)) {
            FORMS.putIfAbsent(form, sense);
            LEMMAS.putIfAbsent(form, lemma);
        }
    }

    /** The lemma, its third person, past, participles: regular English spelling, then the irregular forms. */
    static Set<String> forms(String lemma) {
        java.util.Set<String> forms = new java.util.LinkedHashSet<>();
        forms.add(lemma);
        char last = lemma.charAt(lemma.length() - 1);
        char beforeLast = lemma.length() > 1 ? lemma.charAt(lemma.length() - 2) : ' ';
        boolean vowelBefore = "aeiou".indexOf(beforeLast) >= 0;
        if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x") || lemma.endsWith("z")) {
            forms.add(lemma + "es");
        } else if (last == 'y' && !vowelBefore) {
            forms.add(lemma.substring(0, lemma.length() - 1) + "ies");
        } else {
            forms.add(lemma + "s");
        }
        String stem;
        if (last == 'e') stem = lemma.substring(0, lemma.length() - 1);
        else if (last == 'y' && !vowelBefore) stem = lemma.substring(0, lemma.length() - 1) + "i";
        else stem = lemma;
        forms.add(stem + "ed");
        forms.add((last == 'e' ? lemma.substring(0, lemma.length() - 1) : lemma) + "ing");
        // one-syllable verbs ending consonant-vowel-consonant double it: "vow" does not, "rebut" does
        if (lemma.length() >= 3 && "bdgmnprt".indexOf(last) >= 0 && "aeiou".indexOf(beforeLast) >= 0
                && "aeiou".indexOf(lemma.charAt(lemma.length() - 3)) < 0) {
            forms.add(lemma + last + "ed");
            forms.add(lemma + last + "ing");
        }
        for (String f : IRREGULAR.getOrDefault(lemma, new String[0])) forms.add(f);
        return forms;
    }

    static boolean isReporting(String lowerWord) {
        return FORMS.containsKey(lowerWord);
    }

    static Sense sense(String lowerWord) {
        return FORMS.get(lowerWord);
    }

    static String lemma(String word) {
        return LEMMAS.get(word.toLowerCase(Locale.ROOT));
    }

    /** Verbs that attribute only with content after them: "found that", not "found two planets". */
    private static final Set<String> CONTENT_LEMMAS = Set.of("find", "show", "discover", "demonstrate", "establish",
            "determine", "recall", "highlight", "underline", "underscore", "publish");

    /** Lemmas that are common nouns too ("a report", "the claims"): their bare and -s forms attribute only as verbs. */
    private static final Set<String> NOUN_LIKE = Set.of("report", "claim", "state", "estimate", "forecast", "note",
            "promise", "pledge", "vow", "signal", "hint", "comment", "reply", "find", "show", "tweet", "charge",
            "project", "rule", "post", "detail", "quote", "answer", "question", "caution", "remark", "warn", "urge",
            "predict", "regret", "doubt", "fear", "hope", "suspect", "challenge", "counter", "dispute", "contest", "slam",
            "blast", "correct", "retract", "rubbish", "count", "list", "record", "account", "brief", "release");

    /** True when the form could as well be a noun, so that only a verb's part of speech makes it attribute. */
    static boolean ambiguous(String lowerWord) {
        String lemma = LEMMAS.get(lowerWord);
        if (lemma == null || !NOUN_LIKE.contains(lemma)) return false;
        return lowerWord.equals(lemma) || lowerWord.equals(lemma + "s") || lowerWord.equals(lemma + "es");
    }

    /** Verbs that attribute only words in quotation marks: "called the vote “a turning point”". */
    private static final Set<String> QUOTE_LEMMAS = Set.of("call", "term", "dub", "label", "brand", "describe");

    static boolean needsQuote(String lowerWord) {
        String lemma = LEMMAS.get(lowerWord);
        return lemma != null && QUOTE_LEMMAS.contains(lemma);
    }

    static boolean needsContent(String lowerWord) {
        String lemma = LEMMAS.get(lowerWord);
        return lemma != null && CONTENT_LEMMAS.contains(lemma);
    }

    static boolean isDenial(String lowerWord) {
        return FORMS.get(lowerWord) == Sense.DENY;
    }
}
