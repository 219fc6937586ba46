package dev.vetted.web.security;

import dev.vetted.web.problem.Problem;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A desk form post whose token field does not match the session's {@link FormToken} cookie is
 * refused before it acts, on top of SameSite cookies and the origin check ({@link SameOriginForms}).
 * Pages asked for with GET get the cookie when they have none. The API under {@code /api} signs in
 * with bearer tokens only: no ambient credential a foreign form could use, so no token there. (The
 * quarkus-rest-csrf extension refuses every unsafe request without its cookie, bearer API calls
 * included, which is why the desk keeps its own.)
 */
public class FormTokens {

    @ServerRequestFilter(readBody = true)
    public Response check(ResteasyReactiveContainerRequestContext request) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            String path = request.getUriInfo().getPath();
            // the public fact-check pages hold no form, and a cookie would keep shared caches from keeping them
            if (!path.startsWith("/api") && !path.startsWith("/fact-checks")) {
                FormToken.ensure(((ResteasyReactiveRequestContext) request.getServerRequestContext()).serverRequest()
                        .unwrap(io.vertx.ext.web.RoutingContext.class));
            }
            return null;
        }
        if (method.equals("OPTIONS")) return null;
        if (request.getUriInfo().getPath().startsWith("/api")) return null; // bearer tokens only: no ambient credential to forge
        MediaType type = request.getMediaType();
        boolean form = type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
        if (!form) return null;
        Cookie expected = request.getCookies().get(FormToken.COOKIE);
        Object sent = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormParameter(FormToken.FIELD, true, false);
        String given = sent instanceof String s ? s : sent instanceof java.util.Collection<?> c && c.size() == 1 ? String.valueOf(c.iterator().next()) : null;
        if (expected != null && given != null && MessageDigest.isEqual(expected.getValue().getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return Problem.of("form-token", "Form out of date", 403,
                "This form's security token is missing or does not match your session (the page may be old, or the form was"
                        + " sent from elsewhere). Reload the page and send the form again.", "/" + request.getUriInfo().getPath().replaceFirst("^/", ""))
                .toResponse();
    }
}
