package dev.vetted.web.api;

import dev.vetted.core.article.Articles;
import dev.vetted.core.common.TooLargeException;
import dev.vetted.core.extract.ArticleFile;
import dev.vetted.core.extract.ClaimExtractor;
import dev.vetted.core.extract.Extraction;
import dev.vetted.core.extract.SuggestedClaim;
import dev.vetted.core.intake.ExtractSettings;
import dev.vetted.web.health.ExtractionMeters;
import dev.vetted.web.security.CurrentActor;
import dev.vetted.web.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Claims and attributions of a text, without storing anything: what `./vetted extract` prints. */
@Authenticated
@Path("/api/extract")
@Tag(name = "Extraction")
public class ExtractResource {

    /**
     * Offsets are UTF-16 code units here, as JavaScript and Java count them. For a language other
     * than English the claims are empty and the note says why.
     */
    public record Extracted(String language, List<SuggestedClaim> claims, String note) {
    }

    private final ClaimExtractor extractor;
    private final ExtractionSlots slots;
    private final CurrentActor actor;
    private final ExtractionMeters meters;

    public ExtractResource(ExtractSettings settings, ExtractionSlots slots, CurrentActor actor, ExtractionMeters meters) {
        this.extractor = new ClaimExtractor(settings.threshold());
        this.slots = slots;
        this.actor = actor;
        this.meters = meters;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FACT_CHECKER, Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Suggest the claims of an article's text (UTF-8, up to 1 MiB, the article limit) with their speakers; "
            + "at most two at a time per person (429 with Retry-After beyond)")
    public Extracted extract(byte[] body) {
        byte[] text = body == null ? new byte[0] : body;
        if (text.length > Articles.MAX_TEXT_BYTES) {
            throw new TooLargeException("The text is " + text.length + " bytes; at most " + Articles.MAX_TEXT_BYTES
                    + " bytes (1 MiB, the article limit) are read.");
        }
        Extraction e = slots.run(actor.get().username(), () -> meters.preview(() -> extractor.analyse(ArticleFile.decode(text))));
        return new Extracted(e.language(), e.claims(), e.handled() ? null
                : "The text is in language '" + e.language() + "'; claims are suggested for English (en) only.");
    }
}
