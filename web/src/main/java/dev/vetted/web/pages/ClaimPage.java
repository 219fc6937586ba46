package dev.vetted.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vetted.core.audit.AuditAction;
import dev.vetted.core.audit.AuditEvent;
import dev.vetted.core.audit.AuditLog;
import dev.vetted.core.claim.Claim;
import dev.vetted.core.claim.Claims;
import dev.vetted.core.claim.Verdict;
import dev.vetted.core.common.DomainException;
import dev.vetted.core.common.InvalidInputException;
import dev.vetted.core.common.Text;
import dev.vetted.core.review.DecisionInput;
import dev.vetted.core.review.Evidence;
import dev.vetted.core.review.ReviewDesk;
import dev.vetted.core.review.ReviewTask;
import dev.vetted.core.review.TaskState;
import dev.vetted.web.security.CurrentActor;
import dev.vetted.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One claim: its words in the source, where it stands in the process, its review tasks with
 * their decisions and evidence, its timeline from the audit trail, and the form for the step
 * the viewer may decide (or the reason they may not).
 */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ClaimPage {

    /** A stretch of article text, highlighted or not. */
    public record Fragment(String text, boolean claim) {
    }

    public record TimelineRow(long seq, Instant at, String actor, String action, String details) {
    }

    /** A task as the page shows it; errors and values echo a refused decision back into its own form. */
    public record TaskRow(ReviewTask task, List<EvidenceLine> evidence, boolean mayDecide, boolean mayClaim, String whyNot,
                          Map<String, String> errors, Map<String, String> values) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance claim(Viewer viewer, Claim claim, ProcessMap process, List<Fragment> source,
                                             List<TaskRow> tasks, List<TimelineRow> timeline, List<Verdict> verdicts,
                                             PublicationPanel publication);
    }

    private final Viewers viewers;
    private final CurrentActor actor;
    private final ReviewDesk desk;
    private final Claims claims;
    private final AuditLog audit;
    private final PublicationPanel.Builder publication;
    private final ObjectMapper json = new ObjectMapper();

    private final FormOutcome outcome;

    public ClaimPage(Viewers viewers, CurrentActor actor, ReviewDesk desk, Claims claims, AuditLog audit,
                     PublicationPanel.Builder publication, FormOutcome outcome) {
        this.outcome = outcome;
        this.publication = publication;
        this.viewers = viewers;
        this.actor = actor;
        this.desk = desk;
        this.claims = claims;
        this.audit = audit;
    }

    @GET
    @Path("claims/{id}")
    public TemplateInstance claim(@PathParam("id") UUID id) {
        return page(id, Map.of(), Map.of());
    }

    @POST
    @Path("tasks/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, @FormParam("decision") String decision, @FormParam("verdict") String verdict,
                           @FormParam("sendBackTo") String sendBackTo, @FormParam("comment") String comment,
                           @FormParam("evidenceUrl") String evidenceUrl, @FormParam("evidenceNote") String evidenceNote) {
        ReviewTask task = desk.get(id);
        UUID claimId = task.claim.id;
        String url = Text.blankToNull(evidenceUrl);
        String note = Text.blankToNull(evidenceNote);
        List<Evidence> evidence = url == null && note == null ? List.of() : List.of(new Evidence("reviewer", url, null, note, null));
        try {
            desk.decide(id, new DecisionInput(decision, Text.blankToNull(verdict), Text.blankToNull(sendBackTo), comment, evidence),
                    actor.get(), actor.roles());
        } catch (InvalidInputException e) {
            SubmittedForm form = new SubmittedForm().field("task", id.toString()).field("decision", decision)
                    .field("verdict", verdict).field("sendBackTo", sendBackTo).field("comment", comment)
                    .field("evidenceUrl", evidenceUrl).field("evidenceNote", evidenceNote);
            e.errors().forEach(f -> form.error(f.field().startsWith("evidence") ? "evidence" : f.field(),
                    ErrorSentences.of(f.field(), f.message())));
            return Response.status(422).entity(page(claimId, form.errors, form.values)).build();
        } catch (DomainException e) {
            return outcome.redirect("/claims/" + claimId, e.getMessage());
        }
        return outcome.redirect("/claims/" + claimId, "Decision recorded: " + Labels.human(decision) + ".");
    }

    @POST
    @Path("claims/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.FACT_CHECKER)
    public Response accept(@PathParam("id") UUID id, @FormParam("text") String text, @FormParam("speaker") String speaker,
                           @FormParam("back") String back) {
        return outcome.act(() -> claims.accept(id, text, speaker, null, actor.get()), back, "/claims/" + id,
                "Accepted: the claim is routed for review.");
    }

    @POST
    @Path("claims/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.FACT_CHECKER)
    public Response dismiss(@PathParam("id") UUID id, @FormParam("back") String back) {
        return outcome.act(() -> claims.dismiss(id, actor.get()), back, "/claims/" + id, "Dismissed.");
    }

    /** The page again with a refused form's values and errors (the form names itself in the "form" value). */
    TemplateInstance refused(UUID id, SubmittedForm form) {
        return page(id, form.errors, form.values);
    }

    private TemplateInstance page(UUID id, Map<String, String> errors, Map<String, String> values) {
        Claim claim = claims.get(id);
        List<ReviewTask> tasks = desk.ofClaim(id);
        List<TaskRow> rows = new ArrayList<>();
        for (ReviewTask t : tasks) {
            boolean active = t.state == TaskState.OPEN || t.state == TaskState.CLAIMED;
            String whyNot = active ? desk.whyNot(t, actor.get(), actor.roles()) : null;
            boolean refused = t.id.toString().equals(values.get("task"));
            rows.add(new TaskRow(t, desk.evidence(t).stream().map(EvidenceLine::of).toList(), active && whyNot == null,
                    t.state == TaskState.OPEN && whyNot == null, whyNot,
                    refused ? errors : Map.of(), refused ? values : Map.of()));
        }
        List<TimelineRow> timeline = new ArrayList<>();
        String acceptedBy = null;
        for (AuditEvent e : audit.forClaim(id)) {
            timeline.add(new TimelineRow(e.seq, e.at, e.actorName, e.action, summary(e.data)));
            if (AuditAction.CLAIM_ACCEPTED.is(e.action)) acceptedBy = e.actorName;
        }
        return Templates.claim(viewers.current(), claim, ProcessMap.of(claim, tasks, acceptedBy), source(claim), rows, timeline,
                List.of(Verdict.values()), publication.of(id, actor.get(), actor.roles(), errors, values));
    }

    /** The article around the claim, with the claim's own words marked. */
    private static List<Fragment> source(Claim claim) {
        if (claim.article == null || claim.start == null || claim.end == null) return List.of();
        String text = claim.article.text;
        int from = Math.max(0, claim.start - 500);
        int to = Math.min(text.length(), claim.end + 500);
        List<Fragment> parts = new ArrayList<>();
        parts.add(new Fragment((from > 0 ? "…" : "") + text.substring(from, claim.start), false));
        parts.add(new Fragment(text.substring(claim.start, claim.end), true));
        parts.add(new Fragment(text.substring(claim.end, to) + (to < text.length() ? "…" : ""), false));
        return parts;
    }

    /** An event's details in a line, leaving out identifiers nobody reads. */
    private String summary(String data) {
        try {
            JsonNode node = json.readTree(data);
            List<String> parts = new ArrayList<>();
            node.properties().forEach(f -> {
                if (f.getValue().isValueNode() && !f.getKey().endsWith("Id")) parts.add(f.getKey() + ": " + f.getValue().asText());
            });
            return String.join(" · ", parts);
        } catch (Exception e) {
            return "";
        }
    }
}
