package dev.vetted.web.request;

import dev.vetted.core.claim.Verdict;
import dev.vetted.core.common.InvalidInputException;
import dev.vetted.core.review.ReviewStep;
import dev.vetted.core.review.TaskState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one reading of a constant's name from a request. */
class RequestValuesTest {

    @Test
    void aConstantIsReadWhateverItsCaseSpacesOrDashes() {
        assertThat(RequestValues.constant(ReviewStep.class, " signoff ")).contains(ReviewStep.SIGNOFF);
        assertThat(RequestValues.constant(TaskState.class, "claimed")).contains(TaskState.CLAIMED);
        assertThat(RequestValues.constant(Verdict.class, "mostly-true")).contains(Verdict.MOSTLY_TRUE);
        assertThat(RequestValues.constant(Verdict.class, "Mostly true")).contains(Verdict.MOSTLY_TRUE);
    }

    @Test
    void aNameThatIsNoConstantIsNoneOrA422NamingTheField() {
        assertThat(RequestValues.constant(ReviewStep.class, "publish")).isEmpty();
        assertThat(RequestValues.constant(ReviewStep.class, "")).isEmpty();
        assertThat(RequestValues.constant(ReviewStep.class, null)).isEmpty();
        assertThat(RequestValues.enumValue("step", " ", ReviewStep.class)).isNull();
        assertThatThrownBy(() -> RequestValues.enumValue("step", "publish", ReviewStep.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("step: 'publish' is not one of")
                .hasMessageContaining("ATTRIBUTION");
    }
}
