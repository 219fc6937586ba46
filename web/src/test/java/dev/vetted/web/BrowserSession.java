package dev.vetted.web;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's side of the sign-in, over HTTP: the app redirects to Keycloak, the user posts
 * Keycloak's own login form, Keycloak redirects back with a code, the app sets its session cookie.
 */
public final class BrowserSession {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    /**
     * Cookies kept by hand: Keycloak marks its own Secure, which a browser still sends to
     * http://localhost but an HTTP client's cookie store does not.
     */
    private final java.util.Map<String, String> jar = new java.util.concurrent.ConcurrentHashMap<>();

    private final io.restassured.filter.Filter cookies = (request, response, context) -> {
        // as a browser does, a form sends the token the page put in it (the desk's forms carry the session's)
        String token = jar.get("vetted-form-token");
        if (token != null && request.getMethod().equals("POST") && !request.getFormParams().containsKey("form-token")) {
            if (!request.getMultiPartParams().isEmpty()) request.multiPart("form-token", token);
            else if (!request.getFormParams().isEmpty() || request.getBody() == null) request.formParam("form-token", token);
        }
        if (!jar.isEmpty()) {
            request.header("Cookie", String.join("; ", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        Response r = context.next(request, response);
        for (String header : r.getHeaders().getValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq < 1) continue;
            String name = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            boolean expired = value.isEmpty() || header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
            if (expired) jar.remove(name);
            else jar.put(name, value);
        }
        return r;
    };

    /** The session's form token, for a test that writes a form body by hand. */
    public String csrf() {
        return jar.get("vetted-form-token");
    }

    public static BrowserSession signIn(String user) {
        BrowserSession session = new BrowserSession();
        Response toKeycloak = session.request().get("/inbox");
        assertThat(toKeycloak.statusCode()).isEqualTo(302);
        Response loginPage = session.request().get(toKeycloak.header("Location"));
        Matcher action = FORM_ACTION.matcher(loginPage.asString());
        assertThat(action.find()).as("Keycloak's login form at %s: %s %s", toKeycloak.header("Location"), loginPage.statusCode(), loginPage.asString().substring(0, Math.min(300, loginPage.asString().length()))).isTrue();
        Response back = session.request().formParam("username", user).formParam("password", user)
                .post(action.group(1).replace("&amp;", "&"));
        assertThat(back.statusCode()).as("Keycloak accepts the password").isEqualTo(302);
        Response landed = session.request().get(back.header("Location"));
        assertThat(landed.statusCode()).isIn(200, 302, 303);
        // as a browser does, on to the page the sign-in restores (which gives the session its form token)
        if (landed.statusCode() != 200 && landed.header("Location") != null) {
            assertThat(session.request().get(landed.header("Location")).statusCode()).isEqualTo(200);
        }
        return session;
    }

    public RequestSpecification request() {
        // browsers send forms in the page's charset (UTF-8), not RestAssured's default ISO-8859-1
        return RestAssured.given().noFilters().filter(cookies).redirects().follow(false).urlEncodingEnabled(false)
                .config(RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                        .defaultContentCharset("UTF-8")));
    }
}
