package dev.vetted.core.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A 1 MB article is read whole, and what comes back still points into it. */
class BoundedInputTest {

    @Test
    void aMegabyteArticleIsHandled() {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (b.length() < 1_000_000) {
            b.append("Councillor Ada Brook said the district spent ").append(i).append(" thousand dollars on repairs in ")
                    .append(1990 + i % 30).append(". The work took ").append(i % 12 + 1).append(" weeks, she added.\n\n");
            i++;
        }
        String text = b.toString();
        List<SuggestedClaim> claims = new ClaimExtractor().extract(text);
        assertThat(claims).hasSizeGreaterThan(1000);
        for (SuggestedClaim c : claims.subList(0, 50)) assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
    }

    @Test
    void oneEndlessLineIsNotOneEndlessClaim() {
        String text = "word ".repeat(200_000);
        assertThat(new ClaimExtractor().extract(text)).allSatisfy(c -> assertThat(c.text().length()).isLessThanOrEqualTo(ClaimExtractor.MAX_SENTENCE));
    }
}
