package dev.vetted.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a sentence attributes its content to: "according to X", "X said (that)", "X, who...,
 * told", "“...,” X said", "“...,” said X", "X clarified on X that", and passive hearsay ("it is
 * said that", "reportedly") that leans on the source of the sentences before. Verbs inside
 * quotations never count, and the main clause wins over a leading "While ..." clause.
 */
final class Attribution {

    /** The outcome for one sentence. */
    record Found(Source source, String quote, boolean inherited, Source asserting) {
    }

    private static final Set<String> SKIPPABLE = Lexicon.words("has", "have", "had", "was", "were", "is", "are", "also",
            "later", "then", "again", "once", "would", "will", "did", "does", "do", "had", "previously", "recently",
            "earlier", "repeatedly", "publicly", "privately", "still", "already", "further", "separately",
            "initially", "subsequently", "first", "last", "now", "reportedly", "allegedly", "even", "not", "never",
            "both");
    private static final Set<String> SUBORDINATORS = Lexicon.words("while", "although", "though", "whereas", "despite",
            "even", "as", "if", "because", "since", "after", "before", "when", "with", "given", "amid", "following");
    private static final Set<String> QUOTE_FIRST_VERBS = Lexicon.words("said", "says", "added", "told", "wrote", "noted",
            "stated", "explained", "asked", "continued", "insisted", "emphasized", "stressed", "warned", "tweeted",
            "posted", "remarked", "declared");
    private static final Pattern HEARSAY = Pattern.compile(
            "\\b(it (is|was|has been|had been) (said|reported|alleged|claimed|rumou?red|understood|suggested)|reportedly|allegedly|purportedly)\\b");
    private static final Set<String> NOT_SOURCES = Lexicon.words("it", "this", "that", "there", "which", "who", "i",
            "we", "you");
    private static final Set<String> AUTHOR_OF = Lexicon.words("by", "from", "of");
    private static final Set<String> AFFILIATION = Lexicon.words("of", "from", "at");
    private static final Set<String> PIECES = Lexicon.words("story", "report", "article", "piece", "editorial",
            "reporting", "analysis", "investigation", "statement");
    private static final Pattern APPOSITIVE = Pattern.compile(",\\s+(including|such as|who|which|among them)\\b[^,]*,"
            + "|,\\s+(a|an|the)\\s+[a-z][^,]{0,80},(?=\\s+(said|says|told|added|stated|argued|warned|noted|insisted|explained|cautioned)\\b)");
    /** What describes an anonymous source between it and its verb ("sources familiar with the talks told"). */
    private static final Pattern SOURCE_DESCRIPTION = Pattern.compile(
            "\\b(familiar with|close to|with (direct )?knowledge of|briefed on|involved in|speaking on condition of anonymity|"
                    + "who asked not to be (named|identified)|who spoke on condition of anonymity)\\b((\\s+[\\w’'-]+){0,4}?)"
                    + "(?=,?\\s+(told|said|say|says|stated|confirmed|reported|added|warned|insisted)\\b)");
    private static final Pattern DATELINE = Pattern.compile(
            "^[A-Z][A-Z.'’ -]+(,\\s*[A-Z][A-Za-z.]+)*\\s*(\\([^)]{1,40}\\))?\\s*[-–—]+\\s*");

    private Attribution() {
    }

    /** Where the sentence proper starts after a dateline such as "FRANKFURT (Reuters) - ". */
    static int datelineEnd(String sentence) {
        Matcher m = DATELINE.matcher(sentence);
        return m.find() && m.end() < sentence.length() ? m.end() : 0;
    }

    static Found find(String sentence, Source paragraphSource, SpeakerMemory memory) {
        Masked masked = Masked.of(sentence);
        List<Token> tokens = Token.of(masked.text);
        Source explicit = accordingTo(tokens, memory);
        if (explicit != null) return new Found(explicit, masked.longestQuote(), false, explicit);
        int mainStart = mainClauseStart(tokens);
        Source main = search(tokens, mainStart, tokens.size(), memory);
        Source subordinate = mainStart > 0 ? search(tokens, 0, mainStart, memory) : null;
        Source source = main != null ? main : subordinate;
        boolean inherited = false;
        if (source == null && paragraphSource != null && mayBeHearsay(masked.text)
                && HEARSAY.matcher(masked.text.toLowerCase(Locale.ROOT)).find()) {
            source = paragraphSource;
            inherited = true;
        }
        // what later hearsay ("it is said that") leans on: a source that asserted, not one that denied
        Source asserting = inherited ? null
                : main != null && main.assertive() ? main
                : subordinate != null && subordinate.assertive() ? subordinate : null;
        return new Found(source, masked.longestQuote(), inherited, asserting);
    }

