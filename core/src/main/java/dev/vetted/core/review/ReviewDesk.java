package dev.vetted.core.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vetted.core.audit.AuditAction;
import dev.vetted.core.audit.AuditLog;
import dev.vetted.core.claim.Claim;
import dev.vetted.core.claim.Verdict;
import dev.vetted.core.common.Actor;
import dev.vetted.core.common.ConflictException;
import dev.vetted.core.common.NotFoundException;
import dev.vetted.core.common.Page;
import dev.vetted.core.common.PageRequest;
import dev.vetted.core.common.Text;
import dev.vetted.core.outbox.Outbox;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The review tasks of the desk: opened by routing, claimed and decided by people. A decision is
 * one transaction: the task, its audit event and the engine's message in the outbox.
 */
@ApplicationScoped
public class ReviewDesk {


    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public ReviewDesk(Outbox outbox, AuditLog audit, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens the task for a step of a claim. {@code sourceKey} names the workflow job that asks:
     * asking again (a retried job) returns the task already opened.
     */
    @Transactional
    public ReviewTask open(UUID claimId, ReviewStep step, String sourceKey, Duration sla, List<Evidence> candidates) {
        ReviewTask existing = ReviewTask.find("sourceKey", sourceKey).firstResult();
        if (existing != null) return existing;
        Claim claim = Claim.findById(claimId);
        if (claim == null) throw new NotFoundException("claim", claimId);
        ReviewTask task = new ReviewTask();
        task.id = UUID.randomUUID();
        task.claim = claim;
        task.step = step;
        task.state = TaskState.OPEN;
        task.candidateRole = step.role();
        task.createdAt = clock.instant();
        task.dueAt = task.createdAt.plus(sla);
        task.sourceKey = sourceKey;
        task.evidence = write(candidates == null ? List.of() : candidates);
        task.persist();
        claim.reviewOpened(step == ReviewStep.SIGNOFF, task.createdAt);
        audit.record(Actor.SYSTEM, AuditAction.TASK_OPENED, claimId, Map.of("taskId", task.id.toString(), "step", step.name(),
                "dueAt", task.dueAt.toString()));
        return task;
    }

    @Transactional
    public ReviewTask claim(UUID taskId, Actor actor, Set<String> roles) {
        ReviewTask task = get(taskId);
        if (task.state == TaskState.CLAIMED && actor.username().equals(task.assignee)) return task;
        requireOpen(task);
        DeskPermissions.requireAllowed(task, actor, roles);
        task.state = TaskState.CLAIMED;
        task.assignee = actor.username();
        audit.record(actor, AuditAction.TASK_CLAIMED, task.claim.id, Map.of("taskId", task.id.toString(), "step", task.step.name()));
        return task;
    }

    @Transactional
    public ReviewTask release(UUID taskId, Actor actor) {
        ReviewTask task = get(taskId);
        if (task.state == TaskState.OPEN) return task;
        if (task.state != TaskState.CLAIMED || !actor.username().equals(task.assignee)) {
            throw new ConflictException(task.state == TaskState.CLAIMED
                    ? "The task is held by " + task.assignee + "; only they can release it."
                    : "The task is " + task.state.name().toLowerCase(Locale.ROOT) + " and cannot be released.");
        }
        task.state = TaskState.OPEN;
        task.assignee = null;
        audit.record(actor, AuditAction.TASK_RELEASED, task.claim.id, Map.of("taskId", task.id.toString(), "step", task.step.name()));
        return task;
    }

    @Transactional
    public ReviewTask decide(UUID taskId, DecisionInput input, Actor actor, Set<String> roles) {
        ReviewTask task = get(taskId);
        if (isRepeat(task, input, actor)) return task;
        DeskPermissions.requireAllowed(task, actor, roles);

        DecisionCheck.Checked checked = DecisionCheck.check(task.step, input, actor.username());
        List<Evidence> evidence = new ArrayList<>(read(task.evidence));
        evidence.addAll(checked.added());
        task.evidence = write(evidence);
        task.state = TaskState.DECIDED;
        task.decision = checked.decision().name();
        task.verdict = checked.verdict();
        task.sendBackTo = checked.sendBackTo();
        task.comment = Text.blankToNull(input.comment());
        task.decidedBy = actor.username();
        task.decidedBySubject = actor.subject();
        task.decidedAt = clock.instant();
        if (task.assignee == null) task.assignee = actor.username();

        outbox.add(new TaskDecided(task.id, task.step, checked.decision(), checked.sendBackTo()));
        recordDecision(task, checked, actor);
        return task;
    }

    /**
     * Whether this is the same reviewer sending the same decision again (a double click, a retry),
     * which changes nothing; any other decision on a task that cannot take one is refused.
     */
    private static boolean isRepeat(ReviewTask task, DecisionInput input, Actor actor) {
        if (task.state == TaskState.DECIDED) {
            if (actor.subject().equals(task.decidedBySubject) && task.decision.equals(Decision.normalised(input.decision()))) return true;
            throw new ConflictException("The task was already decided (" + task.decision + ") by " + task.decidedBy + ".");
        }
        if (task.state == TaskState.CANCELLED) throw new ConflictException("The task was cancelled and takes no decision.");
        if (task.state == TaskState.CLAIMED && !actor.username().equals(task.assignee)) {
            throw new ConflictException("The task is held by " + task.assignee + "; they decide it, or release it first.");
        }
        return false;
    }

    private void recordDecision(ReviewTask task, DecisionCheck.Checked checked, Actor actor) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("taskId", task.id.toString());
        details.put("step", task.step.name());
        details.put("decision", task.decision);
        details.put("verdict", task.verdict == null ? null : task.verdict.name());
        details.put("sendBackTo", task.sendBackTo == null ? null : task.sendBackTo.name());
        details.put("comment", task.comment);
        details.put("evidence", checked.added());
        AuditAction action = checked.decision() == SignOffDecision.SEND_BACK ? AuditAction.CLAIM_SENT_BACK
                : task.step == ReviewStep.SIGNOFF ? AuditAction.CLAIM_SIGNED_OFF : AuditAction.TASK_DECIDED;
        audit.record(actor, action, task.claim.id, details);
    }

