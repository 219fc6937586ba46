package dev.vetted.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The noun phrase that names a source, read backwards from its verb ("Deputy National Security
 * Advisor Jonathan Finer said") or forwards after it ("said Jonathan Finer", "according to the
 * state auditor"). Parts of speech decide which capitalised words can be part of a name, so a
 * sentence-opening "While" or a verb in title case is never a speaker.
 */
final class Phrases {

    static final Set<String> SKIPPABLE = Lexicon.words("has", "have", "had", "was", "were", "is", "are", "also",
            "later", "then", "again", "once", "would", "will", "did", "does", "do", "previously", "recently",
            "earlier", "repeatedly", "publicly", "privately", "still", "already", "further", "separately",
            "initially", "subsequently", "first", "last", "now", "reportedly", "allegedly", "even", "not", "never",
            "both", "has", "been", "had", "may", "might", "could", "can", "should", "would", "quickly", "strongly",
            "flatly", "categorically", "firmly", "swiftly", "formally", "officially", "ultimately", "finally", "yet",
            "haven't", "hasn't", "hadn't", "didn't", "doesn't", "don't", "won't", "wouldn't", "couldn't", "can't",
            "cannot", "isn't", "aren't", "wasn't", "weren't", "haven’t", "hasn’t", "hadn’t", "didn’t", "doesn’t",
            "don’t", "won’t", "wouldn’t", "couldn’t", "can’t", "isn’t", "aren’t", "wasn’t", "weren’t");
    static final Set<String> TIME_WORDS = Lexicon.words("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night",
            "week", "weekend", "month", "year", "earlier", "later", "recently", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "day", "hours");
    private static final Set<String> TIME_OPENERS = Lexicon.words("on", "last", "this", "late", "early", "earlier",
            "in", "at", "the", "a", "next", "that", "of", "same", "on", "during", "over");
    /** Prepositions of a phrase between a speaker and its verb ("Farah in a statement disputed"). */
    private static final Set<String> ASIDE_OPENERS = Lexicon.words("in", "on", "at", "during", "via", "through",
            "after", "before", "while", "when", "speaking", "citing", "with", "following", "under", "without");
    /** Parts of speech a capitalised word inside a sentence cannot have as part of a name. */
    private static final Set<String> NOT_NAME_TAGS = Set.of("SCONJ", "CCONJ", "ADP", "DET", "PRON", "AUX", "PART");
    /** At a sentence's start capitals say nothing, so only the tagger's proper nouns are names there. */
    private static final Set<String> OPENING_NAME_TAGS = Set.of("PROPN", "X", "INTJ", "NUM", "SYM");

    private Phrases() {
    }

    /** Where the speaker's phrase ends before a verb: past adverbs, auxiliaries, times and asides. */
    static int beforeVerb(Tagged s, int verb, int from) {
        int j = verb - 1;
        for (int guard = 0; guard < 6 && j >= from; guard++) {
            int before = j;
            while (j >= from && (SKIPPABLE.contains(s.lower(j)) || isAdverb(s.token(j)))) j--;
            j = skipTime(s, j, from);
            j = skipAside(s, j, from);
            j = skipAppositiveComma(s, j, from);
            // "Prime Minister's Office (PMO) has": the abbreviation in brackets
            if (j > from + 2 && s.text(j).equals(")") && s.text(j - 2).equals("(")) j -= 3;
            if (j == before) break;
        }
        return j;
    }

    /** "..., Catherine Barrera, told": the comma closing a name set off by commas. */
    private static int skipAppositiveComma(Tagged s, int j, int from) {
        if (j <= from || !s.text(j).equals(",")) return j;
        int k = j - 1;
        int names = 0;
        while (k >= from && nameLike(s, k)) {
            k--;
            names++;
        }
        boolean setOff = k >= from && s.text(k).equals(",") && names >= 2 && names <= 4;
        // "Lydia Buchtmann for Food Standards Australia, says": a name that opens the sentence
        boolean opens = names >= 1 && backward(s, j - 1, from).size() == j - from;
        return setOff || opens ? j - 1 : j;
    }

    private static int skipTime(Tagged s, int j, int from) {
        if (j < from) return j;
        boolean time = TIME_WORDS.contains(s.lower(j)) || isDateNumber(s, j);
        if (!time) return j;
        int k = j - 1;
        while (k >= from && (TIME_WORDS.contains(s.lower(k)) || TIME_OPENERS.contains(s.lower(k)) || isDateNumber(s, k) || s.text(k).equals(","))) {
            if (s.text(k).equals(",") && k - 1 >= from && !TIME_WORDS.contains(s.lower(k - 1))) break;
            k--;
        }
        return k;
    }

    private static boolean isDateNumber(Tagged s, int j) {
        String t = s.text(j);
        return Character.isDigit(t.charAt(0)) && t.length() <= 4 && j > 0 && TIME_WORDS.contains(s.lower(j - 1));
    }

    /** ", in a statement," or "in a statement" between the speaker and the verb. */
    private static int skipAside(Tagged s, int j, int from) {
        if (j < from) return j;
        if (s.text(j).equals(",")) {
            for (int k = j - 1; k >= from && k >= j - 9; k--) {
                if (s.text(k).equals(",")) {
                    if (ASIDE_OPENERS.contains(s.lower(k + 1))) return k - 1;
                    break;
                }
            }
            return j;
        }
        // a name right before the verb is the speaker, not the end of an aside ("... in the Senate Maria Torres said")
        if (nameLike(s, j)) return j;
        for (int k = j; k >= from && k >= j - 5; k--) {
            if (s.text(k).equals(",")) break;
            if (ASIDE_OPENERS.contains(s.lower(k)) && k - 1 >= from && s.token(k - 1).isWord()
                    && (s.token(k - 1).isCapitalized() || Lexicon.SOURCE_NOUNS.contains(s.lower(k - 1)))) {
                boolean plain = true;
                for (int m = k + 1; m <= j; m++) if (s.isVerb(m)) plain = false;
                if (plain) return k - 1;
            }
        }
        return j;
    }

    /** The noun phrase that ends at {@code end} (inclusive), read backwards, never before {@code from}. */
    static List<Token> backward(Tagged s, int end, int from) {
        List<Token> np = new ArrayList<>();
        int modifiers = 0;
        int j = end;
        while (j >= from) {
            Token t = s.token(j);
            if (!t.isWord()) break;
            String w = t.lower();
            if (Lexicon.NAME_JOINERS.contains(w) || AFFILIATIONS.contains(w)) {
                boolean leftName = j - 1 >= from && s.token(j - 1).isCapitalized();
                if (leftName && !np.isEmpty() && np.get(0).isCapitalized() && Lexicon.NAME_JOINERS.contains(w)) {
                    np.add(0, t);
                    j--;
                    continue;
                }
                // "a spokeswoman for the hospital", "Dr. Anita Sharma of the city hospital": the person and where they work
                if (!np.isEmpty() && AFFILIATIONS.contains(w) && j - 1 >= from && (leftName || isRoleWord(s.lower(j - 1)))) {
                    np.add(0, t);
                    j--;
                    continue;
                }
                break;
            }
            boolean allowed = isSourceWord(s, j, w, np.isEmpty());
            // a plain modifier of a source noun: "the state auditor", "the transport ministry"
            if (!allowed && !np.isEmpty() && modifiers < 2 && isSourceHead(np) && isPlainWord(s, j)
                    && (j == from || opensPhrase(s, j - 1))) {
                allowed = true;
                modifiers++;
            }
            if (!allowed) break;
            np.add(0, t);
            boolean afterAffiliation = j - 1 >= from && AFFILIATIONS.contains(s.lower(j - 1)) && j - 2 >= from
                    && (s.token(j - 2).isCapitalized() || isRoleWord(s.lower(j - 2)));
            if ((Lexicon.DETERMINERS.contains(w) && !afterAffiliation) || Lexicon.PRONOUNS.contains(w) || w.equals("it")) break;
            j--;
        }
        return np;
    }

    /** A word a source's name or description is made of: names, source nouns, titles, roles, determiners. */
    private static boolean isSourceWord(Tagged s, int j, String w, boolean last) {
        return nameLike(s, j) || Lexicon.SOURCE_NOUNS.contains(w) || Lexicon.SOURCE_MODIFIERS.contains(w)
                || Lexicon.TITLE_WORDS.contains(w) || Lexicon.DETERMINERS.contains(w) || Lexicon.PRONOUNS.contains(w)
                || Lexicon.QUANTIFIERS.contains(w) || isRoleWord(w) || Speakers.ORGANISATION_NOUNS.contains(w)
                || (last && (w.equals("it") || SourceNames.PIECES.contains(w)));
    }

    /** The noun phrase that starts at {@code start}, read forwards, before {@code to}. */
    static List<Token> forward(Tagged s, int start, int to) {
        List<Token> np = new ArrayList<>();
        for (int j = start; j < to; j++) {
            Token t = s.token(j);
            if (!t.isWord()) break;
            String w = t.lower();
            Token next = j + 1 < to ? s.token(j + 1) : null;
            boolean ok = nameLike(s, j) || Lexicon.SOURCE_NOUNS.contains(w) || Lexicon.SOURCE_MODIFIERS.contains(w)
                    || Lexicon.TITLE_WORDS.contains(w) || (np.isEmpty() && Lexicon.DETERMINERS.contains(w))
                    || Lexicon.QUANTIFIERS.contains(w) || Speakers.PERSON_ROLES.contains(w)
                    || (Lexicon.NAME_JOINERS.contains(w) && !np.isEmpty() && next != null && next.isCapitalized())
                    // a plain modifier before a title or a source: "transport chief Tom Okafor"
                    || (isPlainWord(s, j) && next != null && (Lexicon.TITLE_WORDS.contains(next.lower())
                    || Lexicon.SOURCE_NOUNS.contains(next.lower())));
            if (!ok) break;
            np.add(t);
        }
        return np;
    }

    private static final Set<String> AFFILIATIONS = Lexicon.words("of", "for", "at", "in");

    /** A role noun, singular or plural ("spokesman", "authors"). */
    private static boolean isRoleWord(String w) {
        return Speakers.PERSON_ROLES.contains(w) || w.endsWith("s") && Speakers.PERSON_ROLES.contains(w.substring(0, w.length() - 1))
                || Lexicon.SOURCE_NOUNS.contains(w) && !w.endsWith("s");
    }

    /** A capitalised word the tagger does not take for a verb, conjunction, adverb or preposition. */
    static boolean nameLike(Tagged s, int i) {
        return nameLike(s, i, false);
    }

    /**
     * With {@code strictOpening}, a sentence's first word is a name only as the tagger's proper noun
     * or with another capitalised word after it ("Revenue was" names no one); before a reporting
     * verb ("Whitmore stated") the verb itself says a source stands there.
     */
    static boolean nameLike(Tagged s, int i, boolean strictOpening) {
        Token t = s.token(i);
        if (!t.isWord() || !t.isCapitalized()) return false;
        if (t.text().chars().filter(Character::isUpperCase).count() > 1) return true; // AT&T, KATU-TV, WHO, McCarthy
        if (Speakers.NOT_NAMES.contains(t.lower())) return false;
        if (s.knownName(i)) return true;
        boolean opening = i == 0 || !s.token(i - 1).isWord() && (i == 1 || s.text(i - 1).equals(":"));
        if (s.headline()) return !NOT_NAME_TAGS.contains(s.tag(i)) && !Verbs.isReporting(t.lower());
        // inside a sentence a capital marks a name (function words are ruled out above), with no tagger needed;
        // at its start, a word the article also capitalises inside a sentence is a name
        if (!opening || s.capitalisedInside(i)) return true;
        if (!strictOpening) return !NOT_NAME_TAGS.contains(s.tag(i));
        // a name of several capitalised words may open a sentence ("Norwood Foods said"), a lone common noun not
        boolean nextCapitalised = i + 1 < s.size() && s.token(i + 1).isWord() && s.token(i + 1).isCapitalized()
                && !NOT_NAME_TAGS.contains(s.tag(i + 1));
        return OPENING_NAME_TAGS.contains(s.tag(i)) || nextCapitalised && !NOT_NAME_TAGS.contains(s.tag(i));
    }

    private static boolean isSourceHead(List<Token> np) {
        String head = np.get(np.size() - 1).lower();
        return Lexicon.SOURCE_NOUNS.contains(head) || Speakers.PERSON_ROLES.contains(head) || Speakers.ORGANISATION_NOUNS.contains(head);
    }

    static boolean isPlainWord(Tagged s, int i) {
        Token t = s.token(i);
        return t.isWord() && !t.isCapitalized() && t.text().chars().allMatch(Character::isLetter)
                && !Verbs.isReporting(t.lower()) && !SKIPPABLE.contains(t.lower())
                && ("NOUN".equals(s.tag(i)) || "ADJ".equals(s.tag(i)) || "PROPN".equals(s.tag(i)));
    }

    private static boolean opensPhrase(Tagged s, int i) {
        Token t = s.token(i);
        String w = t.lower();
        return Lexicon.DETERMINERS.contains(w) || Lexicon.QUANTIFIERS.contains(w) || t.isCapitalized() || !t.isWord()
                || isPlainWord(s, i);
    }

    static boolean isAdverb(Token t) {
        String w = t.lower();
        return w.length() > 4 && w.endsWith("ly") && !t.isCapitalized();
    }
}
