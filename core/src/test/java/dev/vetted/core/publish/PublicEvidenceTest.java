package dev.vetted.core.publish;

import dev.vetted.core.review.Evidence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublicEvidenceTest {

    @Test
    void linksAndQuotesGoPublicNotesStayInternal() {
        List<PublicEvidence.Source> sources = PublicEvidence.of(List.of(
                new Evidence("primary-source", "https://example.org/report.pdf", null, "p. 3, call Ana back", "alice"),
                new Evidence("official-statement", "https://gov.example/statement", "No deal was reached.", "note", "system"),
                new Evidence("reviewer", null, null, "Internal: the press office was rude", "bob"),
                new Evidence("located-in-source", null, "quoted in the source", "{\"found\":true}", "system"),
                new Evidence("data", "https://example.org/report.pdf", null, "again", "bob")));
        assertThat(sources).containsExactly(
                new PublicEvidence.Source("primary-source", "https://example.org/report.pdf", null),
                new PublicEvidence.Source("official-statement", "https://gov.example/statement", "No deal was reached."));
    }

    @Test
    void noEvidenceNoSources() {
        assertThat(PublicEvidence.of(List.of())).isEmpty();
    }
}