    /** The SLA passed: the task is marked overdue and the escalation recorded, once. */
    @Transactional
    public ReviewTask escalate(UUID taskId) {
        ReviewTask task = get(taskId);
        if (task.overdue || task.state == TaskState.DECIDED || task.state == TaskState.CANCELLED) return task;
        task.overdue = true;
        task.escalatedAt = clock.instant();
        audit.record(Actor.SYSTEM, AuditAction.TASK_ESCALATED, task.claim.id, Map.of("taskId", task.id.toString(),
                "step", task.step.name(), "dueAt", task.dueAt.toString()));
        return task;
    }

    /**
     * Why this person may not decide the open or claimed task now, or null when they may: the
     * same rules decisions are held to ({@link DeskPermissions}), for pages that explain rather than refuse.
     */
    public String whyNot(ReviewTask task, Actor actor, Set<String> roles) {
        return DeskPermissions.whyNot(task, actor, roles);
    }

    public ReviewTask get(UUID taskId) {
        ReviewTask task = ReviewTask.findById(taskId);
        if (task == null) throw new NotFoundException("review task", taskId);
        return task;
    }

    public List<ReviewTask> ofClaim(UUID claimId) {
        return ReviewTask.list("claim.id", Sort.ascending("createdAt"), claimId);
    }

    /** The inbox: overdue first, then by due time. */
    public Page<ReviewTask> list(TaskFilter filter, PageRequest request) {
        return InboxQuery.list(filter, request);
    }

    public List<Evidence> evidence(ReviewTask task) {
        return read(task.evidence);
    }

    private static void requireOpen(ReviewTask task) {
        switch (task.state) {
            case OPEN -> { }
            case CLAIMED -> throw new ConflictException("The task is held by " + task.assignee + ".");
            case DECIDED -> throw new ConflictException("The task was already decided by " + task.decidedBy + ".");
            case CANCELLED -> throw new ConflictException("The task was cancelled.");
        }
    }

    private String write(List<Evidence> evidence) {
        try {
            return json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private List<Evidence> read(String text) {
        try {
            return json.readValue(text, new TypeReference<List<Evidence>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable evidence of a task", e);
        }
    }

}
