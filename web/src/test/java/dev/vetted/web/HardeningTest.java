package dev.vetted.web;

import dev.vetted.web.pages.ArticleFromPageTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * What a careless client or an attacker sends, and what each gets: a 4xx that names the field,
 * nothing stored, and nothing in the signed trail that the client chose (issue 15).
 */
@QuarkusTest
class HardeningTest {

    static final String PROBLEM = "application/problem+json";
    /** What no error detail may show: Java types, Jackson's wording. */
    static final String INTERNALS = "(?s).*(java\\.|com\\.fasterxml|jakarta\\.|Cannot deserialize|`|Exception).*";

    static String newClaim(String text) {
        return given().auth().oauth2(Tokens.of("alice")).contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/claims").then().statusCode(201).extract().path("id");
    }

    static String attributionTask(String claimId) {
        return RoutingTest.awaitTask(claimId, "ATTRIBUTION");
    }

    @Test
    void theEvidenceAuthorIsWhoDecidesAndItsKindOneOfTheList() {
        String claim = newClaim("Bus fares rose by 12 percent in 2025, the transport authority said.");
        String task = attributionTask(claim);
        String base = "/api/tasks/" + task + "/decision";
        // a kind not on the list, and too many items: 422 naming the field, nothing decided
        given().auth().oauth2(Tokens.of("dana")).contentType(ContentType.JSON)
                .body(Map.of("decision", "CORRECT", "evidence", List.of(Map.of("kind", "x".repeat(2_000_000), "note", "n"))))
                .post(base).then().statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("evidence[0].kind"))
                .body("detail", not(containsString("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")));
        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) many.add(Map.of("note", "item " + i));
        given().auth().oauth2(Tokens.of("dana")).contentType(ContentType.JSON).body(Map.of("decision", "CORRECT", "evidence", many))
                .post(base).then().statusCode(422).body("errors[0].field", equalTo("evidence")).body("detail", containsString("at most 50"));
        given().get("/api/tasks/" + task).then().body("state", not(equalTo("DECIDED")));

        // dana says the evidence is erin's: the task and the signed event say dana
        given().auth().oauth2(Tokens.of("dana")).contentType(ContentType.JSON)
                .body(Map.of("decision", "CORRECT", "evidence", List.of(Map.of("kind", "primary-source",
                        "url", "https://transport.example.org/fares-2025", "by", "erin"))))
                .post(base).then().statusCode(200).body("evidence.by", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.anyOf(
                        equalTo("dana"), equalTo("system"))));
        String export = given().auth().oauth2(Tokens.of("adam")).get("/api/audit/export").then().statusCode(200).extract().asString();
        String decided = export.lines().filter(l -> l.contains("\"task.decided\"") && l.contains(task)).findFirst().orElseThrow();
        assertThat(decided).contains("\"by\":\"dana\"", "\"kind\":\"primary-source\"").doesNotContain("erin");
    }

    @Test
    void aHugeInvalidDecisionGetsASmallAnswer() {
        String task = attributionTask(newClaim("The river flooded 14 homes on Tuesday, the fire service said."));
        Response r = given().auth().oauth2(Tokens.of("dana")).contentType(ContentType.JSON)
                .body(Map.of("decision", "Z".repeat(2_000_000))).post("/api/tasks/" + task + "/decision");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.asByteArray().length).isLessThan(2_000);
    }

    @Test
    void jsonIsReadStrictlyAndDetailsSpeakTheClientsLanguage() {
        record Case(String body, String detail) {
        }
        List<Case> cases = List.of(
                new Case("{\"text\": 5}", "The value at text has the wrong type; expected text."),
                new Case("{\"text\": true}", "The value at text has the wrong type; expected text."),
                new Case("{\"text\": \"Prices fell.\", \"text\": \"Prices rose.\"}", "The body gives the field 'text' twice"),
                new Case("{\"text\": \"a\\u0000b\"}", "NUL"),
                new Case("{\"text\": \"half \\ud800 a pair\"}", "surrogate"),
                new Case("{\"articleId\": \"x\", \"start\": \"4\", \"end\": 9}", "The value at start has the wrong type; expected a whole number."),
                new Case("[1, 2]", "The body must be a JSON object."),
                new Case("{\"text\": \"Prices fell.\"", "The body is not valid JSON"),
                new Case("{\"text\": 'single'}", "The body is not valid JSON"));
        long before = claims();
        for (Case c : cases) {
            String detail = given().auth().oauth2(Tokens.of("alice")).contentType(ContentType.JSON).body(c.body())
                    .post("/api/claims").then().statusCode(400).contentType(PROBLEM).extract().path("detail");
            assertThat(detail).as(c.body()).contains(c.detail()).doesNotMatch(INTERNALS);
        }
        // an overlong encoding of '/' (C0 AF) is not UTF-8
        byte[] overlong = "{\"text\": \"a?b\"}".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[overlong.length + 1];
        int q = new String(overlong, StandardCharsets.US_ASCII).indexOf('?');
        System.arraycopy(overlong, 0, body, 0, q);
        body[q] = (byte) 0xC0;
        body[q + 1] = (byte) 0xAF;
        System.arraycopy(overlong, q + 1, body, q + 2, overlong.length - q - 1);
        given().auth().oauth2(Tokens.of("alice")).contentType("application/json").body(body).post("/api/claims")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("UTF-8"));
        assertThat(claims()).isEqualTo(before);
    }

    @Test
    void queryValuesTheDatabaseWouldRefuseAreA4xxNamingTheParameter() throws Exception {
        // sent as typed: REST Assured would otherwise encode the % itself
        given().urlEncodingEnabled(false).get("/api/tasks?q=%00").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("q")).body("detail", containsString("NUL"));
        // a request line that is no URI is refused by the HTTP layer before any handler (plain 400; see the README)
        RawHttp.Answer broken = RawHttp.get("/api/claims?q=ab%zz", Tokens.of("dana"));
        assertThat(broken.status()).isEqualTo(400);
        given().urlEncodingEnabled(false).get("/api/claims?speaker=%C0%AF").then().statusCode(400).contentType(PROBLEM).body("detail", containsString("UTF-8"));
        given().get("/api/claims?page=2147483647&size=200").then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("page"));
        given().auth().oauth2(Tokens.of("alice")).contentType(ContentType.JSON)
                .body(Map.of("title", "Far future", "text", "The council said it would pay.", "publishedAt", "+20000-01-01T00:00:00Z"))
                .post("/api/articles").then().statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("publishedAt"));
    }

    @Test
    void inboxSearchTakesWildcardsLiterally() {
        String run = "w" + Long.toString(System.nanoTime(), 36);
        String claim = newClaim("Unemployment stood at 4.1 percent in March in district " + run + "x, the statistics office said.");
        RoutingTest.awaitTask(claim, "ATTRIBUTION");
        given().queryParam("q", run + "x").queryParam("state", "all").get("/api/tasks").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThan(0));
        // as wildcards, each of these would find it; taken literally, none does
        for (String wildcard : List.of(run + "%", run + "_", run + "\\x")) {
            given().queryParam("q", wildcard).queryParam("state", "all").get("/api/tasks")
                    .then().statusCode(200).body("total", equalTo(0));
        }
    }

    @Test
    void concurrentDecisionsOnOneTaskEndWithOneDecisionAnd409ForTheOther() throws Exception {
        var threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        for (int round = 0; round < 3; round++) {
            String task = attributionTask(newClaim("The library lent " + (1000 + round) + " books in May, the council said."));
            CyclicBarrier start = new CyclicBarrier(2);
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (String user : List.of("dana", "alice")) {
                String token = Tokens.of(user);
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("decision", "CORRECT"))
                            .post("/api/tasks/" + task + "/decision").statusCode();
                }, threads));
            }
            List<Integer> statuses = answers.stream().map(CompletableFuture::join).sorted().toList();
            assertThat(statuses).as("round %d", round).containsExactly(200, 409);
        }
        threads.shutdown();
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        BrowserSession alice = BrowserSession.signIn("alice");
        Response page = alice.request().get("/inbox");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(given().get("/api/claims").header("Cache-Control")).isEqualTo("no-store");
        assertThat(given().noFilters().get("/desk.js").header("Cache-Control")).isNotEqualTo("no-store");
    }

    @Test
    void aBackThatIsNoPathOfOursNeverTurnsACommittedClaimIntoAnError() {
        BrowserSession dana = BrowserSession.signIn("dana");
        for (String back : List.of("/ x", "<", "/\tx", "https://evil.example/", "//evil.example/")) {
            String task = attributionTask(newClaim("The pool will reopen in " + back.length() + " weeks, the mayor said."));
            Response r = dana.request().redirects().follow(false).formParam("back", back).post("/tasks/" + task + "/claim");
            assertThat(r.statusCode()).as(back).isEqualTo(303);
            assertThat(r.header("Location")).as(back).endsWith("/inbox").doesNotContain("evil");
            given().get("/api/tasks/" + task).then().body("state", equalTo("CLAIMED")).body("assignee", equalTo("dana"));
        }
    }

    @Test
    void aFormsMessageIsShownOnceAndAMessageInTheAddressNever() {
        BrowserSession dana = BrowserSession.signIn("dana");
        // a link anyone can send must not make the desk speak in its own voice
        String spoofed = dana.request().get("/inbox?message=Your+account+is+locked.+Call+555-0100.").asString();
        assertThat(Jsoup.parse(spoofed).select("#messages").text()).isEmpty();
        assertThat(spoofed).doesNotContain("555-0100");

        String task = attributionTask(newClaim("The library will open on Sundays from May, the council said."));
        Response claimed = dana.request().redirects().follow(false).formParam("back", "/inbox").post("/tasks/" + task + "/claim");
        assertThat(claimed.header("Location")).endsWith("/inbox").doesNotContain("message");
        assertThat(claimed.headers().getValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("vetted-flash=").contains("HttpOnly"));
        assertThat(Jsoup.parse(dana.request().get("/inbox").asString()).select("#messages").text()).contains("The task is yours");
        assertThat(Jsoup.parse(dana.request().get("/inbox").asString()).select("#messages").text()).isEmpty();
    }

    @Test
    void formBodiesTheDatabaseWouldRefuseAreA4xxAndStoreNothing() {
        BrowserSession alice = BrowserSession.signIn("alice");
        long before = ArticleFromPageTest.total();
        for (String body : List.of("title=Broken%zzescape&text=The+mayor+said+so.", "title=Nul%00here&text=The+mayor+said+so.",
                "title=Fine&text=The+mayor%00said+so.")) {
            Response r = alice.request().contentType("application/x-www-form-urlencoded").body(body + "&form-token=" + alice.csrf())
                    .post("/articles");
            assertThat(r.statusCode()).as(body).isBetween(400, 499);
        }
        assertThat(ArticleFromPageTest.total()).isEqualTo(before);
    }

    @Test
    void aFormWithoutTheSessionsTokenIsRefusedAndChangesNothing() {
        BrowserSession alice = BrowserSession.signIn("alice");
        assertThat(alice.csrf()).as("the desk gave the session a form token").isNotBlank();
        assertThat(alice.request().get("/articles/new").asString()).contains("name=\"form-token\" value=\"" + alice.csrf() + "\"");
        long before = ArticleFromPageTest.total();
        Response missing = alice.request().contentType("application/x-www-form-urlencoded")
                .body("title=No+token&text=The+mayor+said+3+bridges+would+close.").post("/articles");
        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(missing.asString()).contains("security token");
        Response wrong = alice.request().formParam("form-token", "not-the-sessions").formParam("title", "Wrong token")
                .formParam("text", "The mayor said 3 bridges would close.").post("/articles");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(ArticleFromPageTest.total()).isEqualTo(before);
        // the same form with the session's token goes through
        Response right = alice.request().formParam("title", "With token").formParam("text", "The mayor said 3 bridges would close.")
                .post("/articles");
        assertThat(right.statusCode()).isEqualTo(303);
    }

    static long claims() {
        return given().get("/api/claims?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }
}
