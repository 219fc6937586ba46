package dev.vetted.core.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static dev.vetted.core.extract.AttributionPatternsTest.speakerOf;
import static dev.vetted.core.extract.SeedArticleTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

/** Articles written for these tests in other styles: a wire story, a local news report, a science story. */
class OtherStylesTest {

    @Test
    void wireStory() throws IOException {
        String text = resource("/articles/wire.txt");
        assertThat(speakerOf(text, "We are not yet where we need to be")).isEqualTo("Christine Lagarde");
        assertThat(speakerOf(text, "keep rates at record highs")).isEqualTo("Christine Lagarde");
        assertThat(speakerOf(text, "wage growth")).isEqualTo("Christine Lagarde");
        assertThat(speakerOf(text, "pushed for a cut")).isEqualTo("Three sources");
        assertThat(speakerOf(text, "first cut by April")).isEqualTo("LSEG data");
        assertThat(speakerOf(text, "kept interest rates unchanged")).isEqualTo("<none>");
        assertThat(new ClaimExtractor().extract(text)).noneMatch(c -> c.text().contains("Is the worst over"))
                .noneMatch(c -> c.text().contains("ECB warns banks"));
    }

    @Test
    void localReport() throws IOException {
        String text = resource("/articles/local.txt");
        assertThat(speakerOf(text, "turning point")).isEqualTo("Dana Whitfield");
        assertThat(speakerOf(text, "40 miles")).isEqualTo("Dana Whitfield");
        assertThat(speakerOf(text, "could not afford")).isEqualTo("Roberto Diaz");
        assertThat(speakerOf(text, "borrowing against")).isEqualTo("Roberto Diaz");
        assertThat(speakerOf(text, "backlog has doubled")).isEqualTo("state auditor");
        assertThat(speakerOf(text, "voted 7-2")).isEqualTo("<none>");
        assertThat(new ClaimExtractor().extract(text)).noneMatch(c -> c.text().contains("I think"));
    }

    @Test
    void scienceStory() throws IOException {
        String text = resource("/articles/science.txt");
        assertThat(speakerOf(text, "17% more likely")).isEqualTo("Lancet");
        assertThat(speakerOf(text, "robust and worrying")).isEqualTo("Sofie Jensen");
        assertThat(speakerOf(text, "below the EU limit")).isEqualTo("Sofie Jensen");
        assertThat(speakerOf(text, "5,000 cases")).isEqualTo("Sofie Jensen");
        assertThat(speakerOf(text, "cause and effect")).isEqualTo("Mark Ellis");
        assertThat(speakerOf(text, "new guidance")).isEqualTo("Department of Health");
        assertThat(speakerOf(text, "4.2 million")).isEqualTo("World Health Organization");
        assertThat(new ClaimExtractor().extract(text)).noneMatch(c -> c.text().contains("What can you do"))
                .noneMatch(c -> c.text().contains("newsletter"));
    }
}
