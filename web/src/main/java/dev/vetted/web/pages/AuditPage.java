package dev.vetted.web.pages;

import dev.vetted.core.audit.AuditCheckpoint;
import dev.vetted.core.audit.AuditTrail;
import dev.vetted.core.claim.Claims;
import dev.vetted.web.audit.AuditDownloads;
import dev.vetted.web.security.CurrentActor;
import dev.vetted.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The audit trail for admins: the latest signed checkpoint, the verifier key, a checkpoint on
 * demand and the exports as downloads. Editors may download one claim's trail from its page.
 */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(Viewer viewer, AuditCheckpoint checkpoint, String verifierKey, long events);
    }

    private final Viewers viewers;
    private final CurrentActor actor;
    private final AuditTrail trail;
    private final AuditDownloads downloads;
    private final Claims claims;

    private final FormOutcome outcome;

    public AuditPage(Viewers viewers, CurrentActor actor, AuditTrail trail, AuditDownloads downloads, Claims claims, FormOutcome outcome) {
        this.outcome = outcome;
        this.viewers = viewers;
        this.actor = actor;
        this.trail = trail;
        this.downloads = downloads;
        this.claims = claims;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance audit() {
        long events = dev.vetted.core.audit.AuditEvent.count();
        return Templates.audit(viewers.current(), trail.latestCheckpoint(), trail.verifierKey(), events);
    }

    @POST
    @Path("checkpoint")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response checkpoint() {
        trail.checkpoint();
        return outcome.redirect("/audit", "A new checkpoint is signed.");
    }

    @GET
    @Path("export")
    @RolesAllowed(Roles.ADMIN)
    @Produces({"application/x-ndjson", "text/csv"})
    public Response export(@QueryParam("format") String format, @QueryParam("from") String from, @QueryParam("to") String to) {
        return downloads.trail(format, from, inclusiveEnd(to), actor.get());
    }

    @GET
    @Path("claims/{id}/export")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Produces("application/x-ndjson")
    public Response exportClaim(@PathParam("id") UUID id) {
        return downloads.claim(claims.get(id).id, actor.get());
    }

    /** The page's "to" is a day people mean to include, so the range ends when the next day starts. */
    private static String inclusiveEnd(String to) {
        if (to == null || to.isBlank()) return to;
        try {
            return LocalDate.parse(to.strip()).plusDays(1).toString();
        } catch (DateTimeParseException e) {
            return to;
        }
    }
}
