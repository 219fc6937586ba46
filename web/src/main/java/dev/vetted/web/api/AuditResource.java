package dev.vetted.web.api;

import dev.vetted.web.request.RequestValues;
import dev.vetted.core.audit.AuditCheckpoint;
import dev.vetted.core.audit.AuditTrail;
import dev.vetted.core.claim.Claims;
import dev.vetted.core.common.Actor;
import dev.vetted.core.common.InvalidInputException;
import dev.vetted.web.audit.AuditDownloads;
import dev.vetted.web.security.CurrentActor;
import dev.vetted.web.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

@Path("/api/audit")
@Authenticated
@Tag(name = "Audit trail")
public class AuditResource {

    public record CheckpointView(long treeSize, String rootHash, String note, Instant createdAt) {
        static CheckpointView of(AuditCheckpoint c) {
            return c == null ? null : new CheckpointView(c.treeSize, c.rootHash, c.note, c.createdAt);
        }
    }

    private final AuditTrail trail;
    private final Claims claims;
    private final CurrentActor actor;
    private final AuditDownloads downloads;

    public AuditResource(AuditTrail trail, Claims claims, CurrentActor actor, AuditDownloads downloads) {
        this.trail = trail;
        this.claims = claims;
        this.actor = actor;
        this.downloads = downloads;
    }

    @GET
    @Path("public-key")
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The checkpoint verifier key (C2SP signed-note form), for ./vetted audit verify --key")
    public String publicKey() {
        return trail.verifierKey() + "\n";
    }

    @GET
    @Path("checkpoint")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest signed checkpoint")
    public CheckpointView latest() {
        return CheckpointView.of(trail.latestCheckpoint());
    }

    @POST
    @Path("checkpoint")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a signed checkpoint over every event so far")
    public CheckpointView checkpoint() {
        trail.checkpoint();
        return CheckpointView.of(trail.latestCheckpoint());
    }

    @GET
    @Path("export")
    @RolesAllowed(Roles.ADMIN)
    @Produces({"application/x-ndjson", "text/csv"})
    @Operation(summary = "The whole trail (JSON Lines with a signed checkpoint, or CSV), or a time range with inclusion proofs")
    public Response export(@QueryParam("format") String format, @QueryParam("from") String from, @QueryParam("to") String to) {
        return downloads.trail(format, from, to, actor.get());
    }

    @GET
    @Path("claims/{id}/export")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Produces("application/x-ndjson")
    @Operation(summary = "One claim's events, each with an inclusion proof, and the signed checkpoint")
    public Response exportClaim(@PathParam("id") String id) {
        return downloads.claim(claims.get(RequestValues.pathId("claim", id)).id, actor.get());
    }
}
