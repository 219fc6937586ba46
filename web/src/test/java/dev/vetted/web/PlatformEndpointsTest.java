package dev.vetted.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
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
                .body(containsString("vetted_engine_instances"));
    }

    @Test
    void unknownAddressIsAProblem() {
        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/api/nothing-here"));
    }
}
