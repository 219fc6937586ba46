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
    void unknownAddressIsAProblem() {
        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/api/nothing-here"));
    }
}
