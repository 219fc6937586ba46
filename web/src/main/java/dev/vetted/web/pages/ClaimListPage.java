package dev.vetted.web.pages;

import dev.vetted.core.claim.Claim;
import dev.vetted.core.claim.ClaimFilter;
import dev.vetted.core.claim.ClaimStatus;
import dev.vetted.core.claim.Claims;
import dev.vetted.core.common.PageRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Every claim on the desk, filtered by status, speaker and text. */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ClaimListPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance claims(Viewer viewer, List<Claim> claims, String total, List<ClaimStatus> statuses,
                                              String status, String speaker, String q);
    }

    private final Viewers viewers;
    private final Claims claims;

    public ClaimListPage(Viewers viewers, Claims claims) {
        this.viewers = viewers;
        this.claims = claims;
    }

    @GET
    @Path("claims")
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("speaker") String speaker,
                                 @QueryParam("q") String q) {
        ClaimStatus s = InboxPage.parse(ClaimStatus.class, status, null);
        var page = claims.list(new ClaimFilter(s, speaker, null, q), PageRequest.of(0, 200));
        return Templates.claims(viewers.current(), page.items(), page.totalText(), List.of(ClaimStatus.values()),
                s == null ? "" : s.name(), speaker == null ? "" : speaker, q == null ? "" : q);
    }
}
