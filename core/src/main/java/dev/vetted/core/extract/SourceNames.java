package dev.vetted.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the noun phrase of a source into the article's entity for it: a later reference ("Finer",
 * "the Post", "he", "the company", "the spokesman") to the source named before, a new name to a new
 * entity with its kind (person, organisation, outlet, anonymous) and its title as the role.
 */
final class SourceNames {

    private static final Set<String> NOT_SOURCES = Lexicon.words("this", "that", "there", "which", "who", "i", "we",
            "you", "what", "these", "those", "one", "some", "many", "all", "most", "both", "each", "others", "other", "few",
            "none", "nobody", "everyone", "anyone", "someone", "somebody", "everybody", "why", "how", "where", "when");
    private static final Set<String> AFFILIATION = Lexicon.words("of", "from", "at", "for");
    static final Set<String> PIECES = Lexicon.words("story", "report", "article", "piece", "editorial", "reporting",
            "analysis", "investigation", "statement", "release", "tweet", "letter", "filing", "study",
            "survey", "poll", "research", "paper", "document", "documents", "memo", "interview", "broadcast");
    private static final Set<String> ORGANISATION_WORDS = Lexicon.words("house", "council", "ministry", "department",
            "office", "agency", "committee", "party", "army", "forces", "police", "court", "government", "administration",
            "university", "institute", "bank", "fund", "organization", "organisation", "union", "commission", "board",
            "group", "company", "corporation", "inc", "corp", "ltd", "llc", "plc", "co", "association", "federation",
            "service", "services", "authority", "pentagon", "kremlin", "parliament", "congress", "senate", "cabinet",
            "foundation", "center", "centre", "network", "nations", "states", "league", "club", "team", "palace",
            "clearinghouse", "bureau", "administration", "health", "public", "city", "county", "state", "district",
            "school", "schools", "hospital", "airlines", "motors", "systems", "technologies", "industries", "holdings",
            "labs", "laboratories", "partners", "capital", "energy", "pharmaceuticals", "telecom", "media", "global",
            "international", "national", "federal", "royal", "chemical", "electric", "digital", "farms", "foods", "college",
            "academy", "museum", "library", "gallery", "theatre", "theater", "church", "cathedral", "council", "ministry");

    private SourceNames() {
    }

    static Source resolve(List<Token> np, Speakers speakers, boolean assertive) {
        List<Token> words = new ArrayList<>(np);
        boolean definite = !words.isEmpty() && words.get(0).lower().equals("the");
        Source owner = ownerOfPiece(words, speakers, assertive);
        if (owner != null) return owner;
        while (!words.isEmpty() && Lexicon.DETERMINERS.contains(words.get(0).lower())) words.remove(0);
        if (words.isEmpty()) return null;
        String first = words.get(0).lower();
        if (words.size() == 1 && NOT_SOURCES.contains(first)) return null;
        if (words.size() == 1 && (Lexicon.PRONOUNS.contains(first) || first.equals("it"))) return pronoun(first, speakers, assertive);
        String last = words.get(words.size() - 1).lower();
        Source named = namedBefore(words, definite, last, speakers, assertive);
        if (named != null) return named;
        // "a Washington Post story", "the Reuters report": the outlet or body behind the piece
        if (words.size() > 1 && PIECES.contains(last)) {
            words.remove(words.size() - 1);
            last = words.get(words.size() - 1).lower();
        }
        boolean hasCapital = words.stream().anyMatch(Token::isCapitalized);
        boolean hasSourceNoun = words.stream().anyMatch(t -> Lexicon.SOURCE_NOUNS.contains(t.lower())
                || Speakers.PERSON_ROLES.contains(t.lower()) || Speakers.ORGANISATION_NOUNS.contains(t.lower()));
        if (!hasCapital && !hasSourceNoun) return null;
        Source person = titledName(words, speakers, assertive);
        if (person == null) person = affiliated(words, speakers, assertive);
        if (person == null) person = byName(words, speakers, assertive);
        if (person != null) return person;
        return asWritten(words, last, hasCapital, definite, hasSourceNoun, speakers, assertive);
    }

    /** "its release", "their statement": the owner named before; null when it is not such a phrase. */
    private static Source ownerOfPiece(List<Token> words, Speakers speakers, boolean assertive) {
        if (words.size() != 2 || !PIECES.contains(words.get(1).lower())) return null;
        String owner = words.get(0).lower();
        Source who = owner.equals("its") ? speakers.lastOrganisation()
                : owner.equals("their") ? speakers.lastGroup() != null ? speakers.lastGroup() : speakers.lastOrganisation()
                : owner.equals("his") || owner.equals("her") ? speakers.lastPerson() : null;
        return who == null ? null : who.asserting(assertive);
    }

