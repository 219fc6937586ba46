package dev.vetted.core.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vetted.core.audit.AuditLog;
import dev.vetted.core.claim.Claim;
import dev.vetted.core.claim.ClaimStatus;
import dev.vetted.core.claim.Verdict;
import dev.vetted.core.common.Text;
import dev.vetted.core.common.Actor;
import dev.vetted.core.common.ConflictException;
import dev.vetted.core.common.ForbiddenActionException;
import dev.vetted.core.common.InputRules;
import dev.vetted.core.common.NotFoundException;
import dev.vetted.core.common.Page;
import dev.vetted.core.common.PageRequest;
import dev.vetted.core.outbox.Outbox;
import io.quarkus.panache.common.Parameters;
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

    public static final String REVIEW_DECIDED = "review-decided";

    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public ReviewDesk(Outbox outbox, AuditLog audit, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Which tasks to list; every part optional. */
    public record TaskFilter(ReviewStep step, List<TaskState> states, String assignee, List<String> roles,
                             UUID claimId, String text, String speaker, Boolean overdue, String decidedBy) {

        public TaskFilter(ReviewStep step, List<TaskState> states, String assignee, List<String> roles,
                          UUID claimId, String text, String speaker) {
            this(step, states, assignee, roles, claimId, text, speaker, null, null);
        }
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
        ClaimStatus status = step == ReviewStep.SIGNOFF ? ClaimStatus.AWAITING_SIGNOFF : ClaimStatus.IN_REVIEW;
        if (claim.status != ClaimStatus.PUBLISHED && claim.status != ClaimStatus.REJECTED && claim.status != status) {
            claim.status = status;
            claim.updatedAt = task.createdAt;
        }
        audit.record(Actor.SYSTEM, "task.opened", claimId, Map.of("taskId", task.id.toString(), "step", step.name(),
                "dueAt", task.dueAt.toString()));
        return task;
    }

    @Transactional
    public ReviewTask claim(UUID taskId, Actor actor, Set<String> roles) {
        ReviewTask task = get(taskId);
        if (task.state == TaskState.CLAIMED && actor.username().equals(task.assignee)) return task;
        requireOpen(task);
        requireAllowed(task, actor, roles);
        task.state = TaskState.CLAIMED;
        task.assignee = actor.username();
        audit.record(actor, "task.claimed", task.claim.id, Map.of("taskId", task.id.toString(), "step", task.step.name()));
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
        audit.record(actor, "task.released", task.claim.id, Map.of("taskId", task.id.toString(), "step", task.step.name()));
        return task;
    }

    @Transactional
    public ReviewTask decide(UUID taskId, DecisionInput input, Actor actor, Set<String> roles) {
        ReviewTask task = get(taskId);
        String decision = input.decision() == null ? null : input.decision().strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (task.state == TaskState.DECIDED) {
            if (actor.subject().equals(task.decidedBySubject) && task.decision.equals(decision)) return task; // a repeat
            throw new ConflictException("The task was already decided (" + task.decision + ") by " + task.decidedBy + ".");
        }
        if (task.state == TaskState.CANCELLED) throw new ConflictException("The task was cancelled and takes no decision.");
        if (task.state == TaskState.CLAIMED && !actor.username().equals(task.assignee)) {
            throw new ConflictException("The task is held by " + task.assignee + "; they decide it, or release it first.");
        }
        requireAllowed(task, actor, roles);

        InputRules rules = new InputRules().maxLength("comment", input.comment(), 10_000);
        Verdict verdict = null;
        ReviewStep sendBackTo = null;
        if (decision == null || decision.isEmpty()) {
            rules.fail("decision", "is required; one of " + task.step.decisions());
        } else if (!task.step.decisions().contains(decision)) {
            rules.fail("decision", "'" + Text.shown(input.decision()) + "' does not fit a " + task.step + " task; one of " + task.step.decisions());
        } else if (task.step == ReviewStep.SIGNOFF) {
            switch (decision) {
                case "APPROVE" -> verdict = verdict(input.verdict(), rules);
                case "SEND_BACK" -> {
                    sendBackTo = sendBackTo(input.sendBackTo(), rules);
                    if (input.comment() == null || input.comment().isBlank()) rules.fail("comment", "say why the claim goes back");
                }
                default -> {
                    if (input.comment() == null || input.comment().isBlank()) rules.fail("comment", "give the reason for rejecting");
                }
            }
        }
        List<Evidence> added = DecisionEvidence.of(input.evidence(), actor.username(), rules);
        rules.check();

        List<Evidence> evidence = new ArrayList<>(read(task.evidence));
        evidence.addAll(added);
        task.evidence = write(evidence);
        task.state = TaskState.DECIDED;
        task.decision = decision;
        task.verdict = verdict;
        task.sendBackTo = sendBackTo;
        task.comment = Text.blankToNull(input.comment());
        task.decidedBy = actor.username();
        task.decidedBySubject = actor.subject();
        task.decidedAt = clock.instant();
        if (task.assignee == null) task.assignee = actor.username();

        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(task.step.name().toLowerCase(Locale.ROOT) + "Decision", decision);
        if (task.step == ReviewStep.SIGNOFF) {
            variables.put("signoffDecision", decision);
            variables.put("verdict", verdict == null ? null : verdict.name());
            variables.put("sendBackTo", sendBackTo == null ? null : sendBackTo.name());
        }
        outbox.add(REVIEW_DECIDED, task.id.toString(), REVIEW_DECIDED + ":" + task.id, variables);

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("taskId", task.id.toString());
        details.put("step", task.step.name());
        details.put("decision", decision);
        details.put("verdict", verdict == null ? null : verdict.name());
        details.put("sendBackTo", sendBackTo == null ? null : sendBackTo.name());
        details.put("comment", task.comment);
        details.put("evidence", added);
        audit.record(actor, decision.equals("SEND_BACK") ? "claim.sent-back" : task.step == ReviewStep.SIGNOFF ? "claim.signed-off" : "task.decided",
                task.claim.id, details);
        return task;
    }

    /** The SLA passed: the task is marked overdue and the escalation recorded, once. */
    @Transactional
    public ReviewTask escalate(UUID taskId) {
        ReviewTask task = get(taskId);
        if (task.overdue || task.state == TaskState.DECIDED || task.state == TaskState.CANCELLED) return task;
        task.overdue = true;
        task.escalatedAt = clock.instant();
        audit.record(Actor.SYSTEM, "task.escalated", task.claim.id, Map.of("taskId", task.id.toString(),
                "step", task.step.name(), "dueAt", task.dueAt.toString()));
        return task;
    }

    /**
     * The task's role, and the four-eyes rule: whoever decided a check of a claim does not sign
     * that claim off.
     */
    private void requireAllowed(ReviewTask task, Actor actor, Set<String> roles) {
        String refusal = roleRefusal(task, roles);
        if (refusal == null) refusal = fourEyesRefusal(task, actor);
        if (refusal != null) throw new ForbiddenActionException(refusal);
    }

    /**
     * Why this person may not decide the open or claimed task now, or null when they may: the
     * same rules decisions are held to, for pages that explain rather than refuse.
     */
    public String whyNot(ReviewTask task, Actor actor, Set<String> roles) {
        String refusal = roleRefusal(task, roles);
        if (refusal != null) return refusal;
        if (task.state == TaskState.CLAIMED && !actor.username().equals(task.assignee)) return "Held by " + task.assignee + ".";
        return fourEyesRefusal(task, actor);
    }

    private static String roleRefusal(ReviewTask task, Set<String> roles) {
        if (roles.contains(task.candidateRole)) return null;
        return "This " + task.step + " task is for the " + task.candidateRole + " role; you have "
                + (roles.isEmpty() ? "no desk role" : String.join(", ", new java.util.TreeSet<>(roles))) + ".";
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

    /**
     * Whether the four-eyes rule keeps this person from signing a claim off, read from the claim's
     * tasks a caller already holds (the same test {@link #ownCheck} makes in the database).
     */
    public static boolean checkedBy(List<ReviewTask> tasksOfClaim, Actor actor) {
        return tasksOfClaim.stream().anyMatch(t -> t.step != ReviewStep.SIGNOFF && actor.subject().equals(t.decidedBySubject));
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
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.step() != null) {
            where.add("step = :step");
            params.and("step", filter.step());
        }
        if (filter.states() != null && !filter.states().isEmpty()) {
            where.add("state in :states");
            params.and("states", filter.states());
        }
        if (filter.assignee() != null) {
            where.add("assignee = :assignee");
            params.and("assignee", filter.assignee());
        }
        if (filter.roles() != null) {
            if (filter.roles().isEmpty()) return new Page<>(List.of(), request.page(), request.size(), 0);
            where.add("candidateRole in :roles");
            params.and("roles", filter.roles());
        }
        if (filter.claimId() != null) {
            where.add("claim.id = :claim");
            params.and("claim", filter.claimId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("lower(claim.text) like :text escape '\\'");
            params.and("text", Text.likeContains(filter.text()));
        }
        if (filter.speaker() != null && !filter.speaker().isBlank()) {
            where.add("lower(claim.speaker) like :speaker escape '\\'");
            params.and("speaker", Text.likeContains(filter.speaker()));
        }
        if (filter.overdue() != null) {
            where.add("overdue = :overdue");
            params.and("overdue", filter.overdue());
        }
        if (filter.decidedBy() != null) {
            where.add("decidedBy = :decidedBy");
            params.and("decidedBy", filter.decidedBy());
        }
        Sort sort = filter.decidedBy() != null ? Sort.descending("decidedAt").and("id")
                : Sort.descending("overdue").and("dueAt").and("id");
        var query = where.isEmpty() ? ReviewTask.<ReviewTask>findAll(sort) : ReviewTask.<ReviewTask>find(String.join(" and ", where), sort, params);
        long total = query.count();
        return new Page<>(query.page(request.page(), request.size()).list(), request.page(), request.size(), total);
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

    private static Verdict verdict(String value, InputRules rules) {
        if (value == null || value.isBlank()) {
            rules.fail("verdict", "is required to approve; one of " + java.util.Arrays.toString(Verdict.values()));
            return null;
        }
        try {
            return Verdict.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            rules.fail("verdict", "'" + Text.shown(value) + "' is not one of " + java.util.Arrays.toString(Verdict.values()));
            return null;
        }
    }

    private static ReviewStep sendBackTo(String value, InputRules rules) {
        if (value != null) {
            String v = value.strip().toUpperCase(Locale.ROOT);
            if (v.equals("ATTRIBUTION")) return ReviewStep.ATTRIBUTION;
            if (v.equals("CONFIRMATION")) return ReviewStep.CONFIRMATION;
        }
        rules.fail("sendBackTo", "name the step the claim goes back to: ATTRIBUTION or CONFIRMATION");
        return null;
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
