package dev.vetted.core.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sources of one article as entities: every mention of one source ("Deputy National Security
 * Advisor Jonathan Finer", "Finer", "he"; "Western Digital", "the company", "it") resolves to one
 * canonical name with its kind and role. Mentions are learned in reading order, so a pronoun or a
 * role noun means the entity of that kind mentioned last.
 */
final class Speakers {

    private final Map<String, Source> personsBySurname = new HashMap<>();
    private final Map<String, Source> byName = new java.util.LinkedHashMap<>();
    private final Set<String> guessedPersons = new HashSet<>();
    private final Map<String, String> outletsByWord = new HashMap<>();
    private final Set<String> loneWords = new HashSet<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final Set<String> capitalisedInside = new HashSet<>();
    private Source lastPerson;
    private Source lastOrganisation;
    private Source lastBody;
    private Source lastGroup;
    private Source lastQuoted;
    private final Map<String, Integer> mentions = new HashMap<>();

    /** Generic nouns that, with "the", mean the organisation named before ("the company said"). */
    static final Set<String> ORGANISATION_NOUNS = Lexicon.words("company", "firm", "carrier", "agency", "ministry",
            "department", "group", "bank", "retailer", "manufacturer", "airline", "insurer", "operator", "lender",
            "automaker", "chain", "broadcaster", "network", "organisation", "organization", "office", "council",
            "authority", "regulator", "charity", "union", "club", "team", "university", "hospital", "board",
            "commission", "service", "utility", "developer", "giant", "startup", "party", "campaign", "newspaper",
            "paper", "outlet", "publication", "website", "site", "conglomerate", "maker", "provider", "watchdog", "business",
            "corporation", "club", "league", "federation", "association", "institute", "court", "police", "army", "govt",
            "government", "administration", "embassy", "palace", "committee", "opposition");

    /** Role nouns that, with "the", mean the person of that role named before ("the spokesman said"). */
    static final Set<String> PERSON_ROLES = Lexicon.words("spokesman", "spokeswoman", "spokesperson", "minister",
            "president", "mayor", "governor", "senator", "judge", "prosecutor", "lawyer", "attorney", "chief",
            "director", "secretary", "ambassador", "superintendent", "commissioner", "official", "officer",
            "executive", "chairman", "chairwoman", "chair", "coach", "manager", "premier", "chancellor", "leader",
            "sheriff", "detective", "researcher", "scientist", "author", "economist", "analyst", "head", "founder",
            "ceo", "captain", "player", "cyclist", "athlete", "singer", "actor", "woman", "man", "doctor", "nurse",
            "teacher", "councillor", "councilor", "councilman", "councilwoman", "councilmember", "witness", "victim",
            "owner", "resident", "student", "professor", "adviser", "advisor", "aide", "envoy", "representative");

    /** Learns, before reading, which capitalised names stand alone somewhere: people are referred to by surname. */
    void learnNames(String text) {
        List<Token> tokens = Token.of(text);
        learnCapitalised(tokens);
        learnAliases(tokens);
        learnTitledPeople(tokens);
    }

    private void learnCapitalised(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String before = tokens.get(i - 1).text();
            boolean opensSentence = before.equals(".") || before.equals("!") || before.equals("?") || before.equals(":")
                    || before.equals("“") || before.equals("\"") || before.equals("-") || before.equals("•");
            if (t.isWord() && t.isCapitalized() && !opensSentence) capitalisedInside.add(t.bare().toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!isNameWord(t)) continue;
            boolean before = i > 0 && isNameWord(tokens.get(i - 1));
            boolean after = i + 1 < tokens.size() && isNameWord(tokens.get(i + 1));
            if (!before && !after) loneWords.add(t.bare().toLowerCase(Locale.ROOT));
        }
    }

    /** "Prime Minister's Office (PMO)", "UK Anti-Doping (Ukad)": the short form means the long one. */
    private void learnAliases(List<Token> tokens) {
        for (int i = 2; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i - 1).text().equals("(") || !tokens.get(i + 1).text().equals(")")) continue;
            String abbr = tokens.get(i).text();
            if (abbr.length() < 2 || abbr.length() > 8 || abbr.chars().filter(Character::isUpperCase).count() < 2) continue;
            int k = i - 2;
            while (k >= 0 && i - 2 - k < 6 && (tokens.get(k).isWord() && tokens.get(k).isCapitalized()
                    && !NOT_NAMES.contains(tokens.get(k).lower()) || Lexicon.NAME_JOINERS.contains(tokens.get(k).lower()))) k--;
            List<Token> name = tokens.subList(k + 1, i - 1);
            while (!name.isEmpty() && Lexicon.NAME_JOINERS.contains(name.get(0).lower())) name = name.subList(1, name.size());
            if (name.size() >= 2) aliases.putIfAbsent(abbr.toLowerCase(Locale.ROOT), bareJoin(name));
        }
    }

    /** People named with a title anywhere are people, even before they are quoted. */
    private void learnTitledPeople(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!Lexicon.PERSON_TITLES.contains(tokens.get(i).lower())) continue;
            int j = i + 1;
            while (j < tokens.size() && Lexicon.TITLE_WORDS.contains(tokens.get(j).lower())) j++;
            int k = j;
            while (k < tokens.size() && isNameWord(tokens.get(k)) && k - j < 4) k++;
            if (k - j >= 2) {
                String name = bareJoin(tokens.subList(j, k));
                // the title as written, with what qualifies it before ("Pentagon Press Secretary", "U.S. District Judge")
                int r = i;
                while (r > 0 && i - r < 4 && tokens.get(r - 1).isWord() && (Lexicon.TITLE_WORDS.contains(tokens.get(r - 1).lower())
                        || tokens.get(r - 1).isCapitalized() && !NOT_NAMES.contains(tokens.get(r - 1).lower()))) r--;
                String role = bareJoin(tokens.subList(r, j));
                remember(new Source(name, Source.Kind.PERSON, role, true));
            }
        }
    }

    /** A name of two or more words whose last word also stands alone in the article is a person's. */
    boolean surnameStandsAlone(String name) {
        String[] parts = name.split(" ");
        return parts.length >= 2 && loneWords.contains(parts[parts.length - 1].toLowerCase(Locale.ROOT));
    }

    /** Records an entity and makes it the latest of its kind. Returns the entity as first recorded. */
    Source remember(Source source) {
        String key = source.name().toLowerCase(Locale.ROOT);
        Source known = byName.get(key);
        Source entity = known == null ? source : known.role() == null && source.role() != null
                ? new Source(known.name(), known.kind(), source.role(), known.assertive()) : known;
        byName.put(key, entity);
        if (entity.person()) {
            String[] parts = entity.name().split(" ");
            if (parts.length >= 2) {
                Source was = personsBySurname.get(parts[parts.length - 1].toLowerCase(Locale.ROOT));
                if (was == null || was.name().equals(entity.name())) {
                    personsBySurname.put(parts[parts.length - 1].toLowerCase(Locale.ROOT), entity);
                }
            }
        }
        if (entity.outlet()) {
            for (String word : entity.name().split(" ")) {
                String w = word.toLowerCase(Locale.ROOT);
                if (Lexicon.OUTLET_WORDS.contains(w)) outletsByWord.putIfAbsent(w, entity.name());
            }
        }
        return entity;
    }

    /** The source was just mentioned (as a speaker or the subject of a sentence): pronouns now mean it. */
    void mentioned(Source source) {
        Source entity = remember(source);
        mentions.merge(entity.name(), 1, Integer::sum);
        switch (entity.kind()) {
            case PERSON -> lastPerson = entity;
            case ORGANISATION -> lastOrganisation = entity;
            case OUTLET -> { } // outlets are "it" (lastBody) but never "the company"
            case ANONYMOUS -> lastGroup = entity;
        }
        if (entity.organisation() || entity.outlet()) lastBody = entity;
        if (entity.person() && !guessedPersons.contains(entity.name().toLowerCase(Locale.ROOT))) lastPerson = entity;
    }

    void quoted(Source source) {
        lastQuoted = source;
        mentioned(source);
    }

    Source person(String surname) {
        return personsBySurname.get(surname.toLowerCase(Locale.ROOT));
    }

    Source known(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        Source s = byName.get(key);
        if (s == null && aliases.containsKey(key)) s = byName.get(aliases.get(key).toLowerCase(Locale.ROOT));
        return s;
    }

    /** True when the word is written with a capital inside a sentence somewhere in the article: a name, not a sentence's first word. */
    boolean capitalisedInside(String word) {
        return capitalisedInside.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The long form an abbreviation stands for in this article ("PMO" for "Prime Minister's Office"), or null. */
    String longForm(String abbreviation) {
        return aliases.get(abbreviation.toLowerCase(Locale.ROOT));
    }

    String outlet(String word) {
        return outletsByWord.get(word.toLowerCase(Locale.ROOT));
    }

    Source lastPerson() {
        return lastPerson;
    }

    Source lastOrganisation() {
        return lastOrganisation;
    }

    /** A person's name taken without evidence that it is one: "the company" may turn out to mean it. */
    void guessed(String name) {
        guessedPersons.add(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The organisation "the company", "the ministry", "the club" means: a generic word ("company",
     * "firm") means the article's main organisation; a specific one the latest organisation whose
     * name has that word. Failing both, a name taken for a person without evidence is the company.
     */
    Source organisationFor(String noun) {
        Source named = null;
        for (Source s : byName.values()) {
            if (s.organisation() && s.name().toLowerCase(Locale.ROOT).contains(noun)) named = s;
        }
        if (named != null) return named;
        if (!GENERIC_ORGANISATION_NOUNS.contains(noun)) return null;
        Source main = mainOrganisation();
        if (main != null) return main;
        Source guess = null;
        for (Source s : byName.values()) if (s.person() && guessedPersons.contains(s.name().toLowerCase(Locale.ROOT))) guess = s;
        if (guess == null) return null;
        Source company = new Source(guess.name(), Source.Kind.ORGANISATION, null, true);
        byName.put(guess.name().toLowerCase(Locale.ROOT), company);
        mentioned(company);
        return company;
    }

    private static final Set<String> GENERIC_ORGANISATION_NOUNS = Lexicon.words("company", "firm", "group", "carrier",
            "retailer", "manufacturer", "airline", "insurer", "operator", "lender", "automaker", "chain", "giant",
            "startup", "conglomerate", "maker", "provider", "developer", "business", "corporation", "utility");

    /**
     * The organisation an article is about, for "the company" and the like: the one mentioned
     * most, the later of two mentioned as often. A passing mention ("according to TechCrunch")
     * does not take over the article's company.
     */
    Source mainOrganisation() {
        Source best = null;
        int most = 0;
        for (Source s : byName.values()) {
            if (!s.organisation()) continue;
            int n = mentions.getOrDefault(s.name(), 0);
            if (n > most) { // the first mentioned wins a tie: articles name their subject first
                best = s;
                most = n;
            }
        }
        return best;
    }

    /** The organisation or outlet mentioned last: what "it" means. */
    Source lastBody() {
        return lastBody;
    }

    Source lastGroup() {
        return lastGroup;
    }

    /** Who spoke the latest quotation: an unattributed quotation after it goes on in that voice. */
    Source lastQuoted() {
        return lastQuoted;
    }

    /** The person whose role, as written, has this role word ("the spokesman" after "spokesman Rachid Bouhoula"). */
    Source personWithRole(String roleWord) {
        Source best = null;
        for (Source s : byName.values()) {
            if (s.person() && s.role() != null && s.role().toLowerCase(Locale.ROOT).contains(roleWord)) {
                if (best == null || s == lastPerson) best = s;
            }
        }
        return best;
    }

    static boolean isNameWord(Token t) {
        if (!t.isWord() || !t.isCapitalized()) return false;
        String w = t.lower();
        return !Lexicon.TITLE_WORDS.contains(w) && !Lexicon.SOURCE_NOUNS.contains(w) && !NOT_NAMES.contains(w);
    }

    /** Words that are never part of a name, even with a capital: function words, days, months, times. */
    static final Set<String> NOT_NAMES = Lexicon.words(
            "the", "a", "an", "but", "and", "however", "while", "although", "in", "on", "at", "it", "he", "she",
            "they", "we", "i", "this", "that", "there", "after", "before", "during", "since", "when", "if", "as",
            "with", "for", "from", "by", "of", "to", "his", "her", "its", "their", "our", "my", "your", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun", "jun.", "jul",
            "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.",
            "mon", "tue", "wed", "thu", "fri", "sat", "sun", "earlier", "later", "meanwhile", "also", "last", "next",
            "why", "what", "how", "who", "where", "few", "none");

    static String bareJoin(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) b.append(' ');
            b.append(i == tokens.size() - 1 ? tokens.get(i).bare() : tokens.get(i).text());
        }
        return b.toString();
    }
}
