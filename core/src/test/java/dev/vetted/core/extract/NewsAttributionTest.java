package dev.vetted.core.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The attribution patterns of news beyond "X said", each in sentences written for these tests. */
class NewsAttributionTest {

    static String speakerOf(String article, String fragment) {
        List<SuggestedClaim> claims = new ClaimExtractor(0).extract(article);
        return claims.stream().filter(c -> c.text().contains(fragment)).findFirst()
                .map(c -> c.speaker() == null ? "<none>" : c.speaker())
                .orElse("<not suggested>");
    }

    @Test
    void theVerbsOfDenialAndRebuttalAttribute() {
        String article = """
                The ministry rubbished reports that 500 soldiers had deserted in March.
                Senator Ruth Amadi refuted claims that she had taken $20,000 from the developer.
                The club dismissed as false a report that its coach had resigned on Monday.
                """;
        assertThat(speakerOf(article, "500 soldiers")).isEqualTo("ministry");
        assertThat(speakerOf(article, "$20,000")).isEqualTo("Ruth Amadi");
        assertThat(speakerOf(article, "coach had resigned")).isEqualTo("club");
    }

    @Test
    void aQuotationAfterAColonIsTheSpeakers() {
        String article = """
                Mayor Lena Fischer said: "The bridge carries 40,000 cars a day and it will close for six weeks."
                """;
        assertThat(speakerOf(article, "40,000 cars")).isEqualTo("Lena Fischer");
    }

    @Test
    void aQuotationThatGoesOnIsStillTheSpeakers() {
        String article = """
                "We found 12 faults in the wiring," inspector Paul Graham said. "Three of them were dangerous."

                "The landlord was told about all of them in 2022 and did nothing for a year."

                The building was evacuated on Friday.
                """;
        assertThat(speakerOf(article, "Three of them")).isEqualTo("Paul Graham");
        assertThat(speakerOf(article, "did nothing for a year")).isEqualTo("Paul Graham");
        assertThat(speakerOf(article, "evacuated")).isEqualTo("<none>");
    }

    @Test
    void heAddedAfterAQuote() {
        String article = """
                Coach Maria Lund said the team had won 11 of its last 12 matches.
                "We conceded only four goals in that run," she added.
                """;
        assertThat(speakerOf(article, "four goals")).isEqualTo("Maria Lund");
    }

