package dev.vetted.core.publish;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @Test
    void wordsAreLowerCasedAndJoinedByHyphens() {
        assertThat(Slugs.of("The city's budget grew by 4 percent in 2025.")).isEqualTo("the-citys-budget-grew-by-4-percent-in-2025");
    }

    @Test
    void accentsOnLatinLettersGoAndPunctuationSeparates() {
        assertThat(Slugs.of("Le chômage a baissé de 0,5 % — selon l'Insee")).isEqualTo("le-chomage-a-baisse-de-0-5-selon-linsee");
    }

    @Test
    void otherScriptsAreKept() {
        assertThat(Slugs.of("Безработица снизилась")).isEqualTo("безработица-снизилась");
        assertThat(Slugs.of("बेरोज़गारी घटी")).contains("बेरोज़गारी".substring(0, 3));
    }

    @Test
    void longClaimsAreCutAtAWord() {
        String slug = Slugs.of("Inflation ".repeat(30));
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).endsWith("inflation").doesNotEndWith("-");
    }

    @Test
    void aClaimWithoutLettersOrDigitsStillGetsAnAddress() {
        assertThat(Slugs.of("“…” !!")).isEqualTo(Slugs.FALLBACK);
        assertThat(Slugs.of(null)).isEqualTo(Slugs.FALLBACK);
    }

    @Test
    void aTakenSlugGetsTheNextFreeNumber() {
        Set<String> taken = Set.of("taxes-rose", "taxes-rose-2");
        assertThat(Slugs.unique("taxes-rose", taken::contains)).isEqualTo("taxes-rose-3");
        assertThat(Slugs.unique("taxes-fell", taken::contains)).isEqualTo("taxes-fell");
    }
}
