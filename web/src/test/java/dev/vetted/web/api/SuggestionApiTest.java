package dev.vetted.web.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

/** Importing an article stores the suggested claims; fact-checkers accept, edit or dismiss them. */
@QuarkusTest
class SuggestionApiTest {

    static final String PROBLEM = "application/problem+json";
    static final String TEXT = "Talks\n\nThe ministry said 40 trucks of aid entered on Sunday. "
            + "\"We will open a second crossing by Friday,\" Defense Minister Yoav Stern told reporters.\n";

    @Test
    void importSuggestsClaimsThatCanBeAcceptedEditedOrDismissed() {
        var imported = given().contentType(ContentType.JSON).body(Map.of("title", "Aid talks", "text", TEXT))
                .post("/api/articles").then().statusCode(201)
                .body("suggestions.status", everyItem(equalTo("SUGGESTED")))
                .body("suggestions.speaker", hasItem("Yoav Stern"))
                .body("suggestions.size()", greaterThanOrEqualTo(2))
                .extract().jsonPath();
        List<String> ids = imported.getList("suggestions.id");
        String first = ids.get(0);
        String second = ids.get(1);

        given().contentType(ContentType.JSON).body(Map.of("speaker", "Ministry of Defense"))
                .post("/api/claims/" + first + "/accept").then().statusCode(200)
                .body("status", equalTo("UNVERIFIED")).body("speaker", equalTo("Ministry of Defense"));
        given().post("/api/claims/" + second + "/dismiss").then().statusCode(200).body("status", equalTo("DISMISSED"));

        // a second accept or a dismiss of an accepted claim conflicts and changes nothing
        given().contentType(ContentType.JSON).body("{}").post("/api/claims/" + first + "/accept").then().statusCode(409)
                // routing may already have moved it on (UNVERIFIED, then IN_REVIEW): either way it is no suggestion now
                .contentType(PROBLEM).body("detail", containsString("not SUGGESTED"));
        given().post("/api/claims/" + first + "/dismiss").then().statusCode(409).contentType(PROBLEM);
        given().get("/api/claims/" + first).then().body("status", org.hamcrest.Matchers.oneOf("UNVERIFIED", "IN_REVIEW"));
        given().contentType(ContentType.JSON).body("{}").post("/api/claims/7d5c0b3e-0000-4000-8000-000000000000/accept")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void extractAnswersClaimsForPlainText() {
        given().contentType("text/plain; charset=utf-8").body(TEXT.getBytes(StandardCharsets.UTF_8))
                .post("/api/extract").then().statusCode(200)
                .body("language", equalTo("en"))
                .body("claims.speaker", hasItem("Yoav Stern"))
                .body("claims.find { it.speaker == 'Yoav Stern' }.speakerKind", equalTo("person"))
                .body("claims.find { it.speaker == 'Yoav Stern' }.speakerRole", equalTo("Defense Minister"))
                .body("claims[0].start", greaterThanOrEqualTo(0));
    }

    @Test
    void importedSuggestionsKeepTheSpeakersKindAndRoleUntilTheSpeakerIsRenamed() {
        var imported = given().contentType(ContentType.JSON).body(Map.of("title", "Aid talks (kinds)", "text", TEXT))
                .post("/api/articles").then().statusCode(201)
                .body("language", equalTo("en"))
                .body("note", org.hamcrest.Matchers.nullValue())
                .extract().jsonPath();
        String stern = imported.getString("suggestions.find { it.speaker == 'Yoav Stern' }.id");
        given().get("/api/claims/" + stern).then().statusCode(200)
                .body("speakerKind", equalTo("person")).body("speakerRole", equalTo("Defense Minister"));
        // renamed by the fact-checker, the speaker is no longer the entity extraction found
        given().contentType(ContentType.JSON).body(Map.of("speaker", "Israel's defence ministry"))
                .post("/api/claims/" + stern + "/accept").then().statusCode(200)
                .body("speaker", equalTo("Israel's defence ministry"))
                .body("speakerKind", org.hamcrest.Matchers.nullValue())
                .body("speakerRole", org.hamcrest.Matchers.nullValue());
    }

    static final String GERMAN = "Der Stadtrat hat am Montag beschlossen, dass die neue Brücke 40 Millionen Euro kosten soll. "
            + "Die Bürgermeisterin sagte, die Arbeiten würden im Frühjahr beginnen und etwa drei Jahre dauern.";

    @Test
    void anotherLanguageIsNamedAndGetsNoSuggestions() {
        given().contentType("text/plain; charset=utf-8").body(GERMAN.getBytes(StandardCharsets.UTF_8))
                .post("/api/extract").then().statusCode(200)
                .body("language", equalTo("de"))
                .body("claims.size()", equalTo(0))
                .body("note", containsString("English"));
        String id = given().contentType(ContentType.JSON).body(Map.of("title", "Brücke", "text", GERMAN))
                .post("/api/articles").then().statusCode(201)
                .body("language", equalTo("de"))
                .body("suggestions.size()", equalTo(0))
                .body("note", containsString("'de'"))
                .extract().path("id");
        given().get("/api/articles/" + id).then().statusCode(200).body("language", equalTo("de"));
    }

    @Test
    void extractRefusesEmptyBinaryAndNonUtf8TextWith422AndHugeTextWith413() {
        given().contentType("text/plain").body(new byte[0]).post("/api/extract")
                .then().statusCode(422).contentType(PROBLEM).body("detail", containsString("empty"));
        given().contentType("application/octet-stream").body(new byte[]{1, 0, 2, 0}).post("/api/extract")
                .then().statusCode(422).contentType(PROBLEM).body("detail", containsString("binary"));
        given().contentType("text/plain").body("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)).post("/api/extract")
                .then().statusCode(422).contentType(PROBLEM).body("detail", containsString("UTF-8"));
        given().contentType("application/octet-stream").body(new byte[1024 * 1024 + 1]).post("/api/extract")
                .then().statusCode(413).contentType(PROBLEM).body("detail", containsString("1 MiB"));
    }
}
