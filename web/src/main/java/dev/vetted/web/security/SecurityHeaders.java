package dev.vetted.web.security;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers on every answer, set at the HTTP layer so that pages, the API, static files, sign-in
 * redirects and errors all carry them. Pages allow the desk's own script and style only (no
 * inline script, so injected markup cannot run), and no site may frame the desk. Nothing the desk
 * shows is kept in caches (a shared computer, a proxy), except its own script and style sheet.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(context -> {
            String path = context.request().path();
            context.addHeadersEndHandler(ignored -> {
                HttpServerResponse response = context.response();
                var headers = response.headers();
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("Referrer-Policy", "same-origin");
                headers.set("X-Frame-Options", "DENY");
                String type = headers.get("Content-Type");
                if (type != null && type.startsWith("text/html") && !headers.contains("Content-Security-Policy")) {
                    headers.set("Content-Security-Policy", PAGE_POLICY);
                }
                if (!isAsset(path) && !headers.contains("Cache-Control")) headers.set("Cache-Control", "no-store");
            });
            context.next();
        });
    }

    static boolean isAsset(String path) {
        return path != null && (path.endsWith(".css") || path.endsWith(".js") || path.endsWith(".svg") || path.endsWith(".ico"));
    }
}
