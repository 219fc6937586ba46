package dev.vetted.core.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * One pass through an article in reading order: what has been said by whom so far (the article's
 * {@link Speakers}, the source of the paragraph, the voice of the quotation that is running), and
 * for each sentence the claims it holds with their sources and scores.
 */
final class Reading {

    record Claim(Span span, Source source, String quote, double score) {
    }

    private final String text;
    private final Speakers speakers;
    private Source paragraphSource;
    private int block = -1;
    private int quotedInBlock = -10;

    Reading(String text, Speakers speakers) {
        this.text = text;
        this.speakers = speakers;
    }

    void startBlock(Block b) {
        block++;
        paragraphSource = null;
    }

    List<Claim> read(Span sentence, boolean headline) {
        String s = sentence.of(text);
        Attribution.Found found = Attribution.find(s, paragraphSource, speakers, headline);
        Source source = found.source();
        // a quotation without its own attribution goes on in the voice of the one quoted just before
        if (source == null && !headline && Attribution.opensWithSpeech(s) && speakers.lastQuoted() != null
                && block - quotedInBlock <= 1) {
            source = speakers.lastQuoted();
        }
        remember(s, found, source);
        List<Claim> claims = new ArrayList<>();
        if (found.clauseEnd() > 0) {
            // a leading clause with its own source, and a main clause that the writer states
            Span lead = ArticleBody.trim(text, new Span(sentence.start(), sentence.start() + found.clauseEnd()));
            Span rest = ArticleBody.trim(text, new Span(sentence.start() + found.clauseEnd() + 1, sentence.end()));
            claims.add(new Claim(lead, found.source(), Masked.of(lead.of(text)).longestQuote(), score(lead.of(text), found.source(), false)));
            if (rest.length() > 0) claims.add(new Claim(rest, null, null, score(rest.of(text), null, false)));
            return claims;
        }
        if (found.nested() != null) {
            Span inner = ArticleBody.trim(text, new Span(sentence.start() + found.nested().start(), sentence.end()));
            claims.add(new Claim(inner, found.nested().source(), Masked.of(inner.of(text)).longestQuote(),
                    score(inner.of(text), found.nested().source(), false)));
        }
        List<Span> clauses = headline ? List.of(new Span(0, s.length())) : Clauses.of(s);
        if (clauses.size() > 1) {
            List<Claim> parts = clauseClaims(sentence, clauses, source);
            if (parts != null) {
                claims.addAll(parts);
                return claims;
            }
        }
        claims.add(new Claim(sentence, source, found.quote(), score(s, source, headline)));
        return claims;
    }

    /** What the sentence tells about who speaks next: the one quoted or mentioned, the subject, the paragraph's source. */
    private void remember(String s, Attribution.Found found, Source source) {
        if (found.source() != null && !found.inherited()) {
            if (found.quote() != null) {
                speakers.quoted(found.source());
                quotedInBlock = block;
            } else {
                speakers.mentioned(found.source());
            }
        } else if (source != null && found.quote() != null) {
            quotedInBlock = block;
        } else {
            Subjects.noteSubject(s, speakers);
        }
        if (found.asserting() != null) paragraphSource = found.asserting();
    }

    /** Claims per clause when a later clause names a source of its own; null when the sentence is one claim. */
    private List<Claim> clauseClaims(Span sentence, List<Span> clauses, Source sentenceSource) {
        List<Source> sources = new ArrayList<>();
        boolean distinct = false;
        for (int i = 0; i < clauses.size(); i++) {
            String clause = clauses.get(i).of(sentence.of(text));
            Attribution.Found f = Attribution.find(clause, null, speakers, false);
            sources.add(f.source());
            if (i > 0 && f.source() != null && (sources.get(0) == null || !f.source().name().equals(sources.get(0).name()))) {
                distinct = true;
            }
        }
        if (!distinct) return null;
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            Span c = clauses.get(i);
            Span abs = ArticleBody.trim(text, new Span(sentence.start() + c.start(), sentence.start() + c.end()));
            String clauseText = abs.of(text);
            Source src = sources.get(i);
            claims.add(new Claim(abs, src, Masked.of(clauseText).longestQuote(), score(clauseText, src, false)));
        }
        return claims;
    }

    private static final java.util.Set<String> OPINION_VERBS = Lexicon.words("think", "believe", "feel", "guess",
            "suppose", "hope", "wish", "love", "like", "hate");

    private static double score(String s, Source source, boolean headline) {
        List<Token> tokens = Token.of(s);
        if (s.strip().endsWith("?")) return 0.0;
        // the writer's own framing ("It is clear that ...") holds no claim of its own
        if (source == null && tokens.stream().noneMatch(t -> Character.isDigit(t.text().charAt(0)))) {
            String lower = s.toLowerCase(java.util.Locale.ROOT);
            for (String hedge : Lexicon.WRITER_HEDGES) if (lower.startsWith(hedge) || lower.contains(", " + hedge)) return 0.0;
        }
        // the writer's own "I think ..." is an opinion, which fact-checkers do not check
        if (source == null && tokens.size() > 1 && (tokens.get(0).lower().equals("i") || tokens.get(0).lower().equals("we"))
                && OPINION_VERBS.contains(tokens.get(1).lower())) {
            return 0.0;
        }
        double p = CheckWorthinessModel.probability(tokens);
        return Math.round(p * 100) / 100.0;
    }
}
