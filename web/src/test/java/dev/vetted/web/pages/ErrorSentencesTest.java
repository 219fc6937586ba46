package dev.vetted.web.pages;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How every rule's message reads beside its field on a desk form. */
class ErrorSentencesTest {

    @Test
    void aMissingChoiceSaysWhatToChoose() {
        assertThat(ErrorSentences.of("decision", "is required; one of [CORRECT, MISQUOTED]")).isEqualTo("Choose a decision.");
        assertThat(ErrorSentences.of("verdict", "is required to approve; one of [TRUE]")).isEqualTo("Choose a verdict to approve the claim.");
        assertThat(ErrorSentences.of("sendBackTo", "is required")).isEqualTo("Choose the step the claim goes back to.");
        assertThat(ErrorSentences.of("reason", "is required")).isEqualTo("Give the reason; readers see it with the correction.");
    }

    @Test
    void aFragmentGetsItsFieldNamedAndAFullStop() {
        assertThat(ErrorSentences.of("title", "is required")).isEqualTo("The title is required.");
        assertThat(ErrorSentences.of("file", "is a PDF document, not a saved web page")).isEqualTo("The file is a PDF document, not a saved web page.");
        assertThat(ErrorSentences.of("url", "must be a full http or https address")).isEqualTo("The address must be a full http or https address.");
        assertThat(ErrorSentences.of("evidence[0].url", "must be an http:// or https:// address"))
                .isEqualTo("The evidence must be an http:// or https:// address.");
        assertThat(ErrorSentences.of("body", "is 12001 characters long; at most 12000 are allowed"))
                .as("a field without a name of its own").isEqualTo("This is 12001 characters long; at most 12000 are allowed.");
    }

    @Test
    void aMessageThatIsASentenceAlreadyIsOnlyCapitalised() {
        assertThat(ErrorSentences.of("comment", "say why the claim goes back")).isEqualTo("Say why the claim goes back.");
        assertThat(ErrorSentences.of("url", "the site answered 404 Not Found")).isEqualTo("The site answered 404 Not Found.");
        assertThat(ErrorSentences.of("sendBackTo", "name the step the claim goes back to: ATTRIBUTION or CONFIRMATION"))
                .isEqualTo("Name the step the claim goes back to: ATTRIBUTION or CONFIRMATION.");
        assertThat(ErrorSentences.of("verdict", "'sort of' is not one of [TRUE, FALSE]")).isEqualTo("'sort of' is not one of [TRUE, FALSE].");
        assertThat(ErrorSentences.of("text", "Already a sentence.")).isEqualTo("Already a sentence.");
    }

    @Test
    void noMessageStillReadsAsASentence() {
        assertThat(ErrorSentences.of("title", null)).isEqualTo("The title is not valid.");
        assertThat(ErrorSentences.of("speaker", " ")).isEqualTo("This is not valid.");
    }
}
