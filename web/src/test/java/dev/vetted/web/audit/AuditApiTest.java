package dev.vetted.web.audit;

import dev.vetted.core.audit.AuditVerifier;
import dev.vetted.web.RoutingTest;
import dev.vetted.web.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** The audit trail over HTTP: exports that verify offline, who may take them, and ClaimReview. */
@QuarkusTest
class AuditApiTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    AgroalDataSource dataSource;

    static String publishedClaim() {
        String claim = given().auth().oauth2(Tokens.of("alice")).contentType(ContentType.JSON)
                .body(Map.of("text", "The city's budget grew by 4 percent in 2025.", "speaker", "Mayor Lena Ortiz"))
                .post("/api/claims").then().statusCode(201).extract().path("id");
        RoutingTest.decide(RoutingTest.awaitTask(claim, "ATTRIBUTION"), Map.of("decision", "CORRECT"));
        RoutingTest.decide(RoutingTest.awaitTask(claim, "CONFIRMATION"), Map.of("decision", "CONFIRMED",
                "evidence", java.util.List.of(Map.of("url", "https://example.org/budget.pdf", "note", "budget report p. 3"))));
        RoutingTest.decide(RoutingTest.awaitTask(claim, "SIGNOFF"), Map.of("decision", "APPROVE", "verdict", "MOSTLY_TRUE"));
        await().atMost(Duration.ofSeconds(30)).until(() -> RoutingTest.status(claim).equals("PUBLISHED"));
        return claim;
    }

    @Test
    void theWholeTrailExportsAndVerifiesAndOneChangedByteFails() throws Exception {
        publishedClaim();
        String key = given().noFilters().get("/api/audit/public-key").then().statusCode(200).extract().asString().strip();
        assertThat(key).startsWith("vetted.local/audit+");
        byte[] export = given().auth().oauth2(Tokens.of("adam")).get("/api/audit/export").then().statusCode(200)
                .contentType("application/x-ndjson").extract().asByteArray();
        Path file = Files.createTempFile("audit", ".jsonl");
        Files.write(file, export);
        AuditVerifier.Result result = AuditVerifier.verify(file, key, null);
        assertThat(result.valid()).as(result.message()).isTrue();
        assertThat(result.signatureChecked()).isTrue();
        assertThat(new String(export)).contains("\"action\":\"claim.published\"", "\"action\":\"task.decided\"",
                "\"action\":\"claim.accepted\"", "\"action\":\"claim.signed-off\"");

        int middle = new String(export).indexOf("\"action\":\"task.decided\"") + 12;
        export[middle] = (byte) (export[middle] == 'd' ? 'e' : 'd');
        Files.write(file, export);
        assertThat(AuditVerifier.verify(file, key, null).valid()).isFalse();

        given().auth().oauth2(Tokens.of("adam")).get("/api/audit/checkpoint").then().statusCode(200)
                .body("note", containsString("vetted.local/audit\n"));
    }

    @Test
    void aClaimsTrailCarriesInclusionProofsThatVerify() throws Exception {
        String claim = publishedClaim();
        String key = given().noFilters().get("/api/audit/public-key").then().extract().asString().strip();
        byte[] export = given().auth().oauth2(Tokens.of("erin")).get("/api/audit/claims/" + claim + "/export")
                .then().statusCode(200).extract().asByteArray();
        Path file = Files.createTempFile("claim", ".jsonl");
        Files.write(file, export);
        AuditVerifier.Result result = AuditVerifier.verify(file, key, null);
        assertThat(result.valid()).as(result.message()).isTrue();
        assertThat(result.events()).isGreaterThanOrEqualTo(8);
        assertThat(new String(export)).contains("\"proof\":{").doesNotContain("\"claimId\":null");
    }

    @Test
    void whoMayExportAndWhatBadRequestsGet() {
        given().auth().oauth2(Tokens.of("alice")).get("/api/audit/export").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("erin")).get("/api/audit/export").then().statusCode(403);
        given().auth().oauth2(Tokens.of("alice")).get("/api/audit/claims/7d5c0b3e-0000-4000-8000-000000000000/export")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of("adam")).get("/api/audit/claims/7d5c0b3e-0000-4000-8000-000000000000/export")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("adam")).queryParam("from", "2026-02-01").queryParam("to", "2026-01-01")
                .get("/api/audit/export").then().statusCode(400).contentType(PROBLEM).body("detail", containsString("upside down"));
        given().auth().oauth2(Tokens.of("adam")).queryParam("format", "xml").get("/api/audit/export").then().statusCode(422);
        String csv = given().auth().oauth2(Tokens.of("adam")).queryParam("format", "csv").get("/api/audit/export")
                .then().statusCode(200).extract().asString();
        assertThat(csv).startsWith("seq,at,actor_subject,actor_username,action,claim_id,data,leaf_hash\n");
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAuditEvents() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_event set action = 'edited'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void aPublishedClaimHasAClaimReview() {
        String claim = publishedClaim();
        given().get("/api/claims/" + claim + "/claimreview").then().statusCode(200)
                .body("'@type'", equalTo("ClaimReview"))
                .body("claimReviewed", equalTo("The city's budget grew by 4 percent in 2025."))
                .body("reviewRating.alternateName", equalTo("Mostly true"))
                .body("reviewRating.ratingValue", equalTo(4))
                .body("reviewRating.bestRating", equalTo(5))
                .body("reviewRating.worstRating", equalTo(1))
                .body("author.name", notNullValue())
                .body("datePublished", notNullValue())
                .body("url", containsString("/fact-checks/the-citys-budget-grew-by-4-percent-in-2025"))
                .body("itemReviewed.'@type'", equalTo("Claim"))
                .body("itemReviewed.author.name", equalTo("Mayor Lena Ortiz"));
        String unpublished = given().auth().oauth2(Tokens.of("alice")).contentType(ContentType.JSON)
                .body(Map.of("text", "The river rose 2 metres overnight.")).post("/api/claims").then().extract().path("id");
        given().get("/api/claims/" + unpublished + "/claimreview").then().statusCode(409).contentType(PROBLEM);
        assertThat(given().get("/api/claimreviews").then().statusCode(200).extract().asString()).contains("/fact-checks/the-citys-budget-grew-by-4-percent-in-2025");
    }

    @Inject
    dev.vetted.core.audit.AuditTrail trail;

    @Test
    void theExportAndTheCheckpointsHashEveryEventTheSameWay() throws Exception {
        // events with what the fast export path must get right: timestamps of every fraction length,
        // escapes, non-ASCII, no claim, and data with a line break between members (which takes the slow path)
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("""
                    insert into audit_event (at, actor_subject, actor_name, action, claim_id, data) values
                    ('2026-01-01 00:00:00+00', 'sub "quoted"', 'zoë \\ back', 'test.fixture', null, '{"a":"b"}'),
                    ('2026-01-01 00:00:00.1+00', 'sub', E'tab\there', 'test.fixture', gen_random_uuid(), '{"note":"€ and 😀"}'),
                    ('2026-01-01 00:00:00.000100+00', 'sub', 'u', 'test.fixture', null, '{"a":2,"b":[1,2.5,null,true]}'),
                    ('2026-01-01 00:00:00.123456+00', 'sub', 'u', 'test.fixture', null, E'{\\n"line":"one"}')
                    """);
        }
        // the export's own checkpoint and a checkpoint made the ordinary way must agree; if an event
        // lands in between, the sizes differ and the comparison is made again
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            long[] size = new long[1];
            byte[][] root = new byte[1][];
            dev.vetted.core.audit.TrailExport.writeAll(dataSource, java.io.OutputStream.nullOutputStream(), (n, r) -> {
                size[0] = n;
                root[0] = r;
                return "";
            });
            String note = trail.checkpoint();
            var checkpoint = dev.vetted.core.audit.Checkpoint.parse(note);
            assertThat(checkpoint.size()).isEqualTo(size[0]);
            assertThat(checkpoint.root()).isEqualTo(root[0]);
        });
    }
}
