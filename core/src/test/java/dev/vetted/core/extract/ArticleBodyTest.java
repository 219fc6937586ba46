package dev.vetted.core.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The article's own text in a pasted page: headlines and paragraphs kept, the page's furniture left out. */
class ArticleBodyTest {

    private static List<String> blocks(String text) {
        return ArticleBody.blocks(text).stream().map(b -> (b.headline() ? "H: " : "P: ") + b.span().of(text).replaceAll("\\s+", " ")).toList();
    }

    @Test
    void headlinesAreKeptAndRepeatedOnesOnce() {
        String page = """
                Skip to Content

                Harbour tunnel to close for three months

                Harbour tunnel to close for three months

                By Jane Doe, Staff Writer
                Updated 10:42 am

                The harbour tunnel will close for three months from June, the city said on Monday.
                """;
        assertThat(blocks(page)).containsExactly(
                "H: Harbour tunnel to close for three months",
                "P: The harbour tunnel will close for three months from June, the city said on Monday.");
    }

    @Test
    void hardWrappedLinesAreJoinedAgain() {
        String page = """
                WELLINGTON, May 3 — The council voted on Thursday to sell the
                old library building, which has stood empty since 2019, for
                about $4 million to a private developer.
                The sale still needs the approval of the regional board.
                """;
        List<String> b = blocks(page);
        assertThat(b).anySatisfy(s -> assertThat(s).contains("to sell the old library building, which has stood empty since 2019, for about $4 million"));
    }

    @Test
    void captionsCreditsAndDatesAreFurniture() {
        String page = """
                The minister leaves the court in Paris on Wednesday. (AP Photo/Jean Martin)

                Wednesday, June 4, 2014

                Photo: Reuters

                RELATED: Minister questioned over funding

                The minister was questioned for 11 hours about the 2012 campaign accounts.
                """;
        assertThat(blocks(page)).containsExactly("P: The minister was questioned for 11 hours about the 2012 campaign accounts.");
    }

    @Test
    void nothingAfterTheSitesFooterIsTheArticle() {
        String page = """
                Rainfall in April was twice the average for the month, the weather service said.

                Articles You May Like

                Storm warning for the coast as winds reach 120 km an hour this weekend.
                """;
        assertThat(blocks(page)).containsExactly("P: Rainfall in April was twice the average for the month, the weather service said.");
    }

    @Test
    void aListingLineIsSkippedButTheListingGoesOn() {
        String page = """
                The botanical garden drew 300,000 visitors this summer, a record.

                Published in News

                The science museum counted 85,000 visitors in August alone.
                """;
        assertThat(blocks(page)).hasSize(2);
    }

    @Test
    void aHeadlineLosesTheSiteNameAfterABar() {
        String page = "Coach thanks players after title win | The Daily Sport\n\nThe team won its third title in a row on Sunday.";
        assertThat(blocks(page).get(0)).isEqualTo("H: Coach thanks players after title win");
    }
}
