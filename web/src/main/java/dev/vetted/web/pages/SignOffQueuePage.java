package dev.vetted.web.pages;

import dev.vetted.core.common.PageRequest;
import dev.vetted.core.review.DeskPermissions;
import dev.vetted.core.review.ReviewDesk;
import dev.vetted.core.review.ReviewStep;
import dev.vetted.core.review.ReviewTask;
import dev.vetted.core.review.TaskFilter;
import dev.vetted.core.review.TaskState;
import dev.vetted.web.security.CurrentActor;
import dev.vetted.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;

/** The editors' queue: claims waiting for sign-off, with both checks' results at a glance. */
@Path("/signoff")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class SignOffQueuePage {

    /** A sign-off task with the latest attribution and confirmation decisions of its claim. */
    public record Waiting(ReviewTask signoff, ReviewTask attribution, ReviewTask confirmation, boolean checkedByViewer) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Viewer viewer, List<Waiting> waiting, String total);
    }

    private final Viewers viewers;
    private final CurrentActor actor;
    private final ReviewDesk desk;


    public SignOffQueuePage(Viewers viewers, CurrentActor actor, ReviewDesk desk) {
        this.viewers = viewers;
        this.actor = actor;
        this.desk = desk;
    }

    @GET
    public TemplateInstance queue() {
        var page = desk.list(new TaskFilter(ReviewStep.SIGNOFF, List.of(TaskState.OPEN, TaskState.CLAIMED), null, null,
                null, null, null), PageRequest.of(0, InboxPage.LIMIT));
        List<Waiting> waiting = new ArrayList<>();
        for (ReviewTask signoff : page.items()) {
            ReviewTask attribution = null;
            ReviewTask confirmation = null;
            List<ReviewTask> tasks = desk.ofClaim(signoff.claim.id);
            for (ReviewTask t : tasks) {
                if (t.state != TaskState.DECIDED) continue;
                if (t.step == ReviewStep.ATTRIBUTION) attribution = t;
                if (t.step == ReviewStep.CONFIRMATION) confirmation = t;
            }
            waiting.add(new Waiting(signoff, attribution, confirmation, DeskPermissions.checkedBy(tasks, actor.get())));
        }
        return Templates.queue(viewers.current(), waiting, page.totalText());
    }
}
