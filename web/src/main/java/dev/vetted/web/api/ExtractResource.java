package dev.vetted.web.api;

import dev.vetted.core.extract.ArticleFile;
import dev.vetted.core.extract.ClaimExtractor;
import dev.vetted.core.extract.Extraction;
import dev.vetted.core.extract.SuggestedClaim;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    public ExtractResource(@ConfigProperty(name = "vetted.extract.threshold", defaultValue = "0.1") double threshold) {
        this.extractor = new ClaimExtractor(threshold);
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suggest the claims of an article's text (UTF-8, up to 16 MiB) with their speakers")
    public Extracted extract(byte[] body) {
        Extraction e = extractor.analyse(ArticleFile.decode(body == null ? new byte[0] : body));
        return new Extracted(e.language(), e.claims(), e.handled() ? null
                : "The text is in language '" + e.language() + "'; claims are suggested for English (en) only.");
    }
}
