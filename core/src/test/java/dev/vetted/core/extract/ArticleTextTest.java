package dev.vetted.core.extract;

import dev.vetted.core.common.InvalidInputException;
import dev.vetted.core.common.TooLargeException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Segmentation of news prose, and what bad input gets. */
class ArticleTextTest {

    static List<String> sentences(String text) {
        return ArticleBody.paragraphs(text).stream()
                .flatMap(p -> Sentences.split(text, p).stream()).map(s -> s.of(text)).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertThat(sentences("The U.S. Senate met on Feb. 3 with Gov. J. R. Smith present. It voted 51-49."))
                .containsExactly("The U.S. Senate met on Feb. 3 with Gov. J. R. Smith present.", "It voted 51-49.");
    }

    @Test
    void anAbbreviationAtTheEndOfASentenceStillEndsIt() {
        assertThat(sentences("The talks were led by the U.S. The meeting ended at noon."))
                .containsExactly("The talks were led by the U.S.", "The meeting ended at noon.");
    }

    @Test
    void aQuotationOverSeveralSentencesStaysWhole() {
        assertThat(sentences("She said: “We are close. We will get there.” Then she left."))
                .containsExactly("She said: “We are close. We will get there.”", "Then she left.");
    }

    @Test
    void headlinesLabelsAndTheSiteFooterAreNotProse() {
        String text = """
                Storm hits coast

                Politics

                The storm destroyed 40 homes on Monday, officials said.

                Related Articles
                Officials said another storm would come.
                Leave a Reply
                """;
        assertThat(sentences(text)).containsExactly("The storm destroyed 40 homes on Monday, officials said.");
    }

    @Test
    void aDatelineIsNotPartOfTheClaim() {
        List<SuggestedClaim> claims = new ClaimExtractor().extract(
                "LONDON (Reuters) - The Bank of England raised rates to 5.25% on Thursday, officials said.");
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.text()).startsWith("The Bank of England"));
    }

    @Test
    void badBytesAreRefusedInOneLine() {
        assertThatThrownBy(() -> ArticleFile.decode(new byte[0]))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> ArticleFile.decode("   \n\t ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("white space");
        assertThatThrownBy(() -> ArticleFile.decode(new byte[]{'a', 0, 'b'}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> ArticleFile.decode("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not UTF-8").hasMessageContaining("offset 3");
        assertThatThrownBy(() -> ArticleFile.decode(new byte[ArticleFile.MAX_BYTES + 1]))
                .isInstanceOf(TooLargeException.class);
    }

    @Test
    void aLongFileWithoutPunctuationIsHandledAndSuggestsNothingFromRunOnText() {
        String runOn = "word ".repeat(400_000);
        assertThat(new ClaimExtractor().extract(runOn + ".")).isEmpty();
    }

    @Test
    void punctuationRunsAndBrokenQuoteMarksNeverBreakSegmentation() {
        // curly quotes turned into '?' by a wrong charset, as happens with pasted text
        String damaged = "Officials said hostages could be freed ?in the coming days.? Deputy adviser Finer agreed?! "
                + "\"Really?!\" he asked.\" What... now?? Yes.";
        assertThat(new ClaimExtractor().extract(damaged)).allSatisfy(c ->
                assertThat(damaged.substring(c.start(), c.end())).isEqualTo(c.text()));
        java.util.Random random = new java.util.Random(7);
        String alphabet = "ab .?!\"“”’'\n:,-";
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder("The Mayor said ");
            for (int i = 0; i < 60; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = b.toString();
            assertThat(new ClaimExtractor().extract(text)).allSatisfy(c ->
                    assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text()));
        }
    }
}
