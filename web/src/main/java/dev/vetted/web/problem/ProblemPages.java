package dev.vetted.web.problem;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A person following a link in the browser gets a problem as a readable page with a way back;
 * programs and the API keep getting problem+json.
 */
public class ProblemPages {

    @Inject
    @Location("problem.html")
    Template page;

    @ServerResponseFilter
    public void asPage(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem)) return;
        if (request.getUriInfo().getPath().startsWith("/api")) return;
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || !accept.contains(MediaType.TEXT_HTML)) return;
        // readers of the public pages have no inbox to go back to
        boolean publicPage = request.getUriInfo().getPath().startsWith("/fact-checks");
        response.setEntity(page.data("problem", problem).data("back", publicPage ? "/fact-checks" : "/inbox")
                .data("backLabel", publicPage ? "All fact checks" : "Back to the inbox").render(),
                null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }
}
