package dev.vetted.web.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ClaimApiTest {

    static final String PROBLEM = "application/problem+json";
    static final String TEXT = "Officials said 50 hostages would be freed. The minister denied it on Tuesday.";

    String articleId;

    @BeforeEach
    void importArticle() {
        articleId = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Hostage talks", "text", TEXT))
                .post("/api/articles").then().statusCode(201).extract().path("id");
    }

    @Test
    void claimFromASpanTakesItsTextFromTheArticle() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("articleId", articleId, "start", 0, "end", 42, "speaker", "Officials"))
                .post("/api/claims")
                .then().statusCode(201)
                .body("text", equalTo("Officials said 50 hostages would be freed."))
                .body("status", equalTo("UNVERIFIED"))
                .body("articleId", equalTo(articleId))
                .extract().path("id");
        given().get("/api/claims/" + id).then().statusCode(200)
                .body("speaker", equalTo("Officials"))
                .body("start", equalTo(0)).body("end", equalTo(42));
    }

    @Test
    void freeTextClaimNeedsNoArticle() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Unemployment fell to 3.9 percent in May.", "speaker", "Labor Department"))
                .post("/api/claims")
                .then().statusCode(201)
                .body("articleId", nullValue())
                .body("start", nullValue());
    }

    @Test
    void spanOutsideTheArticleIs422AndStoresNothing() {
        long before = total("articleId=" + articleId);
        given().contentType(ContentType.JSON)
                .body(Map.of("articleId", articleId, "start", 10, "end", TEXT.length() + 5))
                .post("/api/claims")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("end"))
                .body("errors[0].message", containsString("at most the article length (" + TEXT.length() + ")"));
        given().contentType(ContentType.JSON)
                .body(Map.of("articleId", articleId, "start", 30, "end", 20))
                .post("/api/claims")
                .then().statusCode(422).contentType(PROBLEM);
        given().contentType(ContentType.JSON)
                .body(Map.of("articleId", articleId, "start", -1, "end", 20))
                .post("/api/claims")
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("start"));
        assertThat(total("articleId=" + articleId)).isEqualTo(before);
    }

    @Test
    void spanWithoutArticleOrClaimWithoutTextIs422() {
        given().contentType(ContentType.JSON).body(Map.of("start", 1, "end", 4))
                .post("/api/claims").then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("articleId"));
        given().contentType(ContentType.JSON).body(Map.of("speaker", "Someone"))
                .post("/api/claims").then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void overLongSpeakerIs422() {
        given().contentType(ContentType.JSON).body(Map.of("text", "A claim.", "speaker", "s".repeat(301)))
                .post("/api/claims").then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("speaker"));
    }

    @Test
    void unknownArticleIs404() {
        given().contentType(ContentType.JSON)
                .body(Map.of("articleId", "7d5c0b3e-0000-4000-8000-000000000000", "start", 0, "end", 4))
                .post("/api/claims").then().statusCode(404).contentType(PROBLEM);
        given().get("/api/claims/7d5c0b3e-0000-4000-8000-000000000000").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void wrongJsonTypeIs400NamingTheField() {
        given().contentType(ContentType.JSON).body("{\"start\": \"ten\"}")
                .post("/api/claims").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("start"));
    }

    @Test
    void listFiltersBySpeakerTextArticleAndStatusWithPaging() {
        // an article in which the extractor finds nothing, so the listing holds exactly our two claims
        String plain = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Plain", "text", "alpha beta gamma delta. epsilon zeta eta theta iota."))
                .post("/api/articles").then().statusCode(201).body("suggestions.size()", equalTo(0)).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("articleId", plain, "start", 0, "end", 23,
                "text", "Officials said 50 hostages would be freed.", "speaker", "U.S. officials")).post("/api/claims")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("articleId", plain, "start", 24, "end", 52,
                "text", "The minister denied it.", "speaker", "The minister", "quote", "it is false")).post("/api/claims")
                .then().statusCode(201);

        given().queryParam("articleId", plain).get("/api/claims").then().statusCode(200)
                .body("total", equalTo(2)).body("items", hasSize(2));
        given().queryParam("articleId", plain).queryParam("speaker", "officials").get("/api/claims")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].speaker", equalTo("U.S. officials"));
        given().queryParam("articleId", plain).queryParam("q", "DENIED").get("/api/claims")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].speaker", equalTo("The minister"));
        given().queryParam("articleId", plain).queryParam("q", "100%").get("/api/claims")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("articleId", plain).queryParam("status", "suggested").get("/api/claims")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("articleId", plain).queryParam("status", "PUBLISHED").get("/api/claims")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("articleId", plain).queryParam("size", 1).queryParam("page", 1).get("/api/claims")
                .then().statusCode(200).body("total", equalTo(2)).body("items", hasSize(1)).body("page", equalTo(1));
    }

    @Test
    void unknownStatusFilterIs422ListingTheChoices() {
        given().queryParam("status", "maybe").get("/api/claims").then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("PUBLISHED"));
        given().queryParam("articleId", "nope").get("/api/claims").then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("articleId"));
    }

    private static long total(String query) {
        return given().get("/api/claims?" + query).then().statusCode(200).extract().<Integer>path("total");
    }
}
