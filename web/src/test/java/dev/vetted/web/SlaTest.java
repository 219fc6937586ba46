package dev.vetted.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A human step that takes longer than its SLA is marked overdue and escalated, and leads the inbox. */
@QuarkusTest
@TestProfile(SlaTest.ShortSla.class)
class SlaTest {

    public static class ShortSla implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vetted.sla.attribution", "PT1S", "vetted.sla.confirmation", "PT1H");
        }
    }

    @Test
    void anOverdueTaskIsMarkedEscalatedAndListedFirst() {
        String claim = given().contentType(ContentType.JSON)
                .body(Map.of("text", "The council spent 3 million dollars on the festival in 2023.", "speaker", "the auditor"))
                .post("/api/claims").then().statusCode(201).extract().path("id");
        String attribution = RoutingTest.awaitTask(claim, "ATTRIBUTION");
        RoutingTest.awaitTask(claim, "CONFIRMATION");

        await().atMost(Duration.ofSeconds(20)).until(() ->
                given().get("/api/tasks/" + attribution).then().extract().<Boolean>path("overdue"));
        given().get("/api/tasks/" + attribution).then().statusCode(200)
                .body("escalatedAt", org.hamcrest.Matchers.notNullValue())
                .body("state", org.hamcrest.Matchers.equalTo("OPEN"));
        List<Boolean> overdueOrder = given().queryParam("claimId", claim).get("/api/tasks").then().extract()
                .jsonPath().getList("items.overdue");
        assertThat(overdueOrder).containsExactly(true, false);
        assertThat(given().get("/api/claims/" + claim + "/timeline").then().extract().jsonPath().<String>getList("action"))
                .containsOnlyOnce("task.escalated");
    }
}
