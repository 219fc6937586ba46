package dev.vetted.core.review;

import dev.vetted.core.common.Actor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The role rule and the four-eyes rule as read from tasks in hand, without the stack. */
class DeskPermissionsTest {

    static ReviewTask task(ReviewStep step, String decidedBySubject) {
        ReviewTask task = new ReviewTask();
        task.step = step;
        task.candidateRole = step.role();
        task.decidedBySubject = decidedBySubject;
        return task;
    }

    @Test
    void aTaskIsForItsRoleAndTheRefusalSaysWhichRolesThePersonHas() {
        ReviewTask signoff = task(ReviewStep.SIGNOFF, null);
        assertThat(DeskPermissions.roleRefusal(signoff, Set.of("editor"))).isNull();
        assertThat(DeskPermissions.roleRefusal(signoff, Set.of("fact-checker", "admin")))
                .contains("editor role").contains("admin, fact-checker");
        assertThat(DeskPermissions.roleRefusal(signoff, Set.of())).contains("no desk role");
    }

    @Test
    void whoeverDecidedACheckOfTheClaimHasCheckedIt() {
        Actor erin = new Actor("subject-erin", "erin");
        Actor dana = new Actor("subject-dana", "dana");
        List<ReviewTask> tasks = List.of(task(ReviewStep.ATTRIBUTION, "subject-erin"), task(ReviewStep.SIGNOFF, "subject-dana"));
        assertThat(DeskPermissions.checkedBy(tasks, erin)).isTrue();
        assertThat(DeskPermissions.checkedBy(tasks, dana)).as("a sign-off is not a check").isFalse();
    }
}
