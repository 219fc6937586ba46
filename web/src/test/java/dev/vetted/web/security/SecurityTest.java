package dev.vetted.web.security;

import dev.vetted.web.KeycloakResource;
import dev.vetted.web.RoutingTest;
import dev.vetted.web.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Sign-in with real Keycloak tokens: who may call what, bad tokens, and the four-eyes rule. */
@QuarkusTest
class SecurityTest {

    static final String PROBLEM = "application/problem+json";

    static RequestSpecification as(String user) {
        return user.equals("nobody") ? given().noFilters() : given().auth().oauth2(Tokens.of(user));
    }

    static String article() {
        return "{\"title\": \"Matrix\", \"text\": \"The mayor said 3 bridges would close in May for repairs.\"}";
    }

    /** Each endpoint, each role: the status it answers (before any body check). */
    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
            "GET, /api/articles, nobody, 401",
            "GET, /api/articles, alice, 200",
            "GET, /api/articles, erin, 200",
            "GET, /api/articles, adam, 200",
            "POST, /api/articles, nobody, 401",
            "POST, /api/articles, alice, 201",
            "POST, /api/articles, erin, 403",
            "POST, /api/articles, adam, 403",
            "GET, /api/claims, nobody, 401",
            "GET, /api/claims, bob, 200",
            "GET, /api/claims, erin, 200",
            "POST, /api/claims, bob, 201",
            "POST, /api/claims, erin, 403",
            "POST, /api/claims, adam, 403",
            "GET, /api/tasks, nobody, 401",
            "GET, /api/tasks, alice, 200",
            "GET, /api/tasks, erin, 200",
            "GET, /api/tasks, adam, 200",
            "GET, /api/statements, nobody, 401",
            "GET, /api/statements, alice, 200",
            "POST, /api/statements, adam, 201",
            "POST, /api/statements, alice, 201",
            "POST, /api/statements, erin, 403",
            "POST, /api/extract, nobody, 401",
            "POST, /api/extract, alice, 200",
            "POST, /api/extract, erin, 200",
            "POST, /api/extract, rita, 403",
    })
    void roleMatrix(String method, String path, String user, int status) {
        RequestSpecification request = as(user);
        String body = switch (path) {
            case "/api/articles" -> article();
            case "/api/claims" -> "{\"text\": \"Unemployment fell to 3.9 percent in May.\"}";
            case "/api/statements" -> "{\"body\": \"City Hall\", \"text\": \"The bridges close in May.\"}";
            default -> "The mayor said 3 bridges would close in May for repairs.";
        };
        if (method.equals("POST")) {
            request = request.contentType(path.equals("/api/extract") ? "text/plain" : "application/json").body(body);
        }
        var response = method.equals("GET") ? request.get(path) : request.post(path);
        response.then().statusCode(status);
        if (status == 401 || status == 403) response.then().contentType(PROBLEM);
    }

    @Test
    void noTokenIs401WithAProblemAndABearerChallenge() {
        given().noFilters().get("/api/claims").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("detail", containsString("Sign in"));
    }

    @Test
    void aPageSendsTheBrowserToKeycloaksSignIn() {
        given().noFilters().redirects().follow(false).get("/").then().statusCode(302)
                .header("Location", containsString("/realms/vetted/protocol/openid-connect/auth"))
                .header("Location", containsString("client_id=vetted-web"));
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() throws Exception {
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        String forged = Jwt.issuer(KeycloakResource.url + "/realms/vetted").subject("mallory")
                .claim("preferred_username", "mallory").claim("realm_access", Map.of("roles", java.util.List.of("admin")))
                .expiresIn(300).sign(keys.generateKeyPair().getPrivate());
        given().noFilters().auth().oauth2(forged).get("/api/claims").then().statusCode(401).contentType(PROBLEM);
        given().noFilters().auth().oauth2("not.a.token").get("/api/claims").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aTokenOfAnotherRealmIs401() {
        String other = Tokens.fromRealm("other", "vetted-cli", "alice");
        given().noFilters().auth().oauth2(other).get("/api/claims").then().statusCode(401).contentType(PROBLEM);
    }

    /**
     * Tokens that cannot be verified locally are refused without asking Keycloak to introspect
     * them, and without a warning or error line: refusing them costs the app nothing an anonymous
     * sender could multiply.
     */
    @Test
    void unverifiableTokensAre401WithoutIntrospectionOrNoisyLogs() throws Exception {
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        String randomKid = Jwt.issuer(KeycloakResource.url + "/realms/vetted").subject("mallory")
                .expiresIn(300).jws().keyId("no-such-key").sign(keys.generateKeyPair().getPrivate());
        String foreign = Tokens.fromRealm("other", "vetted-cli", "alice");
        java.util.List<java.util.logging.LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(java.util.logging.Level.ALL);
        java.util.logging.Logger oidc = java.util.logging.Logger.getLogger("io.quarkus.oidc");
        oidc.addHandler(capture);
        try {
            for (String token : java.util.List.of("garbage", "a.b.c", randomKid, foreign, randomKid, foreign)) {
                given().noFilters().auth().oauth2(token).get("/api/claims").then().statusCode(401).contentType(PROBLEM);
            }
        } finally {
            oidc.removeHandler(capture);
        }
        org.assertj.core.api.Assertions.assertThat(records).noneMatch(r -> r.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue());
        org.assertj.core.api.Assertions.assertThat(records).noneMatch(r -> String.valueOf(r.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("introspect"));
    }

    @Test
    void anExpiredTokenIs401() {
        String shortLived = Tokens.fromRealm("vetted", "vetted-test-expiring", "alice");
        Instant issued = Instant.now();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().noFilters().auth().oauth2(shortLived).get("/api/claims").statusCode() == 401);
        org.assertj.core.api.Assertions.assertThat(Duration.between(issued, Instant.now())).isPositive();
    }

    @Test
    void theActingUserComesFromTheTokenNotTheBody() {
        String claim = as("alice").contentType(ContentType.JSON)
                .body("{\"text\": \"The port handled 2 million containers in 2023.\", \"createdBy\": \"mallory\"}")
                .post("/api/claims").then().statusCode(201).extract().path("id");
        as("alice").get("/api/claims/" + claim).then().body("createdBy", equalTo("alice"));
        String task = RoutingTest.awaitTask(claim, "ATTRIBUTION");
        as("bob").contentType(ContentType.JSON).body("{\"decision\": \"CORRECT\", \"decidedBy\": \"mallory\"}")
                .post("/api/tasks/" + task + "/decision").then().statusCode(200).body("decidedBy", equalTo("bob"));
    }

    @Test
    void stepsAreForTheirRolesAndTheFourEyesRuleStopsDana() {
        String claim = as("dana").contentType(ContentType.JSON)
                .body("{\"text\": \"The city planted 10,000 trees in 2024.\", \"speaker\": \"the mayor\"}")
                .post("/api/claims").then().statusCode(201).extract().path("id");
        String attribution = RoutingTest.awaitTask(claim, "ATTRIBUTION");
        String confirmation = RoutingTest.awaitTask(claim, "CONFIRMATION");

        as("erin").post("/api/tasks/" + attribution + "/claim").then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("fact-checker"));
        as("adam").contentType(ContentType.JSON).body(Map.of("decision", "CORRECT"))
                .post("/api/tasks/" + attribution + "/decision").then().statusCode(403);

        as("alice").post("/api/tasks/" + confirmation + "/claim").then().statusCode(200);
        as("bob").contentType(ContentType.JSON).body(Map.of("decision", "CONFIRMED"))
                .post("/api/tasks/" + confirmation + "/decision").then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("held by alice"));
        as("bob").post("/api/tasks/" + confirmation + "/release").then().statusCode(409);

        as("dana").contentType(ContentType.JSON).body(Map.of("decision", "CORRECT"))
                .post("/api/tasks/" + attribution + "/decision").then().statusCode(200);
        as("alice").contentType(ContentType.JSON).body(Map.of("decision", "CONFIRMED"))
                .post("/api/tasks/" + confirmation + "/decision").then().statusCode(200);

        String signoff = RoutingTest.awaitTask(claim, "SIGNOFF");
        as("alice").contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "verdict", "TRUE"))
                .post("/api/tasks/" + signoff + "/decision").then().statusCode(403).body("detail", containsString("editor"));
        as("dana").contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "verdict", "TRUE"))
                .post("/api/tasks/" + signoff + "/decision").then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("four-eyes"));
        as("dana").post("/api/tasks/" + signoff + "/claim").then().statusCode(403);
        as("erin").contentType(ContentType.JSON).body(Map.of("decision", "APPROVE", "verdict", "TRUE"))
                .post("/api/tasks/" + signoff + "/decision").then().statusCode(200).body("decidedBy", equalTo("erin"));
    }
}