    /** "according to X" names the source outright, wherever it stands in the sentence. */
    private static Source accordingTo(List<Token> tokens, SpeakerMemory memory) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!tokens.get(i).lower().equals("according") || !tokens.get(i + 1).lower().equals("to")) continue;
            List<Token> np = forwardPhrase(tokens, i + 2, tokens.size());
            int after = i + 2 + np.size();
            // "a report by the state auditor": the author of the piece is the source
            if (!np.isEmpty() && PIECES.contains(np.get(np.size() - 1).lower()) && after + 1 < tokens.size()
                    && AUTHOR_OF.contains(tokens.get(after).lower())) {
                List<Token> author = forwardPhrase(tokens, after + 1, tokens.size());
                Source s = toSource(author, memory, true);
                if (s != null) return s;
            }
            Source s = toSource(np, memory, true);
            if (s != null) return s;
        }
        return null;
    }

    private static Source search(List<Token> tokens, int from, int to, SpeakerMemory memory) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            String w = t.lower();
            if (!Lexicon.REPORTING_VERBS.contains(w)) continue;
            if (i > 0 && tokens.get(i - 1).lower().equals("to")) continue; // "to indicate", "to say"
            List<Token> np = backwardPhrase(tokens, i, from);
            if (np.isEmpty() && QUOTE_FIRST_VERBS.contains(w) && i > 0 && isQuoteOrComma(tokens.get(i - 1))) {
                np = forwardPhrase(tokens, i + 1, to); // “...,” said Jonathan Finer
            }
            Source s = toSource(np, memory, !Lexicon.DENIALS.contains(w));
            if (s != null) return s;
        }
        return null;
    }

    /** The noun phrase just before a verb, over adverbs and auxiliaries ("Finer confidently stated"). */
    private static List<Token> backwardPhrase(List<Token> tokens, int verb, int from) {
        int j = verb - 1;
        while (j >= from && (SKIPPABLE.contains(tokens.get(j).lower()) || isAdverb(tokens.get(j)))) j--;
        List<Token> np = new ArrayList<>();
        int modifiers = 0;
        while (j >= from) {
            Token t = tokens.get(j);
            if (!t.isWord()) break;
            String w = t.lower();
            if (Lexicon.NAME_JOINERS.contains(w)) {
                if (j - 1 >= from && tokens.get(j - 1).isCapitalized() && !np.isEmpty() && np.get(0).isCapitalized()) {
                    np.add(0, t);
                    j--;
                    continue;
                }
                break;
            }
            boolean allowed = t.isCapitalized() || Lexicon.SOURCE_NOUNS.contains(w) || Lexicon.SOURCE_MODIFIERS.contains(w)
                    || Lexicon.TITLE_WORDS.contains(w) || Lexicon.DETERMINERS.contains(w) || Lexicon.PRONOUNS.contains(w)
                    || Lexicon.QUANTIFIERS.contains(w);
            // a plain modifier of a source noun: "the state auditor", "the transport ministry"
            if (!allowed && !np.isEmpty() && modifiers < 2 && isSourceHead(np) && isPlainWord(t)
                    && (j == from || opensPhrase(tokens.get(j - 1)))) {
                allowed = true;
                modifiers++;
            }
            if (!allowed) break;
            np.add(0, t);
            if (Lexicon.DETERMINERS.contains(w) || Lexicon.PRONOUNS.contains(w)) break;
            j--;
        }
        return np;
    }

    private static List<Token> forwardPhrase(List<Token> tokens, int start, int to) {
        List<Token> np = new ArrayList<>();
        for (int j = start; j < to; j++) {
            Token t = tokens.get(j);
            if (!t.isWord()) break;
            String w = t.lower();
            Token next = j + 1 < to ? tokens.get(j + 1) : null;
            boolean ok = t.isCapitalized() || Lexicon.SOURCE_NOUNS.contains(w) || Lexicon.SOURCE_MODIFIERS.contains(w)
                    || Lexicon.TITLE_WORDS.contains(w) || (np.isEmpty() && Lexicon.DETERMINERS.contains(w))
                    || Lexicon.QUANTIFIERS.contains(w)
                    || (Lexicon.NAME_JOINERS.contains(w) && !np.isEmpty() && next != null && next.isCapitalized())
                    // a plain modifier before a title or a source: "transport chief Tom Okafor"
                    || (isPlainWord(t) && next != null && (Lexicon.TITLE_WORDS.contains(next.lower())
                    || Lexicon.SOURCE_NOUNS.contains(next.lower())));
            if (!ok) break;
            np.add(t);
        }
        return np;
    }

    /** Turns a noun phrase into a source, resolving later references; null when it names no source. */
    static Source toSource(List<Token> np, SpeakerMemory memory, boolean assertive) {
        List<Token> words = new ArrayList<>(np);
        while (!words.isEmpty() && Lexicon.DETERMINERS.contains(words.get(0).lower())) words.remove(0);
        if (words.isEmpty()) return null;

        if (words.size() == 1 && NOT_SOURCES.contains(words.get(0).lower())) {
            return null;
        }
        if (words.size() == 1 && Lexicon.PRONOUNS.contains(words.get(0).lower())) {
            String w = words.get(0).lower();
            String who = w.equals("they") ? (memory.lastGroup() != null ? memory.lastGroup() : memory.lastPerson())
                    : memory.lastPerson();
            if (who == null) return null;
            return new Source(who, w.equals("they") && memory.lastGroup() != null ? Source.Kind.GROUP : Source.Kind.PERSON, assertive);
        }

        // "a Washington Post story", "the Reuters report": the outlet behind the piece
        String lastWord = words.get(words.size() - 1).lower();
        if (words.size() > 1 && PIECES.contains(lastWord)) {
            words.remove(words.size() - 1);
        }
        boolean hasCapital = words.stream().anyMatch(Token::isCapitalized);
        boolean hasSourceNoun = words.stream().anyMatch(t -> Lexicon.SOURCE_NOUNS.contains(t.lower()));
        if (!hasCapital && !hasSourceNoun) return null;

        // "Professor Mark Ellis of King's College London": the person, not the place they work
        for (int k = 1; k < words.size() - 1; k++) {
            if (!AFFILIATION.contains(words.get(k).lower())) continue;
            Source person = toSource(words.subList(0, k), memory, assertive);
            if (person != null && person.person()) return person;
            break;
        }

        // a person: the name after any title words
        int nameStart = words.size();
        while (nameStart > 0 && SpeakerMemory.isNameWord(words.get(nameStart - 1)) && words.size() - nameStart < 4) nameStart--;
        int nameLength = words.size() - nameStart;
        boolean titled = nameStart > 0 && Lexicon.PERSON_TITLES.contains(words.get(nameStart - 1).lower());
        if (nameLength >= 1) {
            List<Token> name = words.subList(nameStart, words.size());
            String joined = bareJoin(name);
            if (nameLength == 1) {
                String full = memory.person(name.get(0).bare());
                if (full != null) return new Source(full, Source.Kind.PERSON, assertive);
                String outlet = memory.outlet(name.get(0).bare());
                if (outlet != null && !titled) return new Source(outlet, Source.Kind.OUTLET, assertive);
                if (titled) return new Source(joined, Source.Kind.PERSON, assertive);
            } else if (!isOrganisation(name) && (titled || nameStart == 0) && looksLikePersonName(name)) {
                return new Source(joined, Source.Kind.PERSON, assertive);
            }
        }

        String name = bareJoin(words);
        if (words.stream().anyMatch(t -> t.isCapitalized() && Lexicon.OUTLET_WORDS.contains(t.lower()))) {
            if (words.size() == 1) {
                String outlet = memory.outlet(words.get(0).bare());
                if (outlet != null) return new Source(outlet, Source.Kind.OUTLET, assertive);
            }
            return new Source(name, Source.Kind.OUTLET, assertive);
        }
        if (isPluralSourceNoun(lastWord)) {
            if (words.size() == 1 && memory.lastGroup() != null
                    && memory.lastGroup().toLowerCase(Locale.ROOT).endsWith(lastWord)) {
                return new Source(memory.lastGroup(), Source.Kind.GROUP, assertive);
            }
            return new Source(name, Source.Kind.GROUP, assertive);
        }
        if (!hasCapital && words.size() == 1 && !hasSourceNoun) return null;
        return new Source(name, Source.Kind.BODY, assertive);
    }

    private static boolean isPluralSourceNoun(String w) {
        return Lexicon.SOURCE_NOUNS.contains(w) && w.endsWith("s") && !w.endsWith("ss") || w.equals("police") || w.equals("people");
    }

    private static final Set<String> ORGANISATION_WORDS = Lexicon.words("house", "council", "ministry", "department", "office",
            "agency", "committee", "party", "army", "forces", "police", "court", "government", "administration",
            "hamas", "hezbollah", "university", "institute", "bank", "fund", "organization", "organisation", "union",
            "commission", "board", "group", "company", "corporation", "inc", "corp", "ltd", "association", "federation",
            "service", "services", "authority", "pentagon", "kremlin", "parliament", "congress", "senate", "cabinet",
            "foundation", "center", "centre", "network", "nations", "states", "league", "club", "team");

    private static boolean isOrganisation(List<Token> name) {
        return name.stream().anyMatch(t -> ORGANISATION_WORDS.contains(t.bare().toLowerCase(Locale.ROOT))
                || Lexicon.OUTLET_WORDS.contains(t.bare().toLowerCase(Locale.ROOT)));
    }

    private static boolean looksLikePersonName(List<Token> name) {
        return name.size() <= 4 && name.stream().allMatch(t -> t.text().chars().noneMatch(Character::isDigit)
                && !t.text().equals(t.text().toUpperCase(Locale.ROOT)));
    }

    private static String bareJoin(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) b.append(' ');
            b.append(i == tokens.size() - 1 ? tokens.get(i).bare() : tokens.get(i).text());
        }
        return b.toString();
    }

    private static boolean mayBeHearsay(String s) {
        return s.contains("reportedly") || s.contains("allegedly") || s.contains("purportedly")
                || s.contains("t is ") || s.contains("t was ") || s.contains("t has been") || s.contains("t had been");
    }

    private static boolean isSourceHead(List<Token> np) {
        Token head = np.get(np.size() - 1);
        return Lexicon.SOURCE_NOUNS.contains(head.lower());
    }

    private static boolean isPlainWord(Token t) {
        return t.isWord() && !t.isCapitalized() && t.text().chars().allMatch(Character::isLetter)
                && !Lexicon.REPORTING_VERBS.contains(t.lower()) && !SKIPPABLE.contains(t.lower());
    }

    private static boolean opensPhrase(Token t) {
        String w = t.lower();
        return Lexicon.DETERMINERS.contains(w) || Lexicon.QUANTIFIERS.contains(w) || t.isCapitalized() || !t.isWord()
                || isPlainWord(t);
    }

    private static boolean isAdverb(Token t) {
        String w = t.lower();
        return w.length() > 4 && w.endsWith("ly") && !t.isCapitalized();
    }

    private static boolean isQuoteOrComma(Token t) {
        return ",”\"’'".contains(t.text());
    }

    private static int mainClauseStart(List<Token> tokens) {
        if (tokens.isEmpty() || !SUBORDINATORS.contains(tokens.get(0).lower())) return 0;
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(",")) return i + 1;
        }
        return 0;
    }

    /** The sentence with quoted words and appositives blanked out, keeping every offset. */
    private record Masked(String text, List<String> quotes) {

        static Masked of(String sentence) {
            char[] chars = sentence.toCharArray();
            List<String> quotes = new ArrayList<>();
            int open = -1;
            char opener = 0;
            for (int i = 0; i < chars.length; i++) {
                char c = chars[i];
                if (open < 0 && (c == '“' || (c == '"' && (i == 0 || !Character.isLetterOrDigit(chars[i - 1]))))) {
                    open = i;
                    opener = c;
                } else if (open >= 0 && ((opener == '“' && c == '”') || (opener == '"' && c == '"'))) {
                    String quoted = sentence.substring(open + 1, i).strip();
                    if (!quoted.isEmpty()) quotes.add(quoted);
                    for (int k = open + 1; k < i; k++) chars[k] = ' ';
                    open = -1;
                }
            }
            StringBuilder b = new StringBuilder(new String(chars));
            // the patterns are costly; cheap checks first keep extraction fast on long articles
            if (b.indexOf(", ") >= 0) blank(b, APPOSITIVE);
            if (b.indexOf("familiar") >= 0 || b.indexOf("close to") >= 0 || b.indexOf("knowledge") >= 0
                    || b.indexOf("briefed") >= 0 || b.indexOf("involved") >= 0 || b.indexOf("anonymity") >= 0
                    || b.indexOf("asked not") >= 0) {
                blank(b, SOURCE_DESCRIPTION);
            }
            if (b.length() > 1 && Character.isUpperCase(b.charAt(0)) && Character.isUpperCase(b.charAt(1))) blank(b, DATELINE);
            return new Masked(b.toString(), quotes);
        }

        private static void blank(StringBuilder b, Pattern pattern) {
            Matcher m = pattern.matcher(b);
            while (m.find()) {
                for (int k = m.start(); k < m.end(); k++) b.setCharAt(k, ' ');
            }
        }

        String longestQuote() {
            String best = null;
            for (String q : quotes) {
                String clean = q.replaceAll("[,.;:]+$", "").strip();
                if (clean.isEmpty()) continue;
                if (best == null || clean.length() > best.length()) best = clean;
            }
            return best;
        }
    }
}
