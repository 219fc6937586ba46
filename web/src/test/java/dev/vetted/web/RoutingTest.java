package dev.vetted.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Claims of the seed article routed end to end: the real client, the embedded engine, the job
 * workers and the outbox relay, with decisions made over the API.
 */
@QuarkusTest
public class RoutingTest {

    public static final String PROBLEM = "application/problem+json";
    public static JsonPath seed;

    @BeforeEach
    void importSeedArticleOnce() throws Exception {
        if (seed != null) return;
        given().auth().oauth2(Tokens.of("adam")).contentType(ContentType.JSON).body(Map.of("body", "White House National Security Council",
                        "text", "No such deal has been officially reached, the National Security Council said on X."))
                .post("/api/statements").then().statusCode(201);
        String text = Files.readString(Path.of("../deploy/seed/article.txt"));
        seed = given().contentType(ContentType.JSON).body(Map.of("title", "Hostage talks " + System.nanoTime(), "text", text))
                .post("/api/articles").then().statusCode(201).extract().jsonPath();
    }

    public static String suggestion(String fragment) {
        List<Map<String, Object>> suggestions = seed.getList("suggestions");
        return suggestions.stream().filter(s -> s.get("text").toString().contains(fragment)).findFirst()
                .map(s -> s.get("id").toString()).orElseThrow();
    }

