package dev.vetted.web.api;

import dev.vetted.web.request.RequestValues;
import dev.vetted.core.statement.NewStatement;
import dev.vetted.core.statement.OfficialStatement;
import dev.vetted.core.statement.OfficialStatements;
import dev.vetted.web.security.CurrentActor;
import jakarta.ws.rs.BadRequestException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import dev.vetted.web.security.Roles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Authenticated
@Path("/api/statements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Official statements")
public class StatementResource {

    public record StatementRequest(String body, String speaker, String url, String publishedAt, String text) {
    }

    private final OfficialStatements statements;
    private final CurrentActor actor;

    public StatementResource(OfficialStatements statements, CurrentActor actor) {
        this.statements = statements;
        this.actor = actor;
    }

    @GET
    public List<OfficialStatement> list() {
        return statements.list();
    }

    @RolesAllowed({Roles.ADMIN, Roles.FACT_CHECKER})
    @POST
    public Response add(StatementRequest request) {
        if (request == null) throw new BadRequestException("A JSON body with body and text is required.");
        OfficialStatement s = statements.add(new NewStatement(request.body(), request.speaker(), request.url(),
                RequestValues.instant("publishedAt", request.publishedAt()), request.text()), actor.get());
        return Response.status(201).entity(s).build();
    }
}
