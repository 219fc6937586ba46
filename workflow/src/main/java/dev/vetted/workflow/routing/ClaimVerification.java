package dev.vetted.workflow.routing;

import dev.vetted.core.claim.ClaimAccepted;
import dev.vetted.core.review.ReviewStep;
import dev.vetted.core.review.TaskDecided;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The contract between the desk and {@code claim-verification.bpmn}: the process id, the messages
 * it awaits, its job types, and the variables each side writes. Nothing else in the project names
 * them (the BPMN file aside), and {@code ClaimVerificationContractTest} reads the file to check
 * that every job type has a worker, every awaited message is published, and every variable an
 * expression reads is written by someone.
 */
public final class ClaimVerification {

    public static final String PROCESS_ID = "claim-verification";
    public static final String RESOURCE = "bpmn/claim-verification.bpmn";

    // --- messages the process awaits, published by the outbox relay
    /** Starts an instance; correlated by the claim's id. */
    public static final String CLAIM_SUBMITTED = "claim-submitted";
    /** Ends a wait for a review task; correlated by the task's id. */
    public static final String REVIEW_DECIDED = "review-decided";

    // --- job types, each with one worker
    public static final String LOCATE_ATTRIBUTION = "locate-attribution";
    public static final String FIND_OFFICIAL_STATEMENTS = "find-official-statements";
    public static final String OPEN_REVIEW = "open-review";
    public static final String ESCALATE_REVIEW = "escalate-review";
    public static final String PUBLISH_VERDICT = "publish-verdict";
    public static final String CLOSE_CLAIM = "close-claim";

    // --- task headers the BPMN sets on review jobs
    public static final String STEP_HEADER = "step";
    public static final String TASK_VARIABLE_HEADER = "taskVariable";

    // --- variables
    public static final String CLAIM_ID = "claimId";
    public static final String ATTRIBUTION_SLA = "attributionSla";
    public static final String CONFIRMATION_SLA = "confirmationSla";
    public static final String SIGNOFF_SLA = "signoffSla";
    public static final String LOCATED = "located";
    public static final String STATEMENT_IDS = "statementIds";
    public static final String SEND_BACK_TO = "sendBackTo";
    public static final String SIGNOFF_TASK_ID = "signoffTaskId";
    /** The task of a check repeated after the editor sent the claim back (its header names it). */
    public static final String REWORK_TASK_ID = "reworkTaskId";

    /** The variables each job type's worker reads (fetched, so a job carries no more than it needs). */
    public static final Map<String, List<String>> JOBS = Map.of(
            LOCATE_ATTRIBUTION, List.of(CLAIM_ID),
            FIND_OFFICIAL_STATEMENTS, List.of(CLAIM_ID),
            OPEN_REVIEW, List.of(CLAIM_ID, SEND_BACK_TO, STATEMENT_IDS),
            ESCALATE_REVIEW, List.of(taskVariable(ReviewStep.ATTRIBUTION), taskVariable(ReviewStep.CONFIRMATION),
                    taskVariable(ReviewStep.SIGNOFF), REWORK_TASK_ID),
            PUBLISH_VERDICT, List.of(CLAIM_ID, SIGNOFF_TASK_ID),
            CLOSE_CLAIM, List.of(CLAIM_ID, SIGNOFF_TASK_ID));

    /** The variables the workers write as they complete jobs (open-review writes the task variable its header names). */
    public static final Set<String> WRITTEN_BY_JOBS = Set.of(LOCATED, STATEMENT_IDS);

    private ClaimVerification() {
    }

    /** The variable holding the open task of a step, as the BPMN's correlation keys read it. */
    public static String taskVariable(ReviewStep step) {
        return step.name().toLowerCase(Locale.ROOT) + "TaskId";
    }

    /** The variable holding a step's decision, as the BPMN's gateway reads it for the sign-off. */
    public static String decisionVariable(ReviewStep step) {
        return step.name().toLowerCase(Locale.ROOT) + "Decision";
    }

    /** An event's fact; events queued by the release before carry it under the variable's own name. */
    private static Object fact(Map<String, Object> data, String name, String earlierName) {
        Object value = data.get(name);
        return value != null ? value : data.get(earlierName);
    }

    /** A message for the engine: its name, correlation key and variables. */
    public record Message(String name, String correlationKey, Map<String, Object> variables) {
    }

    /**
     * The engine's message for a domain event from the outbox. Rows queued before the outbox held
     * domain events already carry an engine message, and are sent as they are.
     */
    public static Message messageFor(String eventName, String key, Map<String, Object> data) {
        return switch (eventName) {
            case ClaimAccepted.NAME -> new Message(CLAIM_SUBMITTED, key, Map.of(
                    CLAIM_ID, data.get("claimId"),
                    ATTRIBUTION_SLA, fact(data, ClaimAccepted.ATTRIBUTION_TIME, ATTRIBUTION_SLA),
                    CONFIRMATION_SLA, fact(data, ClaimAccepted.CONFIRMATION_TIME, CONFIRMATION_SLA),
                    SIGNOFF_SLA, fact(data, ClaimAccepted.SIGNOFF_TIME, SIGNOFF_SLA)));
            case TaskDecided.NAME -> {
                ReviewStep step = ReviewStep.valueOf(String.valueOf(data.get("step")));
                Map<String, Object> variables = new LinkedHashMap<>();
                variables.put(decisionVariable(step), data.get("decision"));
                // the rework's timer and the next open-review read where the claim was sent back to
                if (step == ReviewStep.SIGNOFF) variables.put(SEND_BACK_TO, data.get("sendBackTo"));
                yield new Message(REVIEW_DECIDED, key, variables);
            }
            default -> new Message(eventName, key, data);
        };
    }

    /** The variables the messages bring into an instance. */
    public static Set<String> writtenByMessages() {
        Set<String> names = new java.util.HashSet<>(Set.of(CLAIM_ID, ATTRIBUTION_SLA, CONFIRMATION_SLA, SIGNOFF_SLA, SEND_BACK_TO));
        for (ReviewStep step : ReviewStep.values()) names.add(decisionVariable(step));
        return names;
    }
}
