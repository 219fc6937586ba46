package dev.vetted.web.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vetted.core.audit.AuditVerifier;
import dev.vetted.web.RoutingTest;
import dev.vetted.web.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * An editor's approval becomes a public page at a stable address; corrections go through four
 * eyes and show on it with their history; taking it down leaves a notice; the page's history
 * checks out against the signed audit trail. Readers' requests carry no token and no session.
 */
@QuarkusTest
public class PublishingTest {

    public static final String PROBLEM = "application/problem+json";
    public static final ObjectMapper JSON = new ObjectMapper();

    /** A claim taken through both checks and signed off by erin with the explanation; its fact check's slug. */
    public static String publish(String text, String speaker, String verdict, String explanation) {
        String claim = given().auth().oauth2(Tokens.of("alice")).contentType(ContentType.JSON)
                .body(Map.of("text", text, "speaker", speaker)).post("/api/claims").then().statusCode(201).extract().path("id");
        return claim + " " + route(claim, verdict, explanation);
    }

    /** An accepted claim taken through both checks and signed off by erin; its fact check's slug. */
    public static String route(String claim, String verdict, String explanation) {
        RoutingTest.decide(RoutingTest.awaitTask(claim, "ATTRIBUTION"), Map.of("decision", "CORRECT",
                "comment", "INTERNAL: spoke to the mayor's aide off the record."));
        RoutingTest.decide(RoutingTest.awaitTask(claim, "CONFIRMATION"), Map.of("decision", "CONFIRMED",
                "evidence", List.of(Map.of("url", "https://stats.example.org/harbour-2024.pdf", "note", "INTERNAL NOTE p. 12"),
                        Map.of("kind", "official-statement", "quote", "The tunnel came in under budget.", "note", "by phone"))));
        RoutingTest.decide(RoutingTest.awaitTask(claim, "SIGNOFF"), Map.of("decision", "APPROVE", "verdict", verdict,
                "comment", explanation));
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            var r = given().get("/api/fact-checks/" + claim);
            return r.statusCode() == 200 ? r.<String>path("slug") : null;
        }, v -> v != null);
    }

    public static JsonNode jsonLd(Document page) throws Exception {
        return JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
    }

    @Test
    void anApprovalPutsAPublicPageAtAStableAddress() throws Exception {
        String[] published = publish("The harbour tunnel cost 12 million euros in 2024.", "Mayor Lena Ortiz", "MOSTLY_TRUE",
                "The audited accounts give 12.4 million euros.").split(" ");
        String claim = published[0];
        String slug = published[1];
        assertThat(slug).startsWith("the-harbour-tunnel-cost-12-million-euros-in-2024");
        JsonPath fc = given().get("/api/fact-checks/" + claim).then().statusCode(200).extract().jsonPath();
        assertThat(fc.getString("url")).endsWith("/fact-checks/" + slug);
        assertThat(fc.getList("versions")).hasSize(1);
        assertThat(fc.getString("versions[0].approvedBy")).isEqualTo("erin");

        String html = given().noFilters().accept(ContentType.HTML).get("/fact-checks/" + slug).then().statusCode(200)
                .contentType(containsString("text/html")).header("Cache-Control", "public, max-age=60")
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue()).extract().asString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).contains("The harbour tunnel cost 12 million euros in 2024.");
        assertThat(page.text()).contains("Mayor Lena Ortiz", "Mostly true", "The audited accounts give 12.4 million euros.",
                "https://stats.example.org/harbour-2024.pdf", "The tunnel came in under budget.");
        assertThat(html).doesNotContain("INTERNAL").doesNotContain("by phone");
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Mostly true: The harbour tunnel cost 12 million euros in 2024.");
        assertThat(page.select("meta[property=og:url]").attr("content")).endsWith("/fact-checks/" + slug);
        assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/fact-checks/" + slug);
        assertThat(page.select("script[src]")).as("the public page needs no script").isEmpty();

        JsonNode review = jsonLd(page);
        assertThat(review.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(review.path("@type").asText()).isEqualTo("ClaimReview");
        assertThat(review.path("claimReviewed").asText()).isEqualTo("The harbour tunnel cost 12 million euros in 2024.");
        assertThat(review.path("url").asText()).endsWith("/fact-checks/" + slug);
        assertThat(review.path("author").path("name").asText()).isNotBlank();
        assertThat(review.path("datePublished").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(review.path("reviewRating").path("ratingValue").asInt()).isEqualTo(4);
        assertThat(review.path("reviewRating").path("alternateName").asText()).isEqualTo("Mostly true");
        assertThat(review.path("reviewRating").path("bestRating").asInt()).isEqualTo(5);
        assertThat(review.path("reviewRating").path("worstRating").asInt()).isEqualTo(1);
        assertThat(review.path("itemReviewed").path("author").path("name").asText()).isEqualTo("Mayor Lena Ortiz");

        // the same page lists it, and nothing of the desk opens without signing in
        assertThat(given().noFilters().get("/fact-checks").then().statusCode(200).extract().asString()).contains("/fact-checks/" + slug);
        given().noFilters().redirects().follow(false).get("/claims/" + claim).then().statusCode(302);
        given().noFilters().get("/api/fact-checks/" + claim).then().statusCode(401);
        given().noFilters().get("/api/claimreviews").then().statusCode(401);
    }

    @Test
    void aCorrectionTakesFourEyesAndShowsWithItsHistory() throws Exception {
        String[] published = publish("Bus fares rose by 30 percent last year.", "Councillor Ben Adu", "TRUE",
                "The fare table shows a 30 percent rise.").split(" ");
        String claim = published[0];
        String slug = published[1];
        String corrections = "/api/fact-checks/" + claim + "/corrections";

        // bad proposals change nothing: no reason, no verdict, nothing changed, wrong role
        given().contentType(ContentType.JSON).body(Map.of("verdict", "MISLEADING", "explanation", "Only peak fares rose."))
                .post(corrections).then().statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("verdict", "ROUGHLY", "reason", "x"))
                .post(corrections).then().statusCode(422).body("errors[0].field", equalTo("verdict"));
        given().contentType(ContentType.JSON).body(Map.of("verdict", "TRUE", "explanation", "The fare table shows a 30 percent rise.",
                "reason", "typo")).post(corrections).then().statusCode(422).body("errors[0].message", containsString("changes at least one"));
        given().auth().oauth2(Tokens.of("adam")).contentType(ContentType.JSON).body(Map.of("verdict", "FALSE", "reason", "x"))
                .post(corrections).then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("{").post(corrections).then().statusCode(400).contentType(PROBLEM);
        given().get("/api/fact-checks/" + claim).then().body("pendingCorrection", equalTo(null));

        // dana proposes; she may not approve her own; a fact-checker may not approve; erin does
        String correction = given().contentType(ContentType.JSON).body(Map.of("verdict", "MISLEADING",
                        "explanation", "Only peak fares rose by 30 percent; off-peak fares rose by 5.", "reason", "The fare table had two columns."))
                .post(corrections).then().statusCode(201).body("state", equalTo("PROPOSED")).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("verdict", "FALSE", "reason", "again"))
                .post(corrections).then().statusCode(409).contentType(PROBLEM);
        given().post("/api/corrections/" + correction + "/approve").then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("four-eyes"));
        given().auth().oauth2(Tokens.of("alice")).post("/api/corrections/" + correction + "/approve").then().statusCode(403);
        assertThat(Jsoup.parse(given().noFilters().get("/fact-checks/" + slug).asString()).select(".verdict-now").text())
                .as("an unapproved correction is not public").contains("True").doesNotContain("Misleading");
        given().auth().oauth2(Tokens.of("erin")).post("/api/corrections/" + correction + "/approve").then().statusCode(200)
                .body("number", equalTo(2)).body("verdict", equalTo("MISLEADING")).body("proposedBy", equalTo("dana"))
                .body("approvedBy", equalTo("erin"));
        given().auth().oauth2(Tokens.of("erin")).post("/api/corrections/" + correction + "/approve").then().statusCode(200)
                .body("number", equalTo(2));
        given().auth().oauth2(Tokens.of("erin")).contentType(ContentType.JSON).body(Map.of("reason", "late"))
                .post("/api/corrections/" + correction + "/decline").then().statusCode(409);
        given().get("/api/corrections/not-an-id/approve").then().statusCode(405);
        given().auth().oauth2(Tokens.of("erin")).post("/api/corrections/7d5c0b3e-0000-4000-8000-000000000000/approve")
                .then().statusCode(404).contentType(PROBLEM);

        Document page = Jsoup.parse(given().noFilters().get("/fact-checks/" + slug).asString());
        assertThat(page.select(".verdict-now").text()).contains("Misleading", "Only peak fares rose", "Correction",
                "The fare table had two columns.");
        assertThat(page.select(".versions").text()).contains("Version 1", "True", "The fare table shows a 30 percent rise.");
        assertThat(page.select("meta[property=article:modified_time]")).hasSize(1);
        JsonNode review = jsonLd(page);
        assertThat(review.path("reviewRating").path("ratingValue").asInt()).isEqualTo(2);
        assertThat(review.path("dateModified").asText()).isNotBlank();
        given().get("/api/claims/" + claim + "/claimreview").then().body("reviewRating.alternateName", equalTo("Misleading"));
        given().get("/api/claims/" + claim).then().body("verdict", equalTo("MISLEADING"));

        // every version on the page has its event in the signed trail, with a proof that verifies
        byte[] history = given().noFilters().get("/fact-checks/" + slug + "/history").then().statusCode(200)
                .contentType(containsString("application/x-ndjson")).extract().asByteArray();
        Path file = Files.createTempFile("history", ".jsonl");
        Files.write(file, history);
        String key = given().noFilters().get("/api/audit/public-key").then().extract().asString().strip();
        AuditVerifier.Result result = AuditVerifier.verify(file, key, null);
        assertThat(result.valid()).as(result.message()).isTrue();
        assertThat(result.signatureChecked()).isTrue();
        List<JsonNode> events = new ArrayList<>();
        for (String line : new String(history).split("\n")) {
            JsonNode node = JSON.readTree(line);
            if (node.has("action")) events.add(node);
        }
        assertThat(events).extracting(e -> e.path("action").asText()).containsExactly("fact-check.published", "fact-check.corrected");
        List<JsonNode> data = new ArrayList<>();
        for (JsonNode e : events) data.add(JSON.readTree(e.path("data").isTextual() ? e.path("data").asText() : e.path("data").toString()));
        assertThat(data).extracting(d -> d.path("version").asInt() + " " + d.path("verdict").asText())
                .containsExactly("1 TRUE", "2 MISLEADING");
        assertThat(new String(history)).doesNotContain("task.decided").doesNotContain("correction-proposed");
    }

    @Test
    void aVerdictTakenDownLeavesADatedNotice() {
        String[] published = publish("The library closed on Sundays in 2023.", "Mayor Lena Ortiz", "FALSE",
                "It opened every Sunday.").split(" ");
        String claim = published[0];
        String slug = published[1];
        String unpublish = "/api/fact-checks/" + claim + "/unpublish";
        given().auth().oauth2(Tokens.of("alice")).contentType(ContentType.JSON).body(Map.of("reason", "x")).post(unpublish)
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of("erin")).contentType(ContentType.JSON).body(Map.of("reason", " ")).post(unpublish)
                .then().statusCode(422).body("errors[0].field", equalTo("reason"));
        given().noFilters().get("/fact-checks/" + slug).then().statusCode(200).body(containsString("It opened every Sunday."));

        given().auth().oauth2(Tokens.of("erin")).contentType(ContentType.JSON).body(Map.of("reason", "Court order of 3 May."))
                .post(unpublish).then().statusCode(200).body("published", equalTo(false));
        given().auth().oauth2(Tokens.of("erin")).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post(unpublish).then().statusCode(409);
        String notice = given().noFilters().get("/fact-checks/" + slug).then().statusCode(410)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(Jsoup.parse(notice).text()).contains("withdrew", "Court order of 3 May.").doesNotContain("It opened every Sunday.");
        assertThat(notice).doesNotContain("application/ld+json");
        given().get("/api/claims/" + claim + "/claimreview").then().statusCode(409).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("verdict", "TRUE", "reason", "x"))
                .post("/api/fact-checks/" + claim + "/corrections").then().statusCode(409);
        assertThat(given().noFilters().get("/fact-checks/feed.atom").asString()).doesNotContain(slug);
        assertThat(given().noFilters().get("/fact-checks/" + slug + "/history").asString()).contains("fact-check.unpublished");
    }

    @Test
    void thePublicPagesEscapeWhatTheDeskStores() throws Exception {
        String text = "The mayor wrote </script><script>alert(1)</script> & <b>taxes</b> fell by \"half\".";
        String slug = publish(text, "Mayor <i>Ortiz</i>", "FALSE", "<img src=x onerror=alert(2)> They rose.").split(" ")[1];
        String html = given().noFilters().get("/fact-checks/" + slug).then().statusCode(200).extract().asString();
        assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<img src=x").doesNotContain("<b>taxes")
                .doesNotContain("<i>Ortiz");
        Document page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).contains(text);
        assertThat(page.select("script")).as("only the JSON-LD block, whole").hasSize(1);
        assertThat(jsonLd(page).path("claimReviewed").asText()).isEqualTo(text);
        assertThat(jsonLd(page).path("reviewRating").path("ratingExplanation").asText()).isEqualTo("<img src=x onerror=alert(2)> They rose.");
        String atom = given().noFilters().get("/fact-checks/feed.atom").then().statusCode(200).extract().asString();
        assertThat(atom).doesNotContain("<script>").contains("&lt;/script&gt;");
    }

    @Test
    void theFeedsValidateAsAtomAndAsJsonLd() throws Exception {
        String slug = publish("The new bridge carries 40,000 cars a day.", "Transport office", "UNPROVEN",
                "No traffic count has been published.").split(" ")[1];

        var atom = given().noFilters().get("/fact-checks/feed.atom").then().statusCode(200)
                .contentType(containsString("application/atom+xml")).extract();
        assertThat(atom.headers().getValues("Link")).anyMatch(l -> l.endsWith("rel=\"first\""))
                .anyMatch(l -> l.endsWith("rel=\"last\""));
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(atom.asByteArray()));
        String atomNs = "http://www.w3.org/2005/Atom";
        org.w3c.dom.Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(atomNs);
        assertThat(root.getLocalName()).isEqualTo("feed");
        // RFC 4287: a feed has an id, a title, an updated date and an author (or every entry has one)
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(childText(root, atomNs, required)).as(required).isNotNull();
        }
        java.time.Instant.parse(childText(root, atomNs, "updated"));
        org.w3c.dom.NodeList entries = root.getElementsByTagNameNS(atomNs, "entry");
        assertThat(entries.getLength()).isGreaterThan(0);
        boolean found = false;
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "summary")) {
                assertThat(childText(entry, atomNs, required)).as(required).isNotBlank();
            }
            java.time.Instant.parse(childText(entry, atomNs, "updated"));
            if (childText(entry, atomNs, "id").endsWith("/fact-checks/" + slug)) {
                found = true;
                assertThat(childText(entry, atomNs, "title")).isEqualTo("Unproven: The new bridge carries 40,000 cars a day.");
                assertThat(childText(entry, atomNs, "summary")).contains("No traffic count has been published.");
            }
        }
        assertThat(found).as("the new verdict is in the feed").isTrue();

        var data = given().noFilters().get("/fact-checks/data-feed.jsonld").then().statusCode(200)
                .contentType(containsString("application/ld+json")).extract();
        JsonNode dataFeed = JSON.readTree(data.asString());
        assertThat(dataFeed.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(dataFeed.path("@type").asText()).isEqualTo("DataFeed");
        JsonNode elements = dataFeed.path("dataFeedElement");
        assertThat(elements.isArray()).isTrue();
        boolean listed = false;
        for (JsonNode element : elements) {
            assertThat(element.path("@type").asText()).isEqualTo("DataFeedItem");
            JsonNode item = element.path("item");
            assertThat(item.path("@type").asText()).isEqualTo("ClaimReview");
            assertThat(item.path("reviewRating").path("ratingValue").isInt()).isTrue();
            if (item.path("url").asText().endsWith("/fact-checks/" + slug)) listed = true;
        }
        assertThat(listed).isTrue();
    }

    public static String childText(org.w3c.dom.Element parent, String ns, String name) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        return null;
    }

    @Test
    void aSecondVerdictOnTheSameWordsGetsAnAddressOfItsOwn() {
        String text = "Parking fines doubled in " + (2000 + (int) (System.nanoTime() % 900)) + ".";
        String first = publish(text, "Councillor Ben Adu", "FALSE", "They rose by a third.").split(" ")[1];
        String second = publish(text, "Mayor Lena Ortiz", "FALSE", "Repeated at the council meeting.").split(" ")[1];
        assertThat(second).isEqualTo(first + "-2");
        assertThat(given().noFilters().get("/fact-checks/" + first).asString()).contains("Councillor Ben Adu");
        assertThat(given().noFilters().get("/fact-checks/" + second).asString()).contains("Mayor Lena Ortiz");
    }

    @Test
    void aClaimInAnotherScriptKeepsItsWordsInTheAddress() {
        String slug = publish("Безработица в городе снизилась до 3 процентов.", "Мэр города", "UNPROVEN",
                "Данных статистики пока нет.").split(" ")[1];
        assertThat(slug).startsWith("безработица-в-городе-снизилась-до-3-процентов");
        assertThat(given().noFilters().get("/fact-checks/" + slug).then().statusCode(200).extract().asString())
                .contains("Данных статистики пока нет.");
        given().noFilters().get("/fact-checks/" + slug + "/history").then().statusCode(200)
                .header("Content-Disposition", containsString("fact-check-history.jsonl"));
    }

    @Test
    void whatReadersGetForAddressesThatHoldNothing() {
        given().noFilters().accept(ContentType.HTML).get("/fact-checks/no-such-claim").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("All fact checks"))
                .body(containsString("/fact-checks/no-such-claim"));
        given().noFilters().get("/fact-checks/no-such-claim").then().statusCode(404).contentType(PROBLEM);
        given().noFilters().get("/fact-checks/no-such-claim/history").then().statusCode(404).contentType(PROBLEM);
        given().noFilters().queryParam("page", 999).get("/fact-checks/feed.atom").then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("beyond the last page"));
        given().noFilters().queryParam("page", 999).get("/fact-checks/data-feed.jsonld").then().statusCode(404);
        given().noFilters().queryParam("page", 0).get("/fact-checks").then().statusCode(422).contentType(PROBLEM);
        given().noFilters().queryParam("page", "two").get("/fact-checks/feed.atom").then().statusCode(422).contentType(PROBLEM);
        String claim = given().auth().oauth2(Tokens.of("alice")).contentType(ContentType.JSON)
                .body(Map.of("text", "The river rose 2 metres overnight.")).post("/api/claims").then().extract().path("id");
        given().get("/api/fact-checks/" + claim).then().statusCode(404).contentType(PROBLEM);
    }
}