    /** "he", "it", "they": whom the pronoun stands for, or null when nobody fits. */
    private static Source pronoun(String word, Speakers speakers, boolean assertive) {
        Source who = switch (word) {
            case "it" -> speakers.lastBody() != null ? speakers.lastBody() : speakers.organisationFor("company");
            case "they" -> speakers.lastGroup() != null ? speakers.lastGroup() : speakers.lastOrganisation();
            default -> speakers.lastPerson();
        };
        return who == null ? null : who.asserting(assertive);
    }

    /** "the company", "the spokesman": the organisation or person of that kind named before, or null. */
    private static Source namedBefore(List<Token> words, boolean definite, String last, Speakers speakers, boolean assertive) {
        if (words.size() == 1 && definite && Speakers.ORGANISATION_NOUNS.contains(last)) {
            Source org = speakers.organisationFor(last);
            if (org != null) return org.asserting(assertive);
        }
        if (words.size() <= 2 && Speakers.PERSON_ROLES.contains(last) && (definite || words.size() == 1)) {
            Source person = speakers.personWithRole(last);
            if (person != null) return person.asserting(assertive);
        }
        return null;
    }

    /** "Leader of the Opposition in the National Assembly Shahbaz Sharif": a titled phrase ending in a name, or null. */
    private static Source titledName(List<Token> words, Speakers speakers, boolean assertive) {
        int tail = words.size();
        while (tail > 0 && Speakers.isNameWord(words.get(tail - 1)) && words.size() - tail < 4) tail--;
        if (words.size() - tail >= 2 && tail > 0 && words.subList(0, tail).stream().anyMatch(t -> Lexicon.PERSON_TITLES.contains(t.lower()))
                && words.subList(0, tail).stream().anyMatch(t -> AFFILIATION.contains(t.lower()) || t.lower().equals("in"))
                && !isOrganisation(words.subList(tail, words.size())) && looksLikePersonName(words.subList(tail, words.size()))) {
            String name = Speakers.bareJoin(words.subList(tail, words.size()));
            Source known = speakers.known(name);
            return known != null ? known.asserting(assertive)
                    : new Source(name, Source.Kind.PERSON, Speakers.bareJoin(words.subList(0, tail)), assertive);
        }
        return null;
    }

    /** "Professor Mark Ellis of King's College London": the person, not the place they work; or null. */
    private static Source affiliated(List<Token> words, Speakers speakers, boolean assertive) {
        for (int k = 1; k < words.size() - 1; k++) {
            if (!AFFILIATION.contains(words.get(k).lower())) continue;
            List<Token> who = words.subList(0, k);
            String head = who.get(who.size() - 1).lower();
            Source person = Speakers.PERSON_ROLES.contains(head) && who.stream().noneMatch(Token::isCapitalized) ? null
                    : resolve(who, speakers, assertive);
            if (person != null && person.person()) return person;
            // "a spokeswoman for the regional hospital": the role and where, as written
            if (Speakers.PERSON_ROLES.contains(head)) {
                String name = Speakers.bareJoin(words);
                boolean unnamed = head.equals("official") || head.equals("source");
                return speakers.remember(new Source(name, unnamed ? Source.Kind.ANONYMOUS : Source.Kind.PERSON,
                        Speakers.bareJoin(who), assertive));
            }
            break;
        }
        return null;
    }

