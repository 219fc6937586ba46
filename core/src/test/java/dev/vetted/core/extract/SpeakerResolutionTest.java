package dev.vetted.core.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every mention of one source becomes one speaker: its canonical name, kind and role. Sentences written for these tests. */
class SpeakerResolutionTest {

    static SuggestedClaim claimWith(String article, String fragment) {
        List<SuggestedClaim> claims = new ClaimExtractor(0).extract(article);
        return claims.stream().filter(c -> c.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no suggestion holds '" + fragment + "' in " + claims));
    }

    @Test
    void aTitledPersonIsOnePersonWithTheTitleAsRole() {
        String article = """
                Deputy Finance Minister Clara Osei said the deficit fell to 3.1 percent of output in 2024.
                Osei added that tax receipts rose by 8 percent over the same period.
                She said the ministry would publish the full accounts on 12 March.
                """;
        SuggestedClaim first = claimWith(article, "deficit fell");
        assertThat(first.speaker()).isEqualTo("Clara Osei");
        assertThat(first.speakerKind()).isEqualTo("person");
        assertThat(first.speakerRole()).isEqualTo("Deputy Finance Minister");
        assertThat(claimWith(article, "tax receipts").speaker()).isEqualTo("Clara Osei");
        assertThat(claimWith(article, "full accounts").speaker()).isEqualTo("Clara Osei");
    }

    @Test
    void theCompanyAndItMeanTheCompanyTheArticleIsAbout() {
        String article = """
                Harbor Freightlines said on Monday that 2,400 containers were delayed at the port in June.
                The company said the delays cost it about $12 million in fees.
                It also said that three ships had been diverted to other ports.
                """;
        SuggestedClaim company = claimWith(article, "delays cost");
        assertThat(company.speaker()).isEqualTo("Harbor Freightlines");
        assertThat(company.speakerKind()).isEqualTo("organisation");
        assertThat(claimWith(article, "three ships").speaker()).isEqualTo("Harbor Freightlines");
    }

    @Test
    void aPassingMentionDoesNotBecomeTheCompany() {
        String article = """
                Norwood Foods said 12,000 jars of sauce were recalled in May because of glass fragments.
                The recall was first reported by Grocery Ledger, according to the trade site Market Wire.
                The company said no injuries had been reported by customers in any of the 14 states.
                """;
        assertThat(claimWith(article, "no injuries").speaker()).isEqualTo("Norwood Foods");
    }

    @Test
    void aRoleNounMeansThePersonOfThatRoleNamedBefore() {
        String article = """
                Police spokesman Tomas Reyes said two men were arrested on Friday after the robbery.
                The spokesman said both men had been released on bail of $5,000 each by Sunday.
                """;
        assertThat(claimWith(article, "released on bail").speaker()).isEqualTo("Tomas Reyes");
    }

    @Test
    void aRoleNeverNamedStaysTheRoleAsWritten() {
        String article = "A spokeswoman for the regional hospital said 31 patients were treated for smoke inhalation on Tuesday.";
        SuggestedClaim c = claimWith(article, "31 patients");
        assertThat(c.speaker()).contains("spokeswoman");
        assertThat(c.speakerKind()).isEqualTo("person");
    }

    @Test
    void anAbbreviationMeansTheNameItAbbreviates() {
        String article = """
                The National Transport Safety Office (NTSO) said 14 people died on the roads in April.
                The NTSO said that speeding played a part in nine of the crashes.
                """;
        assertThat(claimWith(article, "speeding").speaker()).isEqualTo("National Transport Safety Office");
    }

    @Test
    void anonymousSourcesAreAnonymous() {
        SuggestedClaim c = claimWith("Two people familiar with the talks said the merger would be announced within 10 days.",
                "merger");
        assertThat(c.speaker()).isEqualTo("Two people");
        assertThat(c.speakerKind()).isEqualTo("anonymous");
    }

    @Test
    void anOutletIsAnOutlet() {
        SuggestedClaim c = claimWith("The Daily Courier reported that the mayor spent $40,000 on flights in 2023.", "flights");
        assertThat(c.speaker()).isEqualTo("Daily Courier");
        assertThat(c.speakerKind()).isEqualTo("outlet");
    }

    @Test
    void aPronounNeedsSomeoneNamedBefore() {
        assertThat(claimWith("He said the factory would close in 2026 with the loss of 300 jobs.", "factory").speaker()).isNull();
    }
}