    public static String awaitTask(String claimId, String step) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<Map<String, Object>> items = given().queryParam("claimId", claimId).queryParam("step", step)
                    .get("/api/tasks").then().statusCode(200).extract().jsonPath().getList("items");
            return items.isEmpty() ? null : items.get(0).get("id").toString();
        }, id -> id != null);
    }

    /** Checks are decided by dana (the default user), sign-offs by erin: four eyes. */
    public static void decide(String taskId, Map<String, Object> decision) {
        boolean signoff = given().get("/api/tasks/" + taskId).then().extract().path("step").equals("SIGNOFF");
        given().auth().oauth2(Tokens.of(signoff ? "erin" : "dana")).contentType(ContentType.JSON).body(decision)
                .post("/api/tasks/" + taskId + "/decision")
                .then().statusCode(200).body("state", equalTo("DECIDED"));
    }

    public static String status(String claimId) {
        return given().get("/api/claims/" + claimId).then().statusCode(200).extract().path("status");
    }

    @Test
    void aSeedClaimGoesFromAcceptanceToPublished() {
        String claim = suggestion("could be freed");
        given().contentType(ContentType.JSON).body("{}").post("/api/claims/" + claim + "/accept").then().statusCode(200)
                .body("status", equalTo("UNVERIFIED"));

        String attribution = awaitTask(claim, "ATTRIBUTION");
        String confirmation = awaitTask(claim, "CONFIRMATION");
        assertThat(status(claim)).isEqualTo("IN_REVIEW");
        given().get("/api/tasks/" + attribution).then().statusCode(200)
                .body("candidateRole", equalTo("fact-checker"))
                .body("evidence.kind", hasItem("located-in-source"));

        given().post("/api/tasks/" + attribution + "/claim").then().statusCode(200).body("state", equalTo("CLAIMED"));
        decide(attribution, Map.of("decision", "CORRECT", "comment", "Quote and speaker match the source.",
                "evidence", List.of(Map.of("url", "https://example.org/herzog-interview", "note", "interview transcript"))));
        decide(confirmation, Map.of("decision", "NO_RESPONSE", "comment", "Embassy did not answer."));

        String signoff = awaitTask(claim, "SIGNOFF");
        await().atMost(Duration.ofSeconds(10)).until(() -> status(claim).equals("AWAITING_SIGNOFF"));
        given().get("/api/tasks/" + signoff).then().body("candidateRole", equalTo("editor"));
        decide(signoff, Map.of("decision", "APPROVE", "verdict", "UNPROVEN"));

        await().atMost(Duration.ofSeconds(30)).until(() -> status(claim).equals("PUBLISHED"));
        given().get("/api/claims/" + claim).then().body("verdict", equalTo("UNPROVEN"));
        List<String> actions = given().get("/api/claims/" + claim + "/timeline").then().statusCode(200)
                .extract().jsonPath().getList("action");
        assertThat(actions).containsSubsequence("claim.accepted", "task.opened", "task.decided", "claim.signed-off",
                "claim.published");
        assertThat(actions.stream().filter("task.opened"::equals)).hasSize(3);
    }

    @Test
    void anEditorSendsAClaimBackAndThenRejectsIt() {
        String claim = suggestion("more than dozens");
        given().contentType(ContentType.JSON).body("{}").post("/api/claims/" + claim + "/accept").then().statusCode(200);
        decide(awaitTask(claim, "ATTRIBUTION"), Map.of("decision", "MISQUOTED"));
        decide(awaitTask(claim, "CONFIRMATION"), Map.of("decision", "NOT_APPLICABLE"));
        String firstSignoff = awaitTask(claim, "SIGNOFF");
        decide(firstSignoff, Map.of("decision", "SEND_BACK", "sendBackTo", "ATTRIBUTION",
                "comment", "Check the wording against the video."));

        String again = awaitTask(claim, "ATTRIBUTION");
        assertThat(status(claim)).isEqualTo("IN_REVIEW");
        decide(again, Map.of("decision", "MISQUOTED", "comment", "He said 'dozens', not 'more than dozens'."));
        String secondSignoff = awaitTask(claim, "SIGNOFF");
        assertThat(secondSignoff).isNotEqualTo(firstSignoff);
        decide(secondSignoff, Map.of("decision", "REJECT", "comment", "Misquoted; not publishable."));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(claim).equals("REJECTED"));
        assertThat(given().get("/api/claims/" + claim + "/timeline").then().extract().jsonPath().<String>getList("action"))
                .contains("claim.sent-back", "claim.rejected");
    }

    @Test
    void theConfirmationOffersMatchingOfficialStatements() {
        String claim = suggestion("no such deal had been officially reached");
        given().contentType(ContentType.JSON).body("{}").post("/api/claims/" + claim + "/accept").then().statusCode(200);
        String confirmation = awaitTask(claim, "CONFIRMATION");
        given().get("/api/tasks/" + confirmation).then()
                .body("evidence.kind", hasItem("official-statement"))
                .body("evidence.note", hasItem(containsString("National Security Council")));
    }

    @Test
    void badDecisionsAreRefusedAndARepeatIsRecordedOnce() {
        String claim = suggestion("closer than ever");
        given().contentType(ContentType.JSON).body("{}").post("/api/claims/" + claim + "/accept").then().statusCode(200);
        String attribution = awaitTask(claim, "ATTRIBUTION");

        given().contentType(ContentType.JSON).body(Map.of("decision", "APPROVE")).post("/api/tasks/" + attribution + "/decision")
                .then().statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("decision"))
                .body("errors[0].message", containsString("MISATTRIBUTED"));
        given().contentType(ContentType.JSON).body(Map.of("evidence", List.of(Map.of()))).post("/api/tasks/" + attribution + "/decision")
                .then().statusCode(422).contentType(PROBLEM);
        // evidence links become links on the desk: only web addresses
        given().contentType(ContentType.JSON).body(Map.of("decision", "CORRECT",
                        "evidence", List.of(Map.of("url", "javascript:alert(document.cookie)")))).post("/api/tasks/" + attribution + "/decision")
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("evidence[0].url"));
        given().get("/api/tasks/" + attribution).then().body("state", equalTo("OPEN"));

        decide(attribution, Map.of("decision", "CORRECT"));
        decide(attribution, Map.of("decision", "CORRECT"));
        given().contentType(ContentType.JSON).body(Map.of("decision", "UNVERIFIABLE")).post("/api/tasks/" + attribution + "/decision")
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("already decided"));
        given().post("/api/tasks/" + attribution + "/claim").then().statusCode(409).contentType(PROBLEM);
        long decided = given().get("/api/claims/" + claim + "/timeline").then().extract().jsonPath().<String>getList("action")
                .stream().filter("task.decided"::equals).count();
        assertThat(decided).isEqualTo(1);

        decide(awaitTask(claim, "CONFIRMATION"), Map.of("decision", "CONFIRMED"));
        String signoff = awaitTask(claim, "SIGNOFF");
        given().auth().oauth2(Tokens.of("erin")).contentType(ContentType.JSON).body(Map.of("decision", "APPROVE")).post("/api/tasks/" + signoff + "/decision")
                .then().statusCode(422).body("errors[0].field", equalTo("verdict"));
        given().auth().oauth2(Tokens.of("erin")).contentType(ContentType.JSON).body(Map.of("decision", "SEND_BACK", "sendBackTo", "SIGNOFF")).post("/api/tasks/" + signoff + "/decision")
                .then().statusCode(422).body("errors.field", hasItem("sendBackTo")).body("errors.field", hasItem("comment"));
        given().contentType(ContentType.JSON).body(Map.of("decision", "CORRECT")).post("/api/tasks/7d5c0b3e-0000-4000-8000-000000000000/decision")
                .then().statusCode(404).contentType(PROBLEM);
    }
}
