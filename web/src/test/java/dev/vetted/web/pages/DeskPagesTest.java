package dev.vetted.web.pages;

import dev.vetted.web.BrowserSession;
import dev.vetted.web.RoutingTest;
import dev.vetted.web.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The desk's pages, used as a browser uses them: signed in through Keycloak's form, plain forms. */
@QuarkusTest
public class DeskPagesTest {

    public static String location(Response r) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
        return r.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void aFactCheckerImportsAcceptsAndDecidesAndAnEditorSignsOff() throws Exception {
        BrowserSession alice = BrowserSession.signIn("alice");
        assertThat(alice.request().get("/inbox").asString()).contains("alice", "Inbox", "Open for my roles");

        String text = Files.readString(Path.of("../deploy/seed/article.txt"));
        String articlePage = location(alice.request().formParam("title", "Hostage talks (desk)").formParam("text", text)
                .formParam("outlet", "Example News").formParam("publishedAt", "2023-11-21").post("/articles"));
        String article = alice.request().get(articlePage).asString();
        assertThat(article).contains("Suggested claims", "Michael Herzog", "claims suggested");
        // who said what: each source once, with its kind and role, and its claims under it
        String who = article.substring(article.indexOf("id=\"who-said-what\""));
        assertThat(who).contains("Jonathan Finer <span class=\"meta\">person · U.S. Deputy National Security Advisor");
        assertThat(who.split("<dt>Jonathan Finer ", -1)).hasSize(2);
        Matcher suggested = Pattern.compile("(\\d+) claims suggested").matcher(article);
        assertThat(suggested.find()).isTrue();
        String list = alice.request().get("/articles").asString();
        assertThat(list).contains("Hostage talks (desk)", "Suggested claims to review");
        assertThat(list.substring(list.indexOf("Hostage talks (desk)"))).contains("<strong>" + suggested.group(1) + "</strong>");

        // the suggestion whose text holds these words: its accept form is the last one opened before them
        String suggestionList = article.substring(article.indexOf("class=\"suggestions\""));
        Matcher accept = Pattern.compile("action=\"(/claims/[0-9a-f-]+/accept)\"")
                .matcher(suggestionList.substring(0, suggestionList.indexOf("could be freed")));
        String acceptPath = null;
        while (accept.find()) acceptPath = accept.group(1);
        assertThat(acceptPath).isNotNull();
        String claimId = acceptPath.split("/")[2];
        // bob accepts what alice imported: the claim page names who accepted it, not who imported it
        BrowserSession bob = BrowserSession.signIn("bob");
        location(bob.request().formParam("back", "/articles/x").post(acceptPath));

        // both checks open side by side; wait for both forms, not only the first
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            String page = alice.request().get("/claims/" + claimId).asString();
            return page.contains("Decide: " + dev.vetted.core.review.ReviewStep.ATTRIBUTION.title())
                    && page.contains("Decide: " + dev.vetted.core.review.ReviewStep.CONFIRMATION.title());
        });
        String claimPage = alice.request().get("/claims/" + claimId).asString();
        assertThat(claimPage).contains("<mark>", "Michael Herzog", "Timeline", "Claim accepted", "By bob.");
        // the process map: accepted behind, both checks now, the sign-off to come
        assertThat(org.jsoup.Jsoup.parse(claimPage).select(".stage-state").eachText()).contains("✓ done", "● now", "○ to come");
        String attribution = taskId(claimPage, "ATTRIBUTION");
        String confirmation = taskId(claimPage, "CONFIRMATION");

        String after = location(alice.request().formParam("decision", "CORRECT").formParam("comment", "Matches the source")
                .formParam("evidenceUrl", "https://example.org/interview").post("/tasks/" + attribution + "/decision"));
        assertThat(alice.request().get(after).asString()).contains("Decision recorded", "Matches the source");
        location(bob.request().formParam("decision", "NO_RESPONSE").post("/tasks/" + confirmation + "/decision"));

        BrowserSession erin = BrowserSession.signIn("erin");
        await().atMost(Duration.ofSeconds(30)).until(() -> erin.request().get("/inbox").asString().contains(claimId));
        String signoffPage = erin.request().get("/claims/" + claimId).asString();
        String signoff = taskId(signoffPage, "SIGNOFF");
        assertThat(signoffPage).contains("Verdict");
        // approving without a verdict: the form comes back with the error beside the verdict and the comment kept
        Response noVerdict = erin.request().formParam("decision", "APPROVE").formParam("comment", "Checked twice")
                .post("/tasks/" + signoff + "/decision");
        assertThat(noVerdict.statusCode()).isEqualTo(422);
        assertThat(noVerdict.asString()).contains("id=\"verdict-error-" + signoff + "\"", "Choose a verdict to approve the claim.",
                "Checked twice");
        location(erin.request().formParam("decision", "APPROVE").formParam("verdict", "UNPROVEN").post("/tasks/" + signoff + "/decision"));
        await().atMost(Duration.ofSeconds(30)).until(() -> erin.request().get("/claims/" + claimId).asString().contains("status-PUBLISHED"));
    }

    @Test
    void articleTextIsShownAsTextAndFormErrorsStandByTheirField() {
        BrowserSession alice = BrowserSession.signIn("alice");
        String page = location(alice.request().formParam("title", "<script>alert('x')</script> budget")
                .formParam("text", "The mayor said <script>alert(1)</script> 3 bridges would close in May for repairs.")
                .post("/articles"));
        String html = alice.request().get(page).asString();
        assertThat(html).contains("&lt;script&gt;alert(").doesNotContain("<script>alert");

        Response invalid = alice.request().formParam("title", "").formParam("text", "Some text.").formParam("url", "ftp://x")
                .post("/articles");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.asString()).contains("id=\"title-error\"", "id=\"url-error\"", "Some text.");
    }

    @Test
    void danaIsToldWhySheMayNotSignOffAClaimSheChecked() {
        BrowserSession dana = BrowserSession.signIn("dana");
        String claim = io.restassured.RestAssured.given().auth().oauth2(Tokens.of("dana")).contentType("application/json")
                .body("{\"text\": \"The ferry carried 2 million passengers in 2024.\", \"speaker\": \"the port authority\"}")
                .post("/api/claims").then().statusCode(201).extract().path("id");
        String attribution = RoutingTest.awaitTask(claim, "ATTRIBUTION");
        String confirmation = RoutingTest.awaitTask(claim, "CONFIRMATION");
        location(dana.request().formParam("decision", "CORRECT").post("/tasks/" + attribution + "/decision"));
        RoutingTest.decide(confirmation, java.util.Map.of("decision", "CONFIRMED"));
        RoutingTest.awaitTask(claim, "SIGNOFF");
        String page = dana.request().get("/claims/" + claim).asString();
        assertThat(page).contains("four-eyes").doesNotContain("Decide: Editor sign-off");
    }

    private static String taskId(String page, String step) {
        Matcher m = Pattern.compile("action=\"/tasks/([0-9a-f-]+)/decision\"[\\s\\S]*?Decide: "
                + dev.vetted.core.review.ReviewStep.valueOf(step).title()).matcher(page);
        assertThat(m.find()).as("a decision form for " + step).isTrue();
        String id = m.group(1);
        // the lazy match may start at an earlier form: take the last task id before the legend
        Matcher all = Pattern.compile("/tasks/([0-9a-f-]+)/decision").matcher(m.group());
        while (all.find()) id = all.group(1);
        return id;
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() {
        BrowserSession alice = BrowserSession.signIn("alice");
        Response forged = alice.request().header("Origin", "http://evil.example").formParam("title", "Forged")
                .formParam("text", "The mayor said 3 bridges would close in May for repairs.").post("/articles");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.asString()).contains("another site");
        // a sandboxed frame sends Origin: null, whatever Referer it has
        Response opaque = alice.request().header("Origin", "null").header("Referer", "http://localhost:8081/articles/new")
                .formParam("title", "Sandboxed").formParam("text", "The mayor said 3 bridges would close in May for repairs.").post("/articles");
        assertThat(opaque.statusCode()).isEqualTo(403);
        assertThat(opaque.asString()).contains("Origin: null");
        Response same = alice.request().header("Origin", "http://localhost:8081").formParam("title", "Own")
                .formParam("text", "The mayor said 3 bridges would close in May for repairs.").post("/articles");
        assertThat(same.statusCode()).as(same.asString() + same.headers()).isEqualTo(303);
    }

    @Test
    void signingOutEndsTheSessionAtKeycloak() {
        BrowserSession erin = BrowserSession.signIn("erin");
        Response out = erin.request().get("/logout");
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.header("Location")).contains("/realms/vetted/protocol/openid-connect/logout");
        assertThat(out.getHeaders().getValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("q_session=;"));
    }

    @Test
    void statementsAreListedAndAddedWithErrorsBesideTheirFields() {
        BrowserSession alice = BrowserSession.signIn("alice");
        String listed = location(alice.request().formParam("body", "Port Authority").formParam("speaker", "its spokesperson")
                .formParam("text", "Fares rose 12 per cent in 2025, not 30.").formParam("publishedAt", "2026-01-05").post("/statements"));
        assertThat(alice.request().get(listed).asString()).contains("Statement added", "Port Authority", "Fares rose 12 per cent");

        Response blank = alice.request().formParam("body", " ").formParam("text", "").formParam("publishedAt", "5 Jan").post("/statements");
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.asString()).contains("id=\"body-error\"", "id=\"text-error\"", "id=\"date-error\"", "aria-invalid=\"true\"");
        Response script = alice.request().formParam("body", "City Hall").formParam("text", "No comment.")
                .formParam("url", "javascript:alert(1)").post("/statements");
        assertThat(script.statusCode()).isEqualTo(422);
        assertThat(script.asString()).contains("id=\"url-error\"", "must be an http:// or https:// address");

        Response editor = BrowserSession.signIn("erin").request().formParam("body", "X").formParam("text", "Y").post("/statements");
        assertThat(editor.statusCode()).isEqualTo(403);
    }

    @Test
    void adminsHaveAnAuditPageWithCheckpointAndDownloadsOthersAreRefusedWithAPage() {
        BrowserSession adam = BrowserSession.signIn("adam");
        location(adam.request().post("/audit/checkpoint"));
        String page = adam.request().get("/audit").asString();
        assertThat(page).contains("Latest signed checkpoint", "Verifier key", "/audit/export?format=jsonl");
        Response jsonl = adam.request().get("/audit/export?format=jsonl");
        assertThat(jsonl.statusCode()).isEqualTo(200);
        String[] lines = jsonl.asString().split("\n");
        assertThat(lines[0]).contains("\"leafHash\"");
        assertThat(lines[lines.length - 1]).contains("checkpoint");
        assertThat(adam.request().get("/audit/export?format=csv").asString()).startsWith("seq,");
        assertThat(adam.request().get("/audit/export?from=2026-05-02&to=2026-05-01").statusCode()).isEqualTo(400);

        Response refused = BrowserSession.signIn("alice").request().header("Accept", "text/html").get("/audit");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.asString()).contains("Not allowed", "Back to the inbox");
    }

    @Test
    void theDashboardCountsClaimsAndTasksAndDrawsItsCharts() {
        BrowserSession erin = BrowserSession.signIn("erin");
        String page = erin.request().get("/dashboard").asString();
        assertThat(page).contains("Claims by status", "Open tasks per step", "Claims published per day", "Time spent per step",
                "<svg", "Attribution check", "Editor sign-off");
        int published = io.restassured.RestAssured.given().get("/api/claims?status=PUBLISHED&size=1").then().statusCode(200)
                .extract().path("total");
        assertThat(page).contains("<span class=\"tile-n\">" + published + "</span> <span class=\"tile-l\">Published</span>");
    }
}
