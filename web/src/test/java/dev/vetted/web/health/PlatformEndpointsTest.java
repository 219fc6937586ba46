package dev.vetted.web.health;

import dev.vetted.web.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"))
                .body(containsString("Zeebe gateway"));
    }

    @Test
    void openApiDescribesTheClaimApi() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/claims"))
                .body(containsString("/api/articles"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void metricsAreForAnAdminsTokenAndCarryTheDesksGauges() {
        given().get("/api/claims?size=1").then().statusCode(200); // a request of the desk for the HTTP metrics to count
        given().get("/q/metrics").then().statusCode(401);
        given().auth().oauth2(Tokens.of("dana")).get("/q/metrics").then().statusCode(403);
        given().auth().oauth2(Tokens.of("adam")).get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds"))
                .body(containsString("agroal_"))
                .body(containsString("vetted_outbox_pending"))
                .body(containsString("vetted_outbox_oldest_age_seconds"))
                .body(containsString("vetted_engine_instances"))
                .body(containsString("vetted_engine_jobs_activatable"))
                .body(containsString("vetted_sse_streams"));
    }

    @Test
    void extractionAndTheEnginesBatchesAreMeasured() {
        double imports = metric("vetted_extraction_seconds_count", "source=\"import\"");
        double previews = metric("vetted_extraction_seconds_count", "source=\"preview\"");
        String text = "Harbour\n\nThe port authority said 12 ships were turned away last week.\n";
        String suggestion = given().contentType(ContentType.JSON).body(Map.of("title", "Harbour figures", "text", text))
                .post("/api/articles").then().statusCode(201).extract().path("suggestions[0].id");
        given().contentType("text/plain; charset=utf-8").body(text.getBytes(StandardCharsets.UTF_8))
                .post("/api/extract").then().statusCode(200);

        assertThat(metric("vetted_extraction_seconds_count", "source=\"import\"")).isEqualTo(imports + 1);
        assertThat(metric("vetted_extraction_seconds_count", "source=\"preview\"")).isEqualTo(previews + 1);
        // accepting the claim starts its routing: the engine's batches change its state and are committed
        double commits = metric("vetted_engine_batch_commit_seconds_count", "");
        given().contentType(ContentType.JSON).body("{}").post("/api/claims/" + suggestion + "/accept").then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> metric("vetted_engine_batch_commit_seconds_count", "") > commits);
        assertThat(metric("vetted_engine_commands_total", "")).isPositive();
        assertThat(metric("vetted_engine_batch_size_count", "")).isPositive();
    }

    /** A sample's value at /q/metrics (its labels containing the given text), or 0 when it is not there yet. */
    private static double metric(String name, String label) {
        String body = given().auth().oauth2(Tokens.of("adam")).get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})?\\s+(\\S+)").matcher(body);
        while (m.find()) {
            if (label.isEmpty() || (m.group(1) != null && m.group(1).contains(label))) return Double.parseDouble(m.group(2));
        }
        return 0;
    }

    @Test
    void unknownAddressIsAProblem() {
        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/api/nothing-here"));
    }
}
