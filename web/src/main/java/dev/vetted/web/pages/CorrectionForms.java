package dev.vetted.web.pages;

import dev.vetted.core.common.InvalidInputException;
import dev.vetted.core.publish.Correction;
import dev.vetted.core.publish.Corrections;
import dev.vetted.web.security.CurrentActor;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

/**
 * The desk's forms for a published verdict: propose a correction, approve or decline one, take
 * the verdict down. Each posts, then goes back to the claim page saying what happened; a refused
 * proposal comes back into its form with an error beside each field.
 */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class CorrectionForms {

    private final Corrections corrections;
    private final CurrentActor actor;
    private final ClaimPage claimPage;

    private final FormOutcome outcome;

    public CorrectionForms(Corrections corrections, CurrentActor actor, ClaimPage claimPage, FormOutcome outcome) {
        this.outcome = outcome;
        this.corrections = corrections;
        this.actor = actor;
        this.claimPage = claimPage;
    }

    @POST
    @Path("claims/{id}/corrections")
    public Response propose(@PathParam("id") UUID id, @FormParam("verdict") String verdict,
                            @FormParam("explanation") String explanation, @FormParam("reason") String reason) {
        String back = "/claims/" + id + "#public-verdict";
        try {
            corrections.propose(id, verdict, explanation, reason, actor.get(), actor.roles());
        } catch (InvalidInputException e) {
            SubmittedForm form = new SubmittedForm().field("form", "correction").field("verdict", verdict)
                    .field("explanation", explanation).field("reason", reason);
            e.errors().forEach(f -> form.error(f.field(), f.field().equals("verdict") && f.message().startsWith("is required")
                    ? "Choose the verdict readers should see." : ErrorSentences.of(f.field(), f.message())));
            return Response.status(422).entity(claimPage.refused(id, form)).build();
        } catch (dev.vetted.core.common.DomainException e) {
            return outcome.redirect(back, e.getMessage());
        }
        return outcome.redirect(back, "Correction proposed: another editor approves it before readers see it.");
    }

    @POST
    @Path("corrections/{id}/approve")
    public Response approve(@PathParam("id") UUID id) {
        Correction c = corrections.get(id);
        return outcome.act(() -> corrections.approve(id, actor.get(), actor.roles()), null,
                "/claims/" + c.claimId + "#public-verdict", "Correction approved: the public page shows it now.");
    }

    @POST
    @Path("corrections/{id}/decline")
    public Response decline(@PathParam("id") UUID id, @FormParam("reason") String reason) {
        Correction c = corrections.get(id);
        return outcome.act(() -> corrections.decline(id, reason, actor.get(), actor.roles()), null,
                "/claims/" + c.claimId + "#public-verdict", "Correction declined.");
    }

    @POST
    @Path("claims/{id}/unpublish")
    public Response unpublish(@PathParam("id") UUID id, @FormParam("reason") String reason) {
        return outcome.act(() -> corrections.unpublish(id, reason, actor.get(), actor.roles()), null,
                "/claims/" + id + "#public-verdict", "Taken down: the public page now shows the notice and the reason.");
    }
}
