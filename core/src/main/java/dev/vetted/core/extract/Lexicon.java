package dev.vetted.core.extract;

import java.util.Set;

/** Word lists the rules draw on. Lower case throughout. */
final class Lexicon {

    private Lexicon() {
    }

    /** Lists are written for reading; a word listed twice is harmless. */
    static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Nouns that can be a source on their own ("officials said", "the report found"). */
    static final Set<String> SOURCE_NOUNS = words(
            "official", "officials", "source", "sources", "spokesperson", "spokesman", "spokeswoman", "spokespeople",
            "story", "report", "reports", "reporting", "article", "statement", "analysts", "analyst", "experts",
            "expert", "authorities", "police", "government", "military", "army", "residents", "witnesses",
            "witness", "leaders", "leader", "critics", "observers", "investigators", "prosecutors", "researchers",
            "scientists", "doctors", "diplomats", "diplomat", "lawmakers", "ministry", "agency", "office",
            "administration", "campaign", "aides", "aide", "advisers", "advisors", "officers", "staff", "people",
            "survey", "study", "poll", "data", "figures", "documents", "filing", "filings", "records", "memo",
            "council", "committee", "department", "court", "judge", "union", "company", "group", "team", "board",
            "commission", "organization", "organisation", "newspaper", "outlet", "broadcaster", "network", "channel",
            "minister", "ministers", "ambassador", "president", "secretary", "chief", "director", "mayor",
            "governor", "senator", "representative", "negotiators", "mediators", "activists", "organizers", "members",
            "bank", "institute", "university", "hospital", "foundation", "association", "federation", "firm",
            "charity", "regulator", "tribunal", "parliament", "assembly", "senate", "congress", "cabinet",
            "auditor", "inspector", "regulator", "regulators", "watchdog", "ombudsman", "coroner", "sheriff",
            "spokespersons", "representatives", "economists", "policymakers", "traders", "investors", "officers", "govt",
            "opposition", "prosecution", "defence", "defense", "lawyers", "attorneys", "insiders", "forecasters", "officialdom",
            "results", "findings", "estimates", "statistics", "individuals", "posts", "authors", "polls", "surveys",
            "studies", "tests", "reports");

    /** Words of a title before a name; a name after them is the person ("Israeli ambassador Michael Herzog"). */
    static final Set<String> TITLE_WORDS = words(
            "president", "vice", "prime", "minister", "secretary", "deputy", "assistant", "national", "security",
            "advisor", "adviser", "ambassador", "spokesperson", "spokesman", "spokeswoman", "director", "chief",
            "senator", "sen.", "rep.", "representative", "congressman", "congresswoman", "governor", "gov.", "mayor",
            "general", "gen.", "commander", "admiral", "colonel", "col.", "lieutenant", "captain", "sergeant",
            "chairman", "chairwoman", "chair", "ceo", "cfo", "founder", "executive", "officer", "head", "leader",
            "king", "queen", "prince", "princess", "sheikh", "pope", "judge", "justice", "attorney", "commissioner",
            "envoy", "special", "foreign", "defense", "defence", "interior", "finance", "health", "state", "senior",
            "former", "acting", "top", "official", "dr.", "mr.", "mrs.", "ms.", "prof.", "professor", "economist",
            "analyst", "researcher", "lawyer", "attorney", "chancellor", "premier", "speaker", "house", "majority",
            "minority", "whip", "staff", "press", "communications", "policy", "strategic", "white", "coordinator",
            "councilman", "councilwoman", "councillor", "councilor", "council", "member", "alderman", "trustee",
            "superintendent", "sheriff", "auditor", "inspector", "detective", "officer", "coach", "manager",
            "owner", "president-elect", "lawmaker", "legislator", "assemblyman", "assemblywoman", "delegate",
            "mp", "mep", "lord", "lady", "sir", "dame", "rabbi", "imam", "bishop", "cardinal", "ayatollah",
            "spokesperson", "editor", "correspondent", "reporter", "columnist", "author", "historian", "scientist",
            "physician", "surgeon", "nurse", "pastor", "brig.", "maj.", "lt.", "capt.", "sgt.", "adm.", "cmdr.",
            "dr", "mr", "mrs", "ms", "prof", "gen", "sen", "rep", "gov", "col", "lt", "capt", "sgt", "adm", "cmdr",
            "maj", "brig", "lead");

