package dev.vetted.core.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text in a language the extractor does not handle gets its language named and no suggestions. */
class LanguageGuessTest {

    @Test
    void englishIsEnglish() {
        Extraction e = new ClaimExtractor().analyse("The council said on Monday that the new bridge would cost 40 million euros and open in 2027.");
        assertThat(e.language()).isEqualTo("en");
        assertThat(e.claims()).isNotEmpty();
    }

    @Test
    void germanGetsItsNameAndNoClaims() {
        Extraction e = new ClaimExtractor().analyse("""
                Der Stadtrat hat am Montag beschlossen, dass die neue Brücke 40 Millionen Euro kosten und im Jahr 2027 eröffnet werden soll.
                Die Bürgermeisterin sagte, die Arbeiten würden im Frühjahr beginnen und etwa drei Jahre dauern.
                """);
        assertThat(e.language()).isEqualTo("de");
        assertThat(e.handled()).isFalse();
        assertThat(e.claims()).isEmpty();
    }

    @Test
    void spanishToo() {
        assertThat(new ClaimExtractor().analyse("El gobierno anunció el martes que la inflación bajó al tres por ciento en el mes de mayo, según los datos oficiales.")
                .language()).isEqualTo("es");
    }
}
