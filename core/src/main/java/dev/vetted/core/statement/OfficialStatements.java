package dev.vetted.core.statement;

import dev.vetted.core.audit.AuditAction;
import dev.vetted.core.audit.AuditLog;
import dev.vetted.core.common.Actor;
import dev.vetted.core.common.InputRules;
import dev.vetted.core.common.Text;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The registry of official statements, and the search that offers them to a confirmation. */
@ApplicationScoped
public class OfficialStatements {

    private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "and", "or", "that",
            "this", "is", "are", "was", "were", "be", "been", "has", "have", "had", "for", "with", "by", "as", "at",
            "it", "its", "their", "they", "from", "not", "no", "said", "says", "would", "could", "will");

    private final Clock clock;
    private final AuditLog audit;

    public OfficialStatements(Clock clock, AuditLog audit) {
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public OfficialStatement add(NewStatement input, Actor actor) {
        check(input);
        OfficialStatement s = new OfficialStatement();
        s.id = UUID.randomUUID();
        s.body = input.body().strip();
        s.speaker = Text.blankToNull(input.speaker());
        s.url = Text.blankToNull(input.url());
        s.publishedAt = input.publishedAt();
        s.text = input.text().strip();
        s.addedBy = actor.username();
        s.addedAt = clock.instant();
        s.persist();
        audit.record(actor, AuditAction.STATEMENT_ADDED, null, Map.of("statementId", s.id.toString(), "body", s.body));
        return s;
    }

    /** Throws the input's rule violations, all at once, without storing anything. */
    public void check(NewStatement input) {
        new InputRules().required("body", input.body(), 300).maxLength("speaker", input.speaker(), 300)
                .maxLength("url", input.url(), 2000).webAddress("url", input.url()).required("text", input.text(), 100_000).check();
    }

    public List<OfficialStatement> list() {
        return OfficialStatement.listAll(Sort.descending("addedAt"));
    }

    /**
     * Statements likely to bear on a claim: by the body or speaker it is attributed to, or sharing
     * enough of its words. Best first, at most {@code limit}.
     */
    public List<OfficialStatement> matching(String claimText, String speaker, int limit) {
        Set<String> claimWords = words(claimText);
        String who = speaker == null ? "" : speaker.toLowerCase(Locale.ROOT);
        return OfficialStatement.<OfficialStatement>listAll().stream()
                .map(s -> Map.entry(s, relevance(s, claimWords, who)))
                .filter(e -> e.getValue() >= 0.2)
                .sorted(Map.Entry.<OfficialStatement, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    private static double relevance(OfficialStatement s, Set<String> claimWords, String speaker) {
        Set<String> shared = new HashSet<>(words(s.text));
        shared.retainAll(claimWords);
        double overlap = claimWords.isEmpty() ? 0 : (double) shared.size() / claimWords.size();
        boolean sameSource = !speaker.isEmpty() && (s.body.toLowerCase(Locale.ROOT).contains(speaker)
                || speaker.contains(s.body.toLowerCase(Locale.ROOT))
                || (s.speaker != null && speaker.contains(s.speaker.toLowerCase(Locale.ROOT))));
        return overlap + (sameSource ? 0.3 : 0);
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 2 && !STOP_WORDS.contains(w)).collect(Collectors.toSet());
    }
}
