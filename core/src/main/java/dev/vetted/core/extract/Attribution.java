package dev.vetted.core.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a sentence attributes its content to: "according to X", "X said (that)", "X, who...,
 * told", "“...,” X said", "“...,” said X", "X, citing Y, reported", "claims denied by X", a
 * headline's ": X", and passive hearsay ("it is said that", "reportedly") that leans on the source
 * before. Verbs inside quotations never count; of several attributions the leftmost in the main
 * clause wins, since a later one ("..., Trend reports") relays rather than sources.
 */
final class Attribution {

    /** The outcome for one sentence: the source, the quoted words, whether the source was carried over. */
    record Found(Source source, String quote, boolean inherited, Source asserting, Nested nested, int clauseEnd) {
        Found(Source source, String quote, boolean inherited, Source asserting) {
            this(source, quote, inherited, asserting, null, -1);
        }
    }

    /**
     * A source cited inside the content ("denied a BBC report saying that ..."): its own claim runs
     * from where the piece is named to the end of the sentence.
     */
    record Nested(Source source, int start) {
    }

    private static final Set<String> SUBORDINATORS = Lexicon.words("while", "although", "though", "whereas", "despite",
            "even", "as", "if", "because", "since", "after", "before", "when", "with", "given", "amid", "following",
            "terming", "calling", "describing", "noting", "saying", "asked", "responding", "speaking", "referring");
    /** Verbs after which the speaker may follow ("..., said Finer"); never "told", whose object is the listener. */
    private static final Set<String> QUOTE_FIRST_VERBS = Lexicon.words("said", "says", "added", "adds", "wrote",
            "noted", "stated", "explained", "asked", "continued", "insisted", "emphasized", "stressed", "warned",
            "tweeted", "posted", "remarked", "declared", "claimed", "argued", "confirmed", "replied");
    private static final Pattern HEARSAY = Pattern.compile(
            "\\b(it (is|was|has been|had been) (said|reported|alleged|claimed|rumou?red|understood|suggested)|reportedly|allegedly|purportedly)\\b");
    private static final Set<String> AUTHOR_OF = Lexicon.words("by", "from", "of");
    private static final Pattern DATELINE = Pattern.compile(
            "^[A-Z][A-Za-z.'’ -]*[A-Z.](,\\s*[A-Z][A-Za-z.]+)*(,?\\s+[A-Z][a-z]{2,4}\\.?\\s+\\d{1,2})?\\s*(\\([^)]{1,40}\\))?(\\s*(—|–|--|:)\\s*|\\s+-\\s+)");

    private Attribution() {
    }

