package dev.vetted.web.pages;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The one-line message a desk form leaves for the page it redirects to ("Decision recorded"), kept
 * in a short-lived cookie and shown once. A message in the address would let any link make the
 * desk say whatever it likes under the site's name ("your account is locked, call ..."); a cookie
 * only this site sets, read once and cleared, cannot be sent by anyone else. The layout shows it
 * ({@code inject:flash}), so whichever desk page a form redirects to says what happened.
 */
@RequestScoped
@Named("flash")
public class Flash {

    static final String COOKIE = "vetted-flash";
    /** Long enough for any message the desk writes; a longer cookie is not ours and is dropped. */
    private static final int MAX_CHARS = 600;

    private final CurrentVertxRequest request;
    private String taken;
    private boolean read;

    public Flash(CurrentVertxRequest request) {
        this.request = request;
    }

    /** The cookie a redirect sets to carry {@code message} to the next page. */
    static NewCookie carrying(String message, boolean secure) {
        String line = oneLine(message);
        return new NewCookie.Builder(COOKIE).value(Base64.getUrlEncoder().withoutPadding().encodeToString(line.getBytes(StandardCharsets.UTF_8)))
                .path("/").maxAge(60).httpOnly(true).secure(secure).sameSite(NewCookie.SameSite.LAX).build();
    }

    /** The message left for this page, or null; the cookie is cleared so a reload does not repeat it. */
    public String take() {
        if (read) return taken;
        read = true;
        RoutingContext context = request.getCurrent();
        Cookie sent = context == null ? null : context.request().getCookie(COOKIE);
        if (sent == null) return null;
        context.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                .setSecure(context.request().isSSL()).setSameSite(CookieSameSite.LAX));
        taken = decode(sent.getValue());
        return taken;
    }

    static String decode(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_CHARS * 6) return null;
        try {
            String text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            return text.isBlank() || text.length() > MAX_CHARS ? null : oneLine(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Control characters and line breaks out, cut at the cap: a message is one line. */
    static String oneLine(String message) {
        String line = (message == null ? "" : message).replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        return line.length() <= MAX_CHARS ? line : line.substring(0, MAX_CHARS - 1) + "…";
    }
}