    /** A name at the end of the phrase, with the title or role before it; null when it is not a person's. */
    private static Source byName(List<Token> words, Speakers speakers, boolean assertive) {
        int nameStart = words.size();
        while (nameStart > 0 && Speakers.isNameWord(words.get(nameStart - 1)) && words.size() - nameStart < 4) nameStart--;
        int nameLength = words.size() - nameStart;
        String role = nameStart > 0 ? Speakers.bareJoin(words.subList(0, nameStart)) : null;
        boolean titled = nameStart > 0 && Lexicon.PERSON_TITLES.contains(words.get(nameStart - 1).lower());
        if (nameLength >= 1) {
            List<Token> name = words.subList(nameStart, words.size());
            String joined = Speakers.bareJoin(name);
            if (nameLength == 1) {
                Source byName = speakers.person(name.get(0).bare());
                if (byName != null) return byName.asserting(assertive);
                String outlet = speakers.outlet(name.get(0).bare());
                if (outlet != null && !titled) return new Source(outlet, Source.Kind.OUTLET, null, assertive);
                Source known = speakers.known(joined);
                if (known != null) return known.asserting(assertive);
                if (titled && !isOrganisation(name)) return new Source(joined, Source.Kind.PERSON, role, assertive);
            } else if (!isOrganisation(name) && looksLikePersonName(name)
                    && (titled || nameStart == 0 && (speakers.surnameStandsAlone(joined) || speakers.known(joined) != null
                    || !isOrganisationLike(name, speakers)))) {
                Source known = speakers.known(joined);
                if (known != null) {
                    // the first mention with a title gives the person's role ("Deputy Finance Minister Clara Osei")
                    if (titled && known.role() == null) return speakers.remember(new Source(known.name(), known.kind(), role, assertive));
                    return known.asserting(assertive);
                }
                Source person = new Source(joined, Source.Kind.PERSON, titled ? role : null, assertive);
                // without a title or the surname standing alone elsewhere, the name may be a company's
                if (!titled && !speakers.surnameStandsAlone(joined)) speakers.guessed(joined);
                return person;
            }
        }
        return null;
    }

    /** What is left: a known source, an outlet, unnamed people, a role, or an organisation, as written. */
    private static Source asWritten(List<Token> words, String last, boolean hasCapital, boolean definite, boolean hasSourceNoun,
                                    Speakers speakers, boolean assertive) {
        String name = Speakers.bareJoin(words);
        Source known = speakers.known(name);
        if (known != null) return known.asserting(assertive);
        String longForm = speakers.longForm(name);
        if (longForm != null) return new Source(longForm, Source.Kind.ORGANISATION, null, assertive);
        if (words.stream().anyMatch(t -> t.isCapitalized() && Lexicon.OUTLET_WORDS.contains(t.bare().toLowerCase(Locale.ROOT)))) {
            if (words.size() == 1) {
                String outlet = speakers.outlet(words.get(0).bare());
                if (outlet != null) return new Source(outlet, Source.Kind.OUTLET, null, assertive);
            }
            return new Source(name, Source.Kind.OUTLET, null, assertive);
        }
        if (isPlural(last)) {
            if (words.size() == 1 && speakers.lastGroup() != null
                    && speakers.lastGroup().name().toLowerCase(Locale.ROOT).endsWith(last)) {
                return speakers.lastGroup().asserting(assertive);
            }
            return new Source(name, Source.Kind.ANONYMOUS, null, assertive);
        }
        if (Speakers.PERSON_ROLES.contains(last)) {
            boolean unnamed = last.equals("official") || last.equals("source") || !hasCapital && !definite;
            return new Source(name, unnamed ? Source.Kind.ANONYMOUS : Source.Kind.PERSON, name, assertive);
        }
        if (!hasCapital && words.size() == 1 && !hasSourceNoun) return null;
        return new Source(name, Source.Kind.ORGANISATION, null, assertive);
    }

    private static boolean isPlural(String w) {
        if (w.equals("police") || w.equals("people") || w.equals("authorities")) return true;
        if (!w.endsWith("s") || w.endsWith("ss")) return false;
        return Lexicon.SOURCE_NOUNS.contains(w) || Speakers.PERSON_ROLES.contains(w.substring(0, w.length() - 1));
    }

    static boolean isOrganisation(List<Token> name) {
        return name.stream().anyMatch(t -> {
            String w = t.bare().toLowerCase(Locale.ROOT);
            return ORGANISATION_WORDS.contains(w) || Lexicon.OUTLET_WORDS.contains(w)
                    || t.text().contains("&") || isAcronym(t.text());
        });
    }

    /** "AT&T", "PMO", "FSIS": two or more capital letters and no small ones; an initial ("R.") is not one. */
    private static boolean isAcronym(String t) {
        return t.chars().filter(Character::isUpperCase).count() >= 2 && t.chars().noneMatch(Character::isLowerCase);
    }

    /** A name whose surname never stands alone, of a kind people are not named: probably an organisation. */
    private static boolean isOrganisationLike(List<Token> name, Speakers speakers) {
        Source known = speakers.known(Speakers.bareJoin(name));
        return known != null && !known.person();
    }

    private static boolean looksLikePersonName(List<Token> name) {
        // people's names hold no figures, acronyms or possessives ("King's College London" is a place)
        return name.size() <= 5 && name.stream().allMatch(t -> t.text().chars().noneMatch(Character::isDigit)
                && !isAcronym(t.text()) && !t.text().endsWith("'s") && !t.text().endsWith("’s"));
    }
}