    /** Where the sentence proper starts after a dateline such as "FRANKFURT (Reuters) - " or "ISLAMABAD:". */
    static int datelineEnd(String sentence) {
        Matcher m = DATELINE.matcher(sentence);
        if (!m.find() || m.end() >= sentence.length()) return 0;
        String head = sentence.substring(0, m.end());
        // a dateline's place is written in capitals ("TUNIS:", "NEW YORK (CNNMoney) --")
        int upper = 0, letters = 0;
        for (char c : head.toCharArray()) {
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        boolean capitals = letters > 0 && upper * 3 >= letters * 2;
        boolean wire = head.contains("(");
        return capitals || wire ? m.end() : 0;
    }

    static Found find(String sentence, Source paragraphSource, Speakers speakers, boolean headline) {
        Masked masked = Masked.of(sentence);
        Tagged s = new Tagged(Token.of(masked.text()), headline, speakers);
        String quote = masked.longestQuote();
        Source explicit = headline ? headlineSource(s, speakers) : null;
        if (explicit != null) return new Found(explicit, quote, false, explicit);
        int mainStart = mainClauseStart(s);
        int[] cue = new int[1];
        Source main = search(s, mainStart, s.size(), speakers, cue);
        // "according to X" names the source, unless the main clause has a speaker who says it
        // ("According to ABC News, the minister said ...": the minister speaks, ABC relays); what
        // someone expects or believes "according to X" is X's report
        boolean spoken = main != null && Verbs.sense(s.lower(cue[0])) != Verbs.Sense.COGNITION;
        Source according = spoken ? null : accordingTo(s, speakers);
        if (according != null) return new Found(according, quote, false, according.assertive() ? according : null);
        Source subordinate = mainStart > 0 ? search(s, 0, mainStart, speakers, new int[1]) : null;
        // "While the union claimed ..., the company rejected ...": only the main clause speaks for the sentence;
        // a source in the leading clause speaks for that clause alone
        int clauseEnd = subordinate != null && main == null ? s.token(mainStart - 1).start() : -1;
        Source source = main;
        boolean inherited = false;
        if (source == null && paragraphSource != null && mayBeHearsay(masked.text())
                && HEARSAY.matcher(masked.text().toLowerCase(Locale.ROOT)).find()) {
            source = paragraphSource;
            inherited = true;
        }
        // what later hearsay ("it is said that") leans on: a source that asserted, not one that denied
        Source asserting = inherited ? null : main != null && main.assertive() ? main
                : subordinate != null && subordinate.assertive() ? subordinate : null;
        if (clauseEnd > 0) return new Found(subordinate, quote, false, subordinate.assertive() ? subordinate : null, null, clauseEnd);
        Nested nested = main == null ? null : IndirectCues.nested(s, cue[0] + 1, main, speakers);
        return new Found(source, quote, inherited, asserting, nested, -1);
    }

    /** "according to X" names the source outright, wherever it stands in the sentence. */
    private static Source accordingTo(Tagged s, Speakers speakers) {
        for (int i = 0; i + 2 < s.size(); i++) {
            if (!s.lower(i).equals("according") || !s.lower(i + 1).equals("to")) continue;
            List<Token> np = Phrases.forward(s, i + 2, s.size());
            int after = i + 2 + np.size();
            // "a report by the state auditor", "information compiled by X": the author is the source
            int by = after;
            if (by < s.size() && !s.token(by).isWord()) by = -1;
            for (int k = after; by >= 0 && k < Math.min(s.size(), after + 3); k++) {
                if (AUTHOR_OF.contains(s.lower(k)) && (np.isEmpty() || SourceNames.PIECES.contains(np.get(np.size() - 1).lower())
                        || k > after)) {
                    Source author = SourceNames.resolve(Phrases.forward(s, k + 1, s.size()), speakers, true);
                    if (author != null) return author;
                }
            }
            Source src = SourceNames.resolve(np, speakers, true);
            if (src != null) return src;
            // "according to information compiled by the Privacy Rights Clearinghouse"
            for (int k = i + 2; k < Math.min(s.size() - 1, i + 8); k++) {
                if (s.lower(k).equals("by")) {
                    Source author = SourceNames.resolve(Phrases.forward(s, k + 1, s.size()), speakers, true);
                    if (author != null) return author;
                }
            }
        }
        return null;
    }

    private static Source search(Tagged s, int from, int to, Speakers speakers, int[] cue) {
        for (int i = from; i < to; i++) {
            cue[0] = i;
            String w = s.lower(i);
            if (w.equals("citing") && i + 1 < to) {
                Source cited = SourceNames.resolve(Phrases.forward(s, i + 1, to), speakers, true);
                if (cited != null) return cited;
                continue;
            }
            boolean quoteFirst = QUOTE_FIRST_VERBS.contains(w) && i > 0 && isQuoteOrComma(s.token(i - 1));
            if (!isCue(s, i, w, quoteFirst)) continue;
            boolean assertive = !Verbs.isDenial(w);
            Source agent = agentAfterBy(s, i, to, w, speakers, assertive);
            if (agent != null) return agent;
            if (w.endsWith("ing") && i > 0 && !Phrases.SKIPPABLE.contains(s.lower(i - 1)) && !"is are was were".contains(s.lower(i - 1))) {
                Source src = IndirectCues.pieceSaying(s, i, from, speakers, assertive);
                if (src != null) return src;
                continue;
            }
            if (isPassive(s, i, from)) continue; // "the Macks were charged", "it was confirmed": no speaker before
            // "..., said the defence ministry spokesman": the speaker after the verb
            if (quoteFirst && i > 0 && s.text(i - 1).equals(",")) {
                Source after = SourceNames.resolve(Phrases.forward(s, i + 1, to), speakers, assertive);
                if (after != null) return after;
            }
            int end = Phrases.beforeVerb(s, i, from);
            List<Token> np = end >= from ? Phrases.backward(s, end, from) : List.of();
            // "a figure that the company had not predicted.": a relative clause with nothing said
            int npStart = end - np.size();
            if (!np.isEmpty() && npStart >= 0 && (s.lower(npStart).equals("that") || s.lower(npStart).equals("which"))
                    && (i + 1 >= to || !s.token(i + 1).isWord())) {
                continue;
            }
            Source src = SourceNames.resolve(subject(s, i, from, to, end, np), speakers, assertive);
            if (src != null) return src;
        }
        return IndirectCues.opinionOf(s, from, to, speakers);
    }

    /** Whether the word at {@code i} attributes what the sentence says, as it is used here. */
    private static boolean isCue(Tagged s, int i, String w, boolean quoteFirst) {
        if (!Verbs.isReporting(w) && !quoteFirst) return false;
        if (i > 0 && s.lower(i - 1).equals("to")) return false; // "to indicate", "to say"
        if (Verbs.needsQuote(w) && !quoteAfter(s, i)) return false; // "called the police" is no attribution
        if (Verbs.ambiguous(w) && !s.isVerb(i) && !s.headline()) return false; // "the Post report", "a claim"
        return !Verbs.needsContent(w) || hasContent(s, i + 1); // "NASA finds two planets"
    }

    /** "claims denied by Buckingham Palace", "reported earlier by Sky News": the agent after "by", or null. */
    private static Source agentAfterBy(Tagged s, int i, int to, String w, Speakers speakers, boolean assertive) {
        int by = i + 1;
        while (by < to && by <= i + 2 && (Phrases.isAdverb(s.token(by)) || Phrases.TIME_WORDS.contains(s.lower(by)))) by++;
        if (by + 1 < to && s.lower(by).equals("by") && (w.endsWith("ed") || PARTICIPLES.contains(w))) {
            return SourceNames.resolve(Phrases.forward(s, by + 1, to), speakers, assertive);
        }
        return null;
    }

    /** Who does the saying at verb {@code i}: the phrase before it ({@code np}), or where the sentence puts it instead. */
    private static List<Token> subject(Tagged s, int i, int from, int to, int end, List<Token> np) {
        String w = s.lower(i);
        if (np.isEmpty() && QUOTE_FIRST_VERBS.contains(w) && i > 0 && isQuoteOrComma(s.token(i - 1))) {
            np = Phrases.forward(s, i + 1, to); // “...,” said Jonathan Finer
        }
        // "Sky News, which said ...": the relative pronoun stands for the name before its comma
        if (np.size() == 1 && (np.get(0).lower().equals("which") || np.get(0).lower().equals("who"))) {
            int comma = end - 1;
            if (comma > from && s.text(comma).equals(",")) np = Phrases.backward(s, comma - 1, from);
        }
        // "Police haven't identified the suspects, but said ...": the verb shares the sentence's subject
        if (np.isEmpty() && end >= from && (s.lower(end).equals("but") || s.lower(end).equals("and"))
                && end - 1 > from && s.text(end - 1).equals(",")) {
            np = Phrases.forward(s, from, end - 1);
            if (np.size() == end - 1 - from) np = List.of();
        }
        return np;
    }

    private static boolean quoteAfter(Tagged s, int verb) {
        for (int k = verb + 1; k < s.size(); k++) {
            String t = s.text(k);
            if (t.equals("“") || t.equals("\"")) return true;
        }
        return false;
    }

    private static final Set<String> CONTENT_OPENERS = Lexicon.words("that", "how", "what", "whether", "why", "when",
            "where", "who", "which");

    /** "found that ...", "showed how ...", or nothing after ("..., the study shows."). */
    private static boolean hasContent(Tagged s, int next) {
        if (next >= s.size()) return true;
        Token t = s.token(next);
        return !t.isWord() || CONTENT_OPENERS.contains(t.lower());
    }

    private static final Set<String> PARTICIPLES = Lexicon.words("said", "told", "found", "shown", "held", "known",
            "thought", "understood", "written", "seen");
    static final Set<String> BE = Lexicon.words("is", "are", "was", "were", "be", "been", "being");

    /** "were charged", "was confirmed", "has been reported": the verb's subject is not its speaker. */
    private static boolean isPassive(Tagged s, int verb, int from) {
        if (!s.lower(verb).endsWith("ed") && !PARTICIPLES.contains(s.lower(verb))) return false;
        for (int k = verb - 1; k >= from && k >= verb - 3; k--) {
            String w = s.lower(k);
            if (BE.contains(w)) return true;
            if (!Phrases.isAdverb(s.token(k)) && !w.equals("not") && !w.equals("also")) return false;
        }
        return false;
    }

    /** A headline's source after its last colon: "Death toll rises to 35: govt". */
    private static Source headlineSource(Tagged s, Speakers speakers) {
        for (int i = s.size() - 2; i >= Math.max(0, s.size() - 5); i--) {
            if (!s.text(i).equals(":")) continue;
            Source src = SourceNames.resolve(Phrases.forward(s, i + 1, s.size()), speakers, true);
            if (src != null) return src;
            // the convention itself says who: "...: govt", "...: police"
            List<Token> rest = s.tokens().subList(i + 1, s.size());
            if (!rest.isEmpty() && rest.size() <= 3 && rest.stream().allMatch(Token::isWord)) {
                return new Source(Speakers.bareJoin(rest), Source.Kind.ORGANISATION, null, true);
            }
            return null;
        }
        return null;
    }

    private static boolean mayBeHearsay(String s) {
        return s.contains("reportedly") || s.contains("allegedly") || s.contains("purportedly")
                || s.contains("t is ") || s.contains("t was ") || s.contains("t has been") || s.contains("t had been");
    }

    private static boolean isQuoteOrComma(Token t) {
        return ",”\"’'".contains(t.text());
    }

    private static int mainClauseStart(Tagged s) {
        if (s.size() == 0 || !SUBORDINATORS.contains(s.lower(0))) return 0;
        for (int i = 1; i < s.size(); i++) {
            if (s.text(i).equals(",")) return i + 1;
        }
        return 0;
    }

    /**
     * True when the sentence opens with quoted speech: a quote mark before any word, and a
     * quotation of several words (a quoted title such as “Unapologetic,” is not speech).
     */
    static boolean opensWithSpeech(String sentence) {
        int open = -1;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '“' || c == '"') {
                open = i;
                break;
            }
            if (Character.isLetterOrDigit(c)) return false;
        }
        if (open < 0) return false;
        int close = sentence.indexOf(sentence.charAt(open) == '“' ? '”' : '"', open + 1);
        String quoted = close < 0 ? sentence.substring(open + 1) : sentence.substring(open + 1, close);
        return PageFurniture.words(quoted) >= 4;
    }

}
