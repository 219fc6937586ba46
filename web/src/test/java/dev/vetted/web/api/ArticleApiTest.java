package dev.vetted.web.api;

import dev.vetted.web.KeycloakResource;
import dev.vetted.web.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KeycloakResource.class, restrictToAnnotatedClass = false)
class ArticleApiTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void importsAnArticleAndServesItBack() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Council votes on budget", "outlet", "Metro Daily",
                        "url", "https://example.org/budget", "publishedAt", "2024-03-02",
                        "text", "The council approved a budget of 3 million dollars, the mayor said."))
                .when().post("/api/articles")
                .then().statusCode(201)
                .header("Location", containsString("/api/articles/"))
                .body("title", equalTo("Council votes on budget"))
                .body("publishedAt", equalTo("2024-03-02T00:00:00Z"))
                .body("importedBy", notNullValue())
                .extract().path("id");

        given().get("/api/articles/" + id).then().statusCode(200)
                .body("text", containsString("3 million dollars"))
                .body("outlet", equalTo("Metro Daily"));
        given().queryParam("size", 200).get("/api/articles").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void missingFieldsAre422WithEachFieldNamed() {
        given().contentType(ContentType.JSON).body(Map.of("outlet", "x"))
                .post("/api/articles")
                .then().statusCode(422).contentType(PROBLEM)
                .body("status", equalTo(422))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("text"));
    }

    @Test
    void overLongTitleAndBadUrlAndBadDateAre422() {
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "t".repeat(501), "text", "Some text.", "url", "ftp://x"))
                .post("/api/articles")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("url"));
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "t", "text", "Some text.", "publishedAt", "last tuesday"))
                .post("/api/articles")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("publishedAt"));
    }

    @Test
    void textOverOneMebibyteIs413AndNothingIsStored() {
        long before = total();
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Huge", "text", "a".repeat(1024 * 1024 + 1)))
                .post("/api/articles")
                .then().statusCode(413).contentType(PROBLEM)
                .body("detail", containsString("1 MiB"));
        org.assertj.core.api.Assertions.assertThat(total()).isEqualTo(before);
    }

    @Test
    void malformedJsonIs400() {
        given().contentType(ContentType.JSON).body("{\"title\": \"x\", ")
                .post("/api/articles")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("not valid JSON"));
        given().contentType(ContentType.JSON).body("")
                .post("/api/articles")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void unknownOrMalformedIdIs404() {
        given().get("/api/articles/7d5c0b3e-0000-4000-8000-000000000000")
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("No article with id"));
        given().get("/api/articles/not-an-id").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void badPagingIs422() {
        given().queryParam("size", 0).get("/api/articles").then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("size"));
    }

    private static long total() {
        return given().get("/api/articles").then().statusCode(200).extract().<Integer>path("total");
    }
}