    /** The head of a title: the word right before a person's name ("... Advisor Jonathan Finer"). */
    static final Set<String> PERSON_TITLES = words("president", "minister", "secretary", "advisor", "adviser",
            "ambassador", "spokesperson", "spokesman", "spokeswoman", "director", "chief", "senator", "sen.", "rep.",
            "representative", "congressman", "congresswoman", "governor", "gov.", "mayor", "general", "gen.",
            "commander", "admiral", "colonel", "col.", "lieutenant", "captain", "sergeant", "chairman", "chairwoman",
            "chair", "ceo", "cfo", "founder", "officer", "head", "leader", "king", "queen", "prince", "princess",
            "sheikh", "pope", "judge", "justice", "attorney", "commissioner", "envoy", "dr.", "mr.", "mrs.", "ms.",
            "prof.", "professor", "economist", "analyst", "researcher", "lawyer", "chancellor", "premier", "speaker",
            "whip", "coordinator", "councilman", "councilwoman", "councillor", "councilor", "member", "alderman",
            "trustee", "superintendent", "sheriff", "auditor", "inspector", "detective", "coach", "manager", "owner",
            "president-elect", "lawmaker", "legislator", "assemblyman", "assemblywoman", "delegate", "mp", "mep",
            "lord", "lady", "sir", "dame", "rabbi", "imam", "bishop", "cardinal", "ayatollah", "editor",
            "correspondent", "reporter", "columnist", "author", "historian", "scientist", "physician", "surgeon",
            "nurse", "pastor", "brig.", "maj.", "lt.", "capt.", "sgt.", "adm.", "cmdr.", "official", "deputy", "aide",
            "dr", "mr", "mrs", "ms", "prof", "gen", "sen", "rep", "gov", "col", "lt", "capt", "sgt", "adm", "cmdr",
            "maj", "brig", "author", "epidemiologist", "spokesperson");

    /** Words that make a source an outlet ("the Post" later means the Washington Post). */
    static final Set<String> OUTLET_WORDS = words("post", "times", "journal", "news", "reuters", "press", "tribune",
            "herald", "guardian", "telegraph", "gazette", "bloomberg", "cnn", "bbc", "npr", "axios", "politico",
            "afp", "ap", "agency", "wire", "chronicle", "observer", "independent", "economist", "insider", "magazine",
            "television", "tv", "radio", "broadcasting", "channel", "network", "daily", "weekly", "mail", "sun",
            "express", "globe", "star", "review", "monitor", "examiner", "bulletin", "record", "courier", "wsj",
            "nyt", "nbc", "abc", "cbs", "fox", "msnbc", "al-jazeera", "haaretz", "ynet", "yonhap", "xinhua", "tass",
            "interfax", "kyodo", "dpa", "ansa", "efe");

    /** Determiners and quantifiers that open a noun phrase but are not part of the source's name. */
    static final Set<String> DETERMINERS = words("the", "a", "an", "its", "their", "his", "her", "this", "that",
            "these", "those");

    /** Quantifiers open a source's phrase and stay in it, as written ("several U.S. officials"). */
    static final Set<String> QUANTIFIERS = words("several", "some", "many", "two", "three", "four", "five", "six",
            "multiple", "various", "other", "numerous", "few", "both", "most", "one", "dozens", "senior");

    /** Lower-case words allowed inside a source's noun phrase. */
    static final Set<String> SOURCE_MODIFIERS = words("central", "national", "senior", "top", "anonymous", "unnamed", "israeli",
            "american", "government", "military", "administration", "local", "federal", "state", "city", "police",
            "health", "election", "hospital", "security", "intelligence", "defense", "defence", "foreign",
            "palestinian", "former", "current", "both", "u.s.", "us", "western", "arab", "european", "white",
            "house", "campaign", "party", "company", "industry", "independent", "regional", "news", "story");

    /** Words that join the parts of one name ("Ministry of Health", "Netanyahu and Herzog"). */
    static final Set<String> NAME_JOINERS = words("of", "and", "for", "&");

    static final Set<String> PRONOUNS = words("he", "she", "they");

    /** Phrases that let the writer speak rather than a source: lower the score. */
    static final Set<String> WRITER_HEDGES = words("it is clear", "it is important to note", "it remains to be seen",
            "only time will tell", "it is worth noting", "remains a top priority", "continues to monitor",
            "hoping for", "there are still", "much uncertainty", "in conclusion", "it is essential", "we must",
            "it is unclear", "remain uncertain", "remains uncertain", "it goes without saying");

}
