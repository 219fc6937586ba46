package dev.vetted.core.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each way news prose attributes a claim, in sentences written for these tests. */
class AttributionPatternsTest {

    /** The speaker the extractor gives the sentence containing {@code fragment}. */
    static String speakerOf(String article, String fragment) {
        List<SuggestedClaim> claims = new ClaimExtractor().extract(article);
        return claims.stream().filter(c -> c.text().contains(fragment)).findFirst()
                .map(c -> c.speaker() == null ? "<none>" : c.speaker())
                .orElse("<not suggested>");
    }

    @Test
    void quoteThenSpeakerThenVerb() {
        assertThat(speakerOf("“We will cut taxes by 10 percent next year,” Governor Maria Alvarez said on Monday.",
                "cut taxes")).isEqualTo("Maria Alvarez");
    }

    @Test
    void quoteThenVerbThenSpeaker() {
        assertThat(speakerOf("\"The bridge will reopen in March after $40 million of repairs,\" said transport chief Tom Okafor.",
                "bridge")).isEqualTo("Tom Okafor");
    }

    @Test
    void speakerThenColonThenQuote() {
        assertThat(speakerOf("Health Minister Anna Berg said: “Two hospitals will close by 2026 because of staff shortages.”",
                "hospitals")).isEqualTo("Anna Berg");
    }

    @Test
    void reportedSpeechWithManyVerbs() {
        String article = """
                Finance Minister Carlos Mendes denied that the country had missed its 2023 deficit target.
                Opposition leader Joana Pires insisted that unemployment rose to 9 percent in the first quarter.
                The central bank clarified on Tuesday that its reserves stood at 12 billion euros.
                """;
        assertThat(speakerOf(article, "deficit target")).isEqualTo("Carlos Mendes");
        assertThat(speakerOf(article, "unemployment")).isEqualTo("Joana Pires");
        assertThat(speakerOf(article, "reserves")).isEqualTo("central bank");
    }

    @Test
    void outletsAndBodiesAreSources() {
        String article = """
                A New York Times report claimed that the company laid off 3,000 workers in May.
                Reuters reported, citing two officials, that the talks collapsed on Friday after 12 hours.
                """;
        assertThat(speakerOf(article, "laid off")).isEqualTo("New York Times");
        assertThat(speakerOf(article, "talks collapsed")).isEqualTo("Reuters");
    }

    @Test
    void accordingToNamesTheSourceWhereverItStands() {
        assertThat(speakerOf("Prices rose 4.1% in October, according to the Office for National Statistics.", "Prices rose"))
                .isEqualTo("Office for National Statistics");
    }

    @Test
    void laterReferencesResolveToTheFullName() {
        String article = """
                Senator Laura Kim said the bill would cost $2 billion over ten years.
                Kim added that 14 states had already passed similar laws.
                She also said that the vote would take place on Thursday.
                """;
        assertThat(speakerOf(article, "14 states")).isEqualTo("Laura Kim");
        assertThat(speakerOf(article, "vote would take place")).isEqualTo("Laura Kim");
    }

    @Test
    void theOutletIsResolvedFromItsShortName() {
        String article = """
                The Washington Post reported that the agency lost 200 laptops in 2022.
                The Post later said that 50 of them had been recovered by police in March.
                """;
        assertThat(speakerOf(article, "recovered")).isEqualTo("The Washington Post".replace("The ", ""));
    }

    @Test
    void anonymousSourcesAreKeptAsWritten() {
        String article = """
                An Israeli official told reporters that 30 trucks of aid entered the territory on Sunday.
                Two people familiar with the negotiations said the ceasefire would last five days.
                """;
        assertThat(speakerOf(article, "30 trucks")).isEqualTo("Israeli official");
        assertThat(speakerOf(article, "ceasefire")).isEqualTo("Two people");
    }

    @Test
    void theMainClauseWinsOverALeadingWhileClause() {
        assertThat(speakerOf("While the union claimed that 5,000 members joined the strike, the company rejected that figure on Monday.",
                "strike")).isEqualTo("company");
    }

    @Test
    void hearsayLeansOnTheSourceThatAssertedBeforeIt() {
        String article = "A Daily Mail story claimed that the minister resigned on Friday. "
                + "It is said that he was paid 200,000 pounds to leave by the end of the month.";
        assertThat(speakerOf(article, "200,000")).isEqualTo("Daily Mail");
    }

    @Test
    void anUnattributedFactHasNoSpeaker() {
        assertThat(speakerOf("In March, the river flooded 300 homes after three days of heavy rain in the valley.",
                "flooded")).isEqualTo("<none>");
    }

    @Test
    void verbsInsideQuotationsDoNotAttribute() {
        assertThat(speakerOf("The mayor said “the auditor reported nothing wrong” about the 2022 accounts of the city.",
                "accounts")).isEqualTo("mayor");
    }

    @Test
    void aWritersOwnOpinionsAndQuestionsAreNotSuggested() {
        String article = """
                I think this is the best budget the city has ever had.
                Will the council approve the 12 percent increase next week?
                It is clear that much uncertainty remains in the negotiations.
                """;
        assertThat(new ClaimExtractor().extract(article)).isEmpty();
    }
}
