package dev.vetted.web.pages;

import dev.vetted.core.common.DomainException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * How a desk form ends: post, then redirect with a one-line message, so a reload or a second
 * click never repeats the action and the page after it says what happened. The message travels
 * in a {@link Flash} cookie, never in the address.
 */
@ApplicationScoped
class FormOutcome {

    private final CurrentVertxRequest request;

    FormOutcome(CurrentVertxRequest request) {
        this.request = request;
    }

    /**
     * Runs the action and goes back to {@code back} (a path on this site) with the message. Where
     * to go is settled before the action runs, so nothing can fail after a change is committed.
     */
    Response act(Runnable action, String back, String fallback, String done) {
        String target = local(back) ? back : fallback;
        redirect(target, done); // a target that cannot be a redirect fails here, before any change
        try {
            action.run();
            return redirect(target, done);
        } catch (DomainException e) {
            return redirect(target, e.getMessage());
        }
    }

    Response redirect(String path, String message) {
        RoutingContext context = request.getCurrent();
        boolean secure = context != null && context.request().isSSL();
        return Response.seeOther(URI.create(path)).cookie(Flash.carrying(message, secure)).build();
    }

    /**
     * Only paths on this site, written as a valid address: an open redirect would let a link send
     * a signed-in user anywhere, and a malformed one would fail after the action.
     */
    static boolean local(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\") || path.length() > 2000) return false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= ' ' || c == '\\' || c >= 0x7f) return false;
        }
        try {
            URI uri = new URI(path);
            return uri.getScheme() == null && uri.getRawAuthority() == null && uri.getRawPath() != null && uri.getRawPath().startsWith("/");
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
