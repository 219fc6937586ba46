package dev.vetted.web.api;

import dev.vetted.web.request.RequestValues;
import dev.vetted.core.claim.Verdict;
import dev.vetted.core.common.Page;
import dev.vetted.core.common.PageRequest;
import dev.vetted.core.review.DecisionInput;
import dev.vetted.core.review.Evidence;
import dev.vetted.core.review.ReviewDesk;
import dev.vetted.core.review.TaskFilter;
import dev.vetted.core.review.ReviewStep;
import dev.vetted.core.review.ReviewTask;
import dev.vetted.core.review.TaskState;
import dev.vetted.web.security.CurrentActor;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Authenticated
@Path("/api/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Review tasks")
public class TaskResource {

    public record TaskView(UUID id, UUID claimId, String claimText, String speaker, ReviewStep step, TaskState state,
                           String candidateRole, String assignee, Instant dueAt, boolean overdue, Instant escalatedAt,
                           String decision, Verdict verdict, ReviewStep sendBackTo, String comment, List<Evidence> evidence,
                           String decidedBy, Instant decidedAt, Instant createdAt) {
        static TaskView of(ReviewTask t, ReviewDesk desk) {
            return new TaskView(t.id, t.claim.id, t.claim.text, t.claim.speaker, t.step, t.state, t.candidateRole,
                    t.assignee, t.dueAt, t.overdue, t.escalatedAt, t.decision, t.verdict, t.sendBackTo, t.comment,
                    desk.evidence(t), t.decidedBy, t.decidedAt, t.createdAt);
        }
    }

    /** A decision: ATTRIBUTION takes CORRECT, MISATTRIBUTED, MISQUOTED or UNVERIFIABLE; CONFIRMATION takes
     *  CONFIRMED, DENIED, NO_RESPONSE or NOT_APPLICABLE; SIGNOFF takes APPROVE (with a verdict), SEND_BACK
     *  (with sendBackTo and a comment) or REJECT (with a comment). */
    public record DecisionRequest(String decision, String verdict, String sendBackTo, String comment, List<Evidence> evidence) {
    }

    private final ReviewDesk desk;
    private final CurrentActor actor;

    public TaskResource(ReviewDesk desk, CurrentActor actor) {
        this.desk = desk;
        this.actor = actor;
    }

    @GET
    @Operation(summary = "The inbox: tasks by step, state, assignee (\"me\"), claim, text or speaker; overdue first")
    public Page<TaskView> list(@QueryParam("step") String step, @QueryParam("state") String state,
                               @QueryParam("assignee") String assignee, @QueryParam("claimId") String claimId,
                               @QueryParam("q") String text, @QueryParam("speaker") String speaker,
                               @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        List<TaskState> states = state == null || state.isBlank() ? List.of(TaskState.OPEN, TaskState.CLAIMED)
                : state.equalsIgnoreCase("all") ? List.of()
                : Arrays.stream(state.split(",")).map(s -> RequestValues.enumValue("state", s, TaskState.class)).toList();
        String who = "me".equalsIgnoreCase(assignee) ? actor.get().username() : assignee;
        var filter = new TaskFilter(RequestValues.enumValue("step", step, ReviewStep.class), states, who, null,
                RequestValues.uuid("claimId", claimId), text, speaker);
        return desk.list(filter, PageRequest.of(page, size)).map(t -> TaskView.of(t, desk));
    }

    @GET
    @Path("{id}")
    public TaskView get(@PathParam("id") String id) {
        return TaskView.of(desk.get(RequestValues.pathId("review task", id)), desk);
    }

    @POST
    @Path("{id}/claim")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Take a task: it is yours until you decide or release it")
    @Transactional // the view reads the claim inside the same transaction
    public TaskView claim(@PathParam("id") String id) {
        return TaskView.of(desk.claim(RequestValues.pathId("review task", id), actor.get(), actor.roles()), desk);
    }

    @POST
    @Path("{id}/release")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Give a task back to the queue")
    @Transactional // the view reads the claim inside the same transaction
    public TaskView release(@PathParam("id") String id) {
        return TaskView.of(desk.release(RequestValues.pathId("review task", id), actor.get()), desk);
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "Decide a task; the claim's routing moves on")
    @Transactional // the view reads the claim inside the same transaction
    public TaskView decide(@PathParam("id") String id, DecisionRequest request) {
        if (request == null) throw new BadRequestException("A JSON body with the decision is required.");
        return TaskView.of(desk.decide(RequestValues.pathId("review task", id), new DecisionInput(request.decision(),
                request.verdict(), request.sendBackTo(), request.comment(), request.evidence()), actor.get(), actor.roles()), desk);
    }
}
