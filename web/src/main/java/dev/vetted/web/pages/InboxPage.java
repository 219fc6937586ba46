package dev.vetted.web.pages;

import dev.vetted.core.claim.ClaimStatus;
import dev.vetted.core.claim.Claims;
import dev.vetted.core.common.PageRequest;
import dev.vetted.core.common.RowCount;
import dev.vetted.core.review.ReviewDesk;
import dev.vetted.core.review.ReviewStep;
import dev.vetted.core.review.ReviewTask;
import dev.vetted.core.review.TaskFilter;
import dev.vetted.core.review.TaskState;
import dev.vetted.web.request.RequestValues;
import dev.vetted.web.security.CurrentActor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The inbox: what is mine, what is open for my roles, what is overdue and what I decided,
 * filtered by step, status, speaker and text, with claiming and releasing in place.
 */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class InboxPage {

    static final int LIMIT = 100;

    /** The inbox's tabs, each a preset of the task filter. */
    public enum Tab {
        TODO("To do"), OVERDUE("Overdue"), ALL("All tasks"), DONE("Decided by me");

        private final String title;

        Tab(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record TabLink(Tab tab, String count, boolean current) {
    }

    /** What the filter form holds, echoed back into it. */
    public record Filters(String step, String state, String speaker, String q) {
        String query() {
            StringBuilder b = new StringBuilder();
            add(b, "step", step);
            add(b, "state", state);
            add(b, "speaker", speaker);
            add(b, "q", q);
            return b.toString();
        }

        private static void add(StringBuilder b, String name, String value) {
            if (value == null || value.isBlank()) return;
            b.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public record Section(String id, String title, String empty, List<ReviewTask> tasks, long total, String totalText) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(Viewer viewer, List<TabLink> tabs, Tab tab, Filters filters, String filterQuery, String back,
                                             List<Section> sections, List<ReviewStep> steps, List<TaskState> states,
                                             long suggested);
    }

    private final Viewers viewers;
    private final CurrentActor actor;
    private final ReviewDesk desk;
    private final Claims claims;

    private final FormOutcome outcome;

    public InboxPage(Viewers viewers, CurrentActor actor, ReviewDesk desk, Claims claims, FormOutcome outcome) {
        this.outcome = outcome;
        this.viewers = viewers;
        this.actor = actor;
        this.desk = desk;
        this.claims = claims;
    }

    @GET
    @Path("inbox")
    public TemplateInstance inbox(@QueryParam("tab") String tabParam, @QueryParam("step") String step,
                                  @QueryParam("state") String state, @QueryParam("speaker") String speaker,
                                  @QueryParam("q") String q) {
        Tab tab = parse(Tab.class, tabParam, Tab.TODO);
        ReviewStep s = parse(ReviewStep.class, step, null);
        TaskState st = parse(TaskState.class, state, null);
        Filters filters = new Filters(s == null ? "" : s.name(), st == null ? "" : st.name(), orEmpty(speaker), orEmpty(q));
        String me = actor.get().username();
        List<String> roles = new ArrayList<>(viewers.current().roles());
        List<TaskState> active = narrow(List.of(TaskState.OPEN, TaskState.CLAIMED), st);

        List<TaskState> claimed = narrow(List.of(TaskState.CLAIMED), st);
        List<TaskState> unclaimed = narrow(List.of(TaskState.OPEN), st);
        List<TaskState> decided = narrow(List.of(TaskState.DECIDED), st);
        // a filter that cannot match (the status is outside the tab) stays null and lists nothing
        TaskFilter mine = claimed == null ? null : new TaskFilter(s, claimed, me, null, null, q, speaker);
        TaskFilter open = unclaimed == null ? null : new TaskFilter(s, unclaimed, null, roles, null, q, speaker);
        TaskFilter overdue = active == null ? null : new TaskFilter(s, active, null, roles, null, q, speaker, true, null);
        TaskFilter all = new TaskFilter(s, st == null ? List.of() : List.of(st), null, null, null, q, speaker);
        TaskFilter done = decided == null ? null : new TaskFilter(s, decided, null, null, null, q, speaker, null, me);

        List<Section> sections = switch (tab) {
            case TODO -> List.of(
                    section("mine", "My tasks", "Nothing claimed. Take a task from the list below.", mine),
                    section("open", "Open for my roles", "No open tasks for your roles right now.", open));
            case OVERDUE -> List.of(section("overdue", "Overdue", "Nothing overdue. Well done.", overdue));
            case ALL -> List.of(section("all", "All tasks", "No tasks match.", all));
            case DONE -> List.of(section("done", "Decided by me", "You have not decided a task yet.", done));
        };
        List<TabLink> tabs = List.of(
                new TabLink(Tab.TODO, count(mine).plus(count(open)).text(), tab == Tab.TODO),
                new TabLink(Tab.OVERDUE, count(overdue).text(), tab == Tab.OVERDUE),
                new TabLink(Tab.ALL, count(all).text(), tab == Tab.ALL),
                new TabLink(Tab.DONE, count(done).text(), tab == Tab.DONE));
        return Templates.inbox(viewers.current(), tabs, tab, filters, filters.query(), "/inbox?tab=" + tab.param() + filters.query(), sections,
                List.of(ReviewStep.values()), List.of(TaskState.values()), suggestedClaims());
    }

    @POST
    @Path("tasks/{id}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claimTask(@PathParam("id") UUID id, @FormParam("back") String back) {
        return outcome.act(() -> desk.claim(id, actor.get(), actor.roles()), back, "/inbox",
                "The task is yours.");
    }

    @POST
    @Path("tasks/{id}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response releaseTask(@PathParam("id") UUID id, @FormParam("back") String back) {
        return outcome.act(() -> desk.release(id, actor.get()), back, "/inbox", "The task is back in the queue.");
    }

    /** Claims extraction suggested that nobody has accepted or dismissed yet: work before the inbox. */
    private long suggestedClaims() {
        if (!viewers.current().factChecker()) return 0;
        return claims.count(ClaimStatus.SUGGESTED);
    }

    private Section section(String id, String title, String empty, TaskFilter filter) {
        if (filter == null) return new Section(id, title, empty, List.of(), 0, "0");
        var page = desk.list(filter, PageRequest.of(0, LIMIT));
        return new Section(id, title, empty, page.items(), page.total(), page.totalText());
    }

    private RowCount count(TaskFilter filter) {
        if (filter == null) return RowCount.exactly(0);
        var page = desk.list(filter, PageRequest.of(0, 1));
        return new RowCount(page.total(), page.totalExact());
    }

    /** The states of a preset, narrowed by the status filter; null when the chosen state is outside it. */
    private static List<TaskState> narrow(List<TaskState> preset, TaskState chosen) {
        if (chosen == null) return preset;
        return preset.contains(chosen) ? List.of(chosen) : null;
    }

    /** A query parameter naming a constant; a stale or hand-edited link gets the fallback, not an error page. */
    static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        return RequestValues.constant(type, value).orElse(fallback);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
