package dev.vetted.web.security;

import dev.vetted.web.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;

/**
 * Cross-site request forgery defence for the desk's forms, on top of the session cookie's
 * SameSite=Lax: a state-changing request from a browser carries an Origin (or Referer) header,
 * and it must name this desk. A request from another site is refused before it acts.
 */
public class SameOriginForms {

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) return null;
        MediaType type = request.getMediaType();
        boolean form = type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE) || type.isCompatible(MediaType.TEXT_PLAIN_TYPE));
        if (!form) return null; // JSON needs a CORS preflight, which this app never grants
        String origin = request.getHeaderString("Origin");
        // "null" is what a sandboxed frame, a data: page or a privacy redirect sends: never the desk itself
        if ("null".equals(origin)) return refuse(request, "an opaque origin (Origin: null)");
        if (origin == null) origin = request.getHeaderString("Referer");
        if (origin == null) return null;
        String host = request.getHeaderString("Host");
        try {
            URI from = URI.create(origin);
            String fromHost = from.getHost() + (from.getPort() > 0 ? ":" + from.getPort() : "");
            if (host != null && (fromHost.equalsIgnoreCase(host) || from.getAuthority() != null && from.getAuthority().equalsIgnoreCase(host))) {
                return null;
            }
        } catch (IllegalArgumentException malformed) {
            // refused below
        }
        return refuse(request, dev.vetted.core.common.Text.shown(origin));
    }

    private static Response refuse(ContainerRequestContext request, String from) {
        return Problem.of("cross-site", "Cross-site request refused", 403,
                "This form was sent from another site (" + from + "); submit it from the Vetted desk itself.",
                request.getUriInfo().getPath()).toResponse();
    }
}
