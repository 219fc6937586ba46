package dev.vetted.core.review;

import dev.vetted.core.common.Actor;
import dev.vetted.core.common.ForbiddenActionException;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Who may decide a task: the task's role, and the four-eyes rule (whoever decided a check of a
 * claim does not sign that claim off). Decisions are refused by these rules and pages explain
 * with them, so both say the same.
 */
public final class DeskPermissions {

    private DeskPermissions() {
    }

    static void requireAllowed(ReviewTask task, Actor actor, Set<String> roles) {
        String refusal = roleRefusal(task, roles);
        if (refusal == null) refusal = fourEyesRefusal(task, actor);
        if (refusal != null) throw new ForbiddenActionException(refusal);
    }

    /** Why this person may not decide the open or claimed task now, or null when they may. */
    static String whyNot(ReviewTask task, Actor actor, Set<String> roles) {
        String refusal = roleRefusal(task, roles);
        if (refusal != null) return refusal;
        if (task.state == TaskState.CLAIMED && !actor.username().equals(task.assignee)) return "Held by " + task.assignee + ".";
        return fourEyesRefusal(task, actor);
    }

    /**
     * Whether the four-eyes rule keeps this person from signing a claim off, read from the claim's
     * tasks a caller already holds (the same test {@link #ownCheck} makes in the database).
     */
    public static boolean checkedBy(List<ReviewTask> tasksOfClaim, Actor actor) {
        return tasksOfClaim.stream().anyMatch(t -> t.step != ReviewStep.SIGNOFF && actor.subject().equals(t.decidedBySubject));
    }

    static String roleRefusal(ReviewTask task, Set<String> roles) {
        if (roles.contains(task.candidateRole)) return null;
        return "This " + task.step + " task is for the " + task.candidateRole + " role; you have "
                + (roles.isEmpty() ? "no desk role" : String.join(", ", new TreeSet<>(roles))) + ".";
    }

    private static String fourEyesRefusal(ReviewTask task, Actor actor) {
        if (task.step != ReviewStep.SIGNOFF) return null;
        ReviewTask own = ownCheck(task.claim.id, actor);
        return own == null ? null : "You decided the " + own.step.name().toLowerCase(Locale.ROOT)
                + " check of this claim, so another editor must sign it off (four-eyes rule).";
    }

    /** A check of the claim this person decided, if any. */
    private static ReviewTask ownCheck(UUID claimId, Actor actor) {
        return ReviewTask.<ReviewTask>find("claim.id = ?1 and step <> ?2 and decidedBySubject = ?3",
                claimId, ReviewStep.SIGNOFF, actor.subject()).firstResult();
    }
}
