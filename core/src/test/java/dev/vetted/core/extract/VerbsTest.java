package dev.vetted.core.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every form of a reporting verb is found from its lemma, by English spelling rules and the irregular forms. */
class VerbsTest {

    @Test
    void regularFormsFollowSpelling() {
        assertThat(Verbs.forms("deny")).contains("deny", "denies", "denied", "denying");
        assertThat(Verbs.forms("refute")).contains("refutes", "refuted", "refuting");
        assertThat(Verbs.forms("rebut")).contains("rebutted", "rebutting");
        assertThat(Verbs.forms("dismiss")).contains("dismisses", "dismissed");
        assertThat(Verbs.forms("say")).contains("says", "said");
        assertThat(Verbs.forms("vow")).contains("vowed").doesNotContain("vowwed");
    }

    @Test
    void sensesOfTheVerbs() {
        assertThat(Verbs.isReporting("acknowledged")).isTrue();
        assertThat(Verbs.isDenial("rubbished")).isTrue();
        assertThat(Verbs.isDenial("said")).isFalse();
        assertThat(Verbs.sense("believes")).isEqualTo(Verbs.Sense.COGNITION);
        assertThat(Verbs.isReporting("walked")).isFalse();
    }

    @Test
    void nounLikeFormsAndPastOnlyVerbs() {
        assertThat(Verbs.ambiguous("report")).isTrue();
        assertThat(Verbs.ambiguous("reported")).isFalse();
        assertThat(Verbs.isReporting("posted")).isTrue();
        assertThat(Verbs.isReporting("post")).isFalse();
        assertThat(Verbs.needsContent("found")).isTrue();
        assertThat(Verbs.needsQuote("called")).isTrue();
    }
}
