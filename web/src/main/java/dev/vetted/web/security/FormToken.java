package dev.vetted.web.security;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The session's form token: a random value in an HttpOnly cookie (SameSite=Lax, so the first page after
 * signing in at a Keycloak on another site keeps the token other tabs hold) that every desk form repeats
 * in a hidden field ({@code {#csrf /}}), so a form another site makes cannot carry it (the
 * double-submit cookie of OWASP's CSRF sheet). Made on the first page a browser asks for.
 */
@RequestScoped
@Named("formToken")
public class FormToken {

    static final String COOKIE = "vetted-form-token";
    static final String FIELD = "form-token";
    private static final String IN_REQUEST = FormToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CurrentVertxRequest request;

    public FormToken(CurrentVertxRequest request) {
        this.request = request;
    }

    /** The token this page's forms carry: the browser's, or the one made for it on this request. */
    public String value() {
        RoutingContext context = request.getCurrent();
        return context == null ? "" : ensure(context);
    }

    /** The browser's token, or a new one set as its cookie on this response. */
    static String ensure(RoutingContext context) {
        String made = context.get(IN_REQUEST);
        if (made != null) return made;
        Cookie sent = context.request().getCookie(COOKIE);
        if (sent != null && sent.getValue().length() == 43) return sent.getValue();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        context.put(IN_REQUEST, token);
        context.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                .setSecure(context.request().isSSL()).setSameSite(CookieSameSite.LAX));
        return token;
    }
}
