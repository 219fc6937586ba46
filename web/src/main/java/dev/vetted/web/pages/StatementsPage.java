package dev.vetted.web.pages;

import dev.vetted.core.common.InvalidInputException;
import dev.vetted.core.statement.NewStatement;
import dev.vetted.core.statement.OfficialStatement;
import dev.vetted.core.statement.OfficialStatements;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Official statements: what bodies said on the record, offered to the confirmation step. */
@Path("/statements")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class StatementsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statements(Viewer viewer, List<OfficialStatement> statements,
                                                  Map<String, String> values, Map<String, String> errors);
    }

    private final Viewers viewers;
    private final CurrentActor actor;
    private final OfficialStatements statements;

    private final FormOutcome outcome;

    public StatementsPage(Viewers viewers, CurrentActor actor, OfficialStatements statements, FormOutcome outcome) {
        this.outcome = outcome;
        this.viewers = viewers;
        this.actor = actor;
        this.statements = statements;
    }

    @GET
    public TemplateInstance list() {
        return Templates.statements(viewers.current(), statements.list(), Map.of(), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.FACT_CHECKER})
    public Response add(@FormParam("body") String body, @FormParam("speaker") String speaker, @FormParam("url") String url,
                        @FormParam("publishedAt") String publishedAt, @FormParam("text") String text) {
        SubmittedForm form = new SubmittedForm().field("body", body).field("speaker", speaker).field("url", url)
                .field("publishedAt", publishedAt).field("text", text);
        Instant published = form.day("publishedAt");
        NewStatement input = new NewStatement(body, speaker, url, published, text);
        try {
            if (!form.valid()) {
                statements.check(input);
            } else {
                statements.add(input, actor.get());
                return outcome.redirect("/statements", "Statement added; confirmation steps will be offered it.");
            }
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> form.error(f.field(), ErrorSentences.of(f.field(), f.message())));
        }
        return Response.status(422).entity(Templates.statements(viewers.current(), statements.list(), form.values, form.errors)).build();
    }
}
