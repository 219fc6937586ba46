package dev.vetted.core.review;

import dev.vetted.core.claim.ReviewSla;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewStepTest {

    @Test
    void eachStepTakesItsOwnTimeLimit() {
        ReviewSla sla = new ReviewSla() {
            public Duration attribution() {
                return Duration.ofHours(1);
            }

            public Duration confirmation() {
                return Duration.ofHours(2);
            }

            public Duration signoff() {
                return Duration.ofHours(3);
            }
        };
        assertThat(ReviewStep.ATTRIBUTION.timeLimit(sla)).isEqualTo(Duration.ofHours(1));
        assertThat(ReviewStep.CONFIRMATION.timeLimit(sla)).isEqualTo(Duration.ofHours(2));
        assertThat(ReviewStep.SIGNOFF.timeLimit(sla)).isEqualTo(Duration.ofHours(3));
    }
}