    @Test
    void twoSourcesInOneSentenceGetAClaimEach() {
        String article = "The economy added 90,000 jobs in March, but economists dismissed that as a blip caused by the weather.";
        List<SuggestedClaim> claims = new ClaimExtractor(0).extract(article);
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.text()).contains("90,000 jobs").doesNotContain("economists");
            assertThat(c.speaker()).isNull();
        });
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.text()).contains("economists dismissed");
            assertThat(c.speaker()).isEqualTo("economists");
        });
    }

    @Test
    void aClaimDeniedBySomeoneIsThatSomeonesToo() {
        String article = "The former aide alleges she was paid $15,000 to stay silent - claims denied by the Harwick Group.";
        List<SuggestedClaim> claims = new ClaimExtractor(0).extract(article);
        assertThat(claims).anySatisfy(c -> assertThat(c.speaker()).isEqualTo("Harwick Group"));
        assertThat(claims).anySatisfy(c -> assertThat(c.speaker()).isEqualTo("former aide"));
    }

    @Test
    void aCitedPieceIsTheSourceOfWhatItSays() {
        String article = "The airline denied a Morning Star report saying that 40 pilots had quit in a single week.";
        List<SuggestedClaim> claims = new ClaimExtractor(0).extract(article);
        assertThat(claims).anySatisfy(c -> assertThat(c.speaker()).isEqualTo("airline"));
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.text()).startsWith("a Morning Star report").contains("40 pilots");
            assertThat(c.speaker()).isEqualTo("Morning Star");
        });
    }

    @Test
    void theOriginalSourceWinsOverTheOneRelayingIt() {
        String article = "The Evening Ledger, citing two officials, said the army had moved 3,000 troops north, Radio Delta reports.";
        assertThat(speakerOf(article, "3,000 troops")).isEqualTo("Evening Ledger");
    }

    @Test
    void whichSaidStandsForTheNameBeforeIt() {
        String article = "The story was first reported by Channel Nine News, which said the deal was worth $2 billion.";
        assertThat(speakerOf(article, "$2 billion")).isEqualTo("Channel Nine News");
    }

    @Test
    void aHeadlineNamesItsSourceAfterAColon() {
        String article = """
                Flood death toll rises to 41: police

                The death toll from the floods in the north rose to 41 on Sunday, police said.
                """;
        assertThat(speakerOf(article, "Flood death toll rises")).isEqualTo("police");
    }

    @Test
    void aHeadlineInTitleCaseWithADenial() {
        String article = """
                Ministry Denies Report of 2,000 Job Cuts at State Railway

                The transport ministry said on Tuesday that no jobs would be cut this year.
                """;
        assertThat(speakerOf(article, "Denies Report")).isEqualTo("Ministry");
    }

    @Test
    void namesWithInitialsAndTitles() {
        String article = """
                Dr. Anita R. Sharma of the city hospital said 60 percent of the patients were over 70.
                Gov. Peter J. Walsh Jr. said the state would spend $80 million on new clinics.
                """;
        assertThat(speakerOf(article, "60 percent")).isEqualTo("Anita R. Sharma");
        assertThat(speakerOf(article, "$80 million")).contains("Peter J. Walsh");
    }

    @Test
    void aWeekdayMonthOrTimeIsNeverTheSpeaker() {
        String article = """
                Northbank Energy on Thursday said 14,000 homes lost power during the storm.
                Northbank Energy said in a statement late Monday that repairs would take a week.
                """;
        assertThat(speakerOf(article, "14,000 homes")).isEqualTo("Northbank Energy");
        assertThat(speakerOf(article, "repairs would take")).isEqualTo("Northbank Energy");
    }

    @Test
    void theListenerIsNeverTheSpeaker() {
        String article = "\"Rents rose 9 percent last year,\" the housing minister told the Daily Post.";
        assertThat(speakerOf(article, "Rents rose")).isEqualTo("housing minister");
    }

    @Test
    void anAppositiveNameBeforeTheVerb() {
        String article = "\"Sales doubled in the second half,\" the chief executive of the firm, Rosa Blanco, told reporters.";
        assertThat(speakerOf(article, "Sales doubled")).isEqualTo("Rosa Blanco");
    }

    @Test
    void aParticipleClauseSpeaksForItsSubject() {
        String article = "Council leader Amir Khan expressed confidence, saying the budget would be balanced by 2027.";
        assertThat(speakerOf(article, "balanced by 2027")).isEqualTo("Amir Khan");
    }

    @Test
    void anOrganisationThatMerelyActsIsNoSpeaker() {
        String article = "Greenfield Dairies is recalling 8,000 bottles of milk sold in three states because of a labelling error.";
        assertThat(speakerOf(article, "8,000 bottles")).isEqualTo("<none>");
    }

    @Test
    void aPassiveVerbHasNoSpeakerBeforeIt() {
        String article = "The two brothers were charged with fraud in 2021 after an audit found $3 million missing.";
        assertThat(speakerOf(article, "charged with fraud")).isEqualTo("<none>");
    }

    @Test
    void findingsNeedContentToAttribute() {
        assertThat(speakerOf("The probe finds two new moons around the planet, each about 3 kilometres wide.", "two new moons"))
                .isEqualTo("<none>");
        assertThat(speakerOf("The study found that 30 percent of the nurses had worked unpaid overtime.", "30 percent"))
                .isEqualTo("study");
    }

    @Test
    void aViewHeldIsTheHoldersClaim() {
        assertThat(speakerOf("The union was of the opinion that the company had hired 200 temporary workers.", "200 temporary"))
                .isEqualTo("union");
    }

    @Test
    void aSecondVerbSharesTheSentencesSubject() {
        assertThat(speakerOf("Police have not named the driver, but said he was 34 and lived in the town.", "he was 34"))
                .isEqualTo("Police");
    }

    @Test
    void aLongTitleEndsInTheName() {
        assertThat(speakerOf("Leader of the Opposition in the Senate Maria Torres, speaking to reporters, said the vote was rigged.",
                "vote was rigged")).isEqualTo("Maria Torres");
    }

    @Test
    void theAgentOfAPassiveReportIsItsSource() {
        assertThat(speakerOf("The sale was reported earlier by the Harbour Gazette, which put its value at $90 million.", "$90 million"))
                .isEqualTo("Harbour Gazette");
    }
}
