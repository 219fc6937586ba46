package dev.vetted.web.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Searching claims as a fact-checker types: word forms, quoted phrases, exclusions, best match first. */
@QuarkusTest
class ClaimSearchTest {

    /** A word no claim of another test has, so each search sees only this test's claims. */
    static String marker() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) word.append((char) ('a' + random.nextInt(26)));
        return word.toString();
    }

    static void claim(String text) {
        given().contentType(ContentType.JSON).body(Map.of("text", text, "speaker", "Statistics office"))
                .post("/api/claims").then().statusCode(201);
    }

    static List<String> found(String q) {
        return given().queryParam("q", q).queryParam("size", 50).get("/api/claims").then().statusCode(200)
                .extract().jsonPath().getList("items.text", String.class);
    }

    @Test
    void otherFormsOfAWordAreFound() {
        String m = marker();
        claim("In " + m + " food prices were rising faster than wages.");
        claim("In " + m + " the rent stayed flat.");
        assertThatFound(found(m + " price rises"), List.of("In " + m + " food prices were rising faster than wages."));
    }

    @Test
    void aQuotedPhraseKeepsItsWordsTogetherAndAMinusExcludes() {
        String m = marker();
        claim("In " + m + " fuel prices rose by a third.");
        claim("In " + m + " prices of bread and fuel rose.");
        given().queryParam("q", m + " \"fuel prices rose\"").get("/api/claims").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].text", equalTo("In " + m + " fuel prices rose by a third."));
        given().queryParam("q", m + " prices -bread").get("/api/claims").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].text", equalTo("In " + m + " fuel prices rose by a third."));
    }

    @Test
    void theBestMatchComesFirst() {
        String m = marker();
        claim("The " + m + " budget passed on Tuesday.");
        claim("The " + m + " budget, the biggest budget of the decade and a budget of cuts, passed.");
        given().queryParam("q", m + " budget").get("/api/claims").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.text", contains("The " + m + " budget, the biggest budget of the decade and a budget of cuts, passed.",
                        "The " + m + " budget passed on Tuesday."));
    }

    @Test
    void aSearchOfOnlyPunctuationOrCommonWordsFindsNothingAndIsNoError() {
        String m = marker();
        claim("The " + m + " council said it would pay.");
        given().queryParam("q", "\"\" -").get("/api/claims").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", "the of and").get("/api/claims").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", "'); drop table claim; --").get("/api/claims").then().statusCode(200).body("total", equalTo(0));
    }

    @Inject
    DataSource dataSource;

    @Test
    void aSearchMatchingMoreThanAThousandClaimsSaysSoAndRanksTheNewestThousand() throws Exception {
        String m = marker();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // case 1 is the newest, case 1003 the oldest; both name the marker three times
            s.executeUpdate("insert into claim (id, text, speaker, status, created_by, created_at, updated_at)"
                    + " select gen_random_uuid(), 'In ' || case when i in (1, 1003) then '" + m + " " + m + " ' else '' end"
                    + " || '" + m + " case ' || i || ' the rents rose.', 'Housing office', 'DISMISSED',"
                    + " 'alice', now() - i * interval '1 second', now() from generate_series(1, 1003) i");
        }
        try {
            given().queryParam("q", m).get("/api/claims").then().statusCode(200)
                    .body("total", equalTo(1000)).body("totalExact", equalTo(false)).body("items.size()", equalTo(50))
                    .body("items[0].text", equalTo("In " + m + " " + m + " " + m + " case 1 the rents rose."));
            // a narrower search is counted exactly again
            given().queryParam("q", m + " \"case 1002\"").get("/api/claims").then().statusCode(200)
                    .body("total", equalTo(1)).body("totalExact", equalTo(true));
            // past the newest thousand, older matches follow newest first: the best match of
            // those is not ranked up, it is the last claim of all
            given().queryParam("q", m).queryParam("size", 100).queryParam("page", 10).get("/api/claims").then().statusCode(200)
                    .body("items.text", contains("In " + m + " case 1001 the rents rose.", "In " + m + " case 1002 the rents rose.",
                            "In " + m + " " + m + " " + m + " case 1003 the rents rose."));
            // pages that straddle the ranked thousand leave no claim out and show none twice
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int page = 0; page < 7; page++) {
                seen.addAll(given().queryParam("q", m).queryParam("size", 150).queryParam("page", page).get("/api/claims")
                        .then().statusCode(200).extract().jsonPath().getList("items.id", String.class));
            }
            org.assertj.core.api.Assertions.assertThat(seen).hasSize(1003);
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("delete from claim where text like 'In " + m + " %'");
            }
        }
    }

    @Test
    void theDatabasePlansEachSearchForItsOwnWords() throws Exception {
        // a generic plan would estimate every word alike and miss the open-task indexes
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rows = s.executeQuery("show plan_cache_mode")) {
            rows.next();
            org.assertj.core.api.Assertions.assertThat(rows.getString(1)).isEqualTo("force_custom_plan");
        }
    }

    static void assertThatFound(List<String> found, List<String> expected) {
        org.assertj.core.api.Assertions.assertThat(found).containsExactlyElementsOf(expected);
    }
}
