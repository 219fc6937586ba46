package dev.vetted.web.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vetted.core.article.Article;
import dev.vetted.core.article.ArticleIntake;
import dev.vetted.core.article.Articles;
import dev.vetted.core.article.NewArticle;
import dev.vetted.core.audit.AuditEvent;
import dev.vetted.core.audit.AuditLog;
import dev.vetted.core.claim.Claim;
import dev.vetted.core.claim.ClaimFilter;
import dev.vetted.core.claim.ClaimStatus;
import dev.vetted.core.claim.Claims;
import dev.vetted.core.common.DomainException;
import dev.vetted.core.common.InvalidInputException;
import dev.vetted.core.common.PageRequest;
import dev.vetted.core.review.DecisionInput;
import dev.vetted.core.review.Evidence;
import dev.vetted.core.review.ReviewDesk;
import dev.vetted.core.review.ReviewStep;
import dev.vetted.core.review.ReviewTask;
import dev.vetted.core.review.TaskState;
import dev.vetted.web.security.CurrentActor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
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

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The reviewers' desk in the browser: server-rendered pages and plain forms (post, then redirect),
 * so every action works without JavaScript and a double click cannot act twice.
 */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DeskPages {

    /** What a page needs to know about the person looking at it. */
    public record Viewer(String username, List<String> roles) {
        public boolean factChecker() {
            return roles.contains("fact-checker");
        }

        public boolean editor() {
            return roles.contains("editor");
        }
    }

    /** A stretch of article text, highlighted or not. */
    public record Fragment(String text, boolean claim) {
    }

    public record TimelineRow(Instant at, String actor, String action, String details) {
    }

    public record TaskRow(ReviewTask task, List<Evidence> evidence, boolean mayDecide, String whyNot) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(Viewer viewer, List<ReviewTask> mine, List<ReviewTask> open, String step,
                                             String q, String message);

        static native TemplateInstance claim(Viewer viewer, Claim claim, List<Fragment> source, List<TaskRow> tasks,
                                             List<TimelineRow> timeline, String message, Map<String, String> errors);

        static native TemplateInstance articles(Viewer viewer, List<Article> articles);

        static native TemplateInstance newArticle(Viewer viewer, Map<String, String> values, Map<String, String> errors);

        static native TemplateInstance article(Viewer viewer, Article article, List<Claim> suggestions, List<Claim> accepted,
                                               String message);
    }

    private final CurrentActor actor;
    private final ReviewDesk desk;
    private final Claims claims;
    private final Articles articles;
    private final ArticleIntake intake;
    private final AuditLog audit;

    public DeskPages(CurrentActor actor, ReviewDesk desk, Claims claims, Articles articles, ArticleIntake intake, AuditLog audit) {
        this.actor = actor;
        this.desk = desk;
        this.claims = claims;
        this.articles = articles;
        this.intake = intake;
        this.audit = audit;
    }

    private Viewer viewer() {
        return new Viewer(actor.get().username(), actor.roles().stream().sorted().toList());
    }

    @GET
    @Path("inbox")
    @Transactional
    public TemplateInstance inbox(@QueryParam("step") String step, @QueryParam("q") String q, @QueryParam("message") String message) {
        ReviewStep s = step == null || step.isBlank() ? null : ReviewStep.valueOf(step);
        var active = List.of(TaskState.OPEN, TaskState.CLAIMED);
        List<ReviewTask> mine = desk.list(new ReviewDesk.TaskFilter(s, List.of(TaskState.CLAIMED), actor.get().username(),
                null, null, q, null), PageRequest.of(0, 100)).items();
        List<ReviewTask> open = desk.list(new ReviewDesk.TaskFilter(s, List.of(TaskState.OPEN), null,
                new ArrayList<>(actor.roles()), null, q, null), PageRequest.of(0, 100)).items();
        mine.forEach(t -> t.claim.text.length());
        open.forEach(t -> t.claim.text.length());
        return Templates.inbox(viewer(), mine, open, step == null ? "" : step, q == null ? "" : q, message);
    }

    @POST
    @Path("tasks/{id}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claimTask(@PathParam("id") UUID id, @FormParam("back") String back) {
        return act(() -> desk.claim(id, actor.get(), actor.roles()), back, "The task is yours.");
    }

    @POST
    @Path("tasks/{id}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response releaseTask(@PathParam("id") UUID id, @FormParam("back") String back) {
        return act(() -> desk.release(id, actor.get()), back, "The task is back in the queue.");
    }

    @GET
    @Path("claims/{id}")
    @Transactional
    public TemplateInstance claim(@PathParam("id") UUID id, @QueryParam("message") String message) {
        return claimPage(id, message, Map.of());
    }

    private TemplateInstance claimPage(UUID id, String message, Map<String, String> errors) {
        Claim claim = claims.get(id);
        List<TaskRow> rows = new ArrayList<>();
        for (ReviewTask t : desk.ofClaim(id)) {
            String whyNot = null;
            if (t.state == TaskState.OPEN || t.state == TaskState.CLAIMED) {
                if (!actor.roles().contains(t.candidateRole)) whyNot = "This step is for the " + t.candidateRole + " role.";
                else if (t.state == TaskState.CLAIMED && !actor.get().username().equals(t.assignee)) whyNot = "Held by " + t.assignee + ".";
                else if (t.step == ReviewStep.SIGNOFF && desk.checkedBy(id, actor.get())) {
                    whyNot = "You decided a check of this claim, so another editor must sign it off (four-eyes rule).";
                }
            }
            boolean may = (t.state == TaskState.OPEN || t.state == TaskState.CLAIMED) && whyNot == null;
            rows.add(new TaskRow(t, desk.evidence(t), may, whyNot));
        }
        List<TimelineRow> timeline = new ArrayList<>();
        for (AuditEvent e : audit.forClaim(id)) timeline.add(new TimelineRow(e.at, e.actorName, e.action, summary(e.data)));
        return Templates.claim(viewer(), claim, source(claim), rows, timeline, message, errors);
    }

    @POST
    @Path("tasks/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response decide(@PathParam("id") UUID id, @FormParam("decision") String decision, @FormParam("verdict") String verdict,
                           @FormParam("sendBackTo") String sendBackTo, @FormParam("comment") String comment,
                           @FormParam("evidenceUrl") String evidenceUrl, @FormParam("evidenceNote") String evidenceNote) {
        ReviewTask task = desk.get(id);
        UUID claimId = task.claim.id;
        List<Evidence> evidence = (blank(evidenceUrl) && blank(evidenceNote)) ? List.of()
                : List.of(new Evidence("reviewer", blank(evidenceUrl) ? null : evidenceUrl.strip(), null,
                blank(evidenceNote) ? null : evidenceNote.strip(), null));
        try {
            desk.decide(id, new DecisionInput(decision, blank(verdict) ? null : verdict, blank(sendBackTo) ? null : sendBackTo,
                    comment, evidence), actor.get(), actor.roles());
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach(f -> errors.put(f.field(), f.message()));
            return Response.status(422).entity(claimPage(claimId, null, errors)).build();
        } catch (DomainException e) {
            return redirect("/claims/" + claimId, e.getMessage());
        }
        return redirect("/claims/" + claimId, "Decision recorded: " + decision + ".");
    }

    @GET
    @Path("articles")
    @Transactional
    public TemplateInstance articleList() {
        return Templates.articles(viewer(), articles.list(PageRequest.of(0, 100)).items());
    }

    @GET
    @Path("articles/new")
    public TemplateInstance newArticle() {
        return Templates.newArticle(viewer(), Map.of(), Map.of());
    }

    @POST
    @Path("articles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @jakarta.annotation.security.RolesAllowed("fact-checker")
    public Response importArticle(@FormParam("title") String title, @FormParam("outlet") String outlet,
                                  @FormParam("url") String url, @FormParam("publishedAt") String publishedAt,
                                  @FormParam("text") String text) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", title == null ? "" : title);
        values.put("outlet", outlet == null ? "" : outlet);
        values.put("url", url == null ? "" : url);
        values.put("publishedAt", publishedAt == null ? "" : publishedAt);
        values.put("text", text == null ? "" : text);
        Map<String, String> errors = new LinkedHashMap<>();
        Instant published = null;
        if (!blank(publishedAt)) {
            try {
                published = LocalDate.parse(publishedAt.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (RuntimeException e) {
                errors.put("publishedAt", "use a date such as 2023-11-21");
            }
        }
        try {
            if (!errors.isEmpty()) throw new InvalidInputException("publishedAt", errors.get("publishedAt"));
            var imported = intake.importArticle(new NewArticle(title, outlet, url, published, text), actor.get());
            return redirect("/articles/" + imported.article().id, imported.suggestions().size() + " claims suggested. Accept, edit or dismiss each.");
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
            return Response.status(422).entity(Templates.newArticle(viewer(), values, errors)).build();
        } catch (DomainException e) {
            errors.put("text", e.getMessage());
            return Response.status(413).entity(Templates.newArticle(viewer(), values, errors)).build();
        }
    }

    @GET
    @Path("articles/{id}")
    @Transactional
    public TemplateInstance article(@PathParam("id") UUID id, @QueryParam("message") String message) {
        Article article = articles.get(id);
        List<Claim> all = claims.list(new ClaimFilter(null, null, id, null), PageRequest.of(0, 200)).items();
        List<Claim> suggestions = all.stream().filter(c -> c.status == ClaimStatus.SUGGESTED)
                .sorted((a, b) -> Integer.compare(a.start == null ? 0 : a.start, b.start == null ? 0 : b.start)).toList();
        List<Claim> accepted = all.stream().filter(c -> c.status != ClaimStatus.SUGGESTED && c.status != ClaimStatus.DISMISSED).toList();
        return Templates.article(viewer(), article, suggestions, accepted, message);
    }

    @POST
    @Path("claims/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @jakarta.annotation.security.RolesAllowed("fact-checker")
    public Response accept(@PathParam("id") UUID id, @FormParam("text") String text, @FormParam("speaker") String speaker,
                           @FormParam("back") String back) {
        return act(() -> claims.accept(id, text, speaker, null, actor.get()), back, "Accepted: the claim is routed for review.");
    }

    @POST
    @Path("claims/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @jakarta.annotation.security.RolesAllowed("fact-checker")
    public Response dismiss(@PathParam("id") UUID id, @FormParam("back") String back) {
        return act(() -> claims.dismiss(id, actor.get()), back, "Dismissed.");
    }

    private Response act(Runnable action, String back, String done) {
        String target = back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/inbox";
        try {
            action.run();
            return redirect(target, done);
        } catch (DomainException e) {
            return redirect(target, e.getMessage());
        }
    }

    private static Response redirect(String path, String message) {
        String sep = path.contains("?") ? "&" : "?";
        return Response.seeOther(URI.create(path + sep + "message=" + java.net.URLEncoder.encode(message, java.nio.charset.StandardCharsets.UTF_8))).build();
    }

    /** The article around the claim, with the claim's own words marked. */
    private static List<Fragment> source(Claim claim) {
        if (claim.article == null || claim.start == null || claim.end == null) return List.of();
        String text = claim.article.text;
        int from = Math.max(0, claim.start - 400);
        int to = Math.min(text.length(), claim.end + 400);
        List<Fragment> parts = new ArrayList<>();
        parts.add(new Fragment((from > 0 ? "…" : "") + text.substring(from, claim.start), false));
        parts.add(new Fragment(text.substring(claim.start, claim.end), true));
        parts.add(new Fragment(text.substring(claim.end, to) + (to < text.length() ? "…" : ""), false));
        return parts;
    }

    private static String summary(String json) {
        try {
            var node = new ObjectMapper().readTree(json);
            List<String> parts = new ArrayList<>();
            node.fields().forEachRemaining(f -> {
                if (f.getValue().isValueNode() && !f.getKey().endsWith("Id")) parts.add(f.getKey() + ": " + f.getValue().asText());
            });
            return String.join(" · ", parts);
        } catch (Exception e) {
            return "";
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
