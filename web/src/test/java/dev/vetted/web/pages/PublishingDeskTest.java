package dev.vetted.web.pages;

import dev.vetted.web.BrowserSession;
import dev.vetted.web.Chromium;
import dev.vetted.web.publish.PublishingTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing as people meet it: the desk's claim page with the public address, its versions and
 * the correction forms (signed in over the browser's session), and the public page in a real
 * Chromium that never signs in, at a phone's size.
 */
@QuarkusTest
class PublishingDeskTest {

    static String location(Response r) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
        return r.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    /** The one-line message the page after a form's redirect shows. */
    static String messageAfter(BrowserSession session, Response r) {
        return Jsoup.parse(session.request().get(location(r).replaceFirst("#.*$", "")).asString()).select("#messages").text();
    }

    @Test
    void editorsCorrectAVerdictFromTheClaimPage() {
        String[] published = PublishingTest.publish("The ferry carried 2 million passengers in 2024.", "Port authority",
                "TRUE", "The port's annual report gives 2.0 million.").split(" ");
        String claim = published[0];
        String slug = published[1];

        BrowserSession dana = BrowserSession.signIn("dana");
        String page = dana.request().get("/claims/" + claim).asString();
        assertThat(Jsoup.parse(page).select("#public-verdict").text())
                .contains("Readers see it at", "/fact-checks/" + slug, "Version 1", "approved by erin", "Propose a correction");

        // no reason: the form comes back with the error beside the field, and nothing is proposed
        Response refused = dana.request().formParam("verdict", "MOSTLY_TRUE").formParam("explanation", "1.96 million.")
                .formParam("reason", " ").post("/claims/" + claim + "/corrections");
        assertThat(refused.statusCode()).isEqualTo(422);
        var form = Jsoup.parse(refused.asString());
        assertThat(form.select("#correction-reason-error").text()).contains("Give the reason");
        assertThat(form.select("#correction-reason").attr("aria-describedby")).isEqualTo("correction-reason-error");
        assertThat(form.select("#correction-reason").attr("aria-invalid")).isEqualTo("true");
        // the other fields are fine: no error, nothing that points at one
        assertThat(form.select("#correction-explanation").hasAttr("aria-invalid")).isFalse();
        assertThat(form.select("#correction-explanation-error")).isEmpty();
        assertThat(form.select(".error")).hasSize(1);
        assertThat(form.select("#correction-explanation").text()).isEqualTo("1.96 million.");
        assertThat(form.select("input[name=verdict][value=MOSTLY_TRUE]").hasAttr("checked")).isTrue();
        given().get("/api/fact-checks/" + claim).then().body("pendingCorrection", org.hamcrest.Matchers.nullValue());

        String proposed = location(dana.request().formParam("verdict", "MOSTLY_TRUE").formParam("explanation", "1.96 million, rounded up.")
                .formParam("reason", "The report was revised in March.").post("/claims/" + claim + "/corrections"));
        assertThat(proposed).isEqualTo("/claims/" + claim + "#public-verdict");
        page = dana.request().get("/claims/" + claim).asString();
        assertThat(Jsoup.parse(page).select("#messages").text()).startsWith("Correction proposed");
        assertThat(Jsoup.parse(page).select(".pending-correction").text()).contains("Proposed by dana", "four-eyes");
        assertThat(Jsoup.parse(page).select(".pending-correction form")).isEmpty();

        String correction = given().get("/api/fact-checks/" + claim).then().extract().path("pendingCorrection.id");
        BrowserSession erin = BrowserSession.signIn("erin");
        assertThat(Jsoup.parse(erin.request().get("/claims/" + claim).asString()).select(".pending-correction form"))
                .hasSize(2);
        assertThat(messageAfter(erin, erin.request().formParam("x", "1").post("/corrections/" + correction + "/approve")))
                .contains("Correction approved");
        assertThat(Jsoup.parse(erin.request().get("/claims/" + claim).asString()).select("#public-verdict").text())
                .contains("Version 2", "proposed by dana, approved by erin", "The report was revised in March.");
        assertThat(Jsoup.parse(given().noFilters().get("/fact-checks/" + slug).asString()).select(".verdict-now").text())
                .contains("Mostly true", "1.96 million, rounded up.", "The report was revised in March.");

        // only editors take it down, and readers then meet the notice
        assertThat(Jsoup.parse(dana.request().get("/claims/" + claim).asString()).select("form.unpublish")).hasSize(1);
        BrowserSession alice = BrowserSession.signIn("alice");
        assertThat(Jsoup.parse(alice.request().get("/claims/" + claim).asString()).select("form.unpublish")).isEmpty();
        assertThat(messageAfter(erin, erin.request().formParam("reason", "Legal review pending.").post("/claims/" + claim + "/unpublish")))
                .contains("Taken down");
        Response notice = given().noFilters().get("/fact-checks/" + slug);
        assertThat(notice.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(notice.asString()).text()).contains("withdrew", "Legal review pending.");
    }

    @Test
    void aReaderOpensAVerdictOnAPhoneWithoutSigningIn() {
        String slug = PublishingTest.publish("The city planted 10,000 trees in 2025.", "Mayor Lena Ortiz", "MISLEADING",
                "It planted 4,000; the rest were pledged.").split(" ")[1];
        try (Chromium reader = Chromium.reader(390, 844)) {
            reader.open("/fact-checks");
            reader.click(reader.driver.findElement(By.partialLinkText("The city planted 10,000 trees")));
            reader.waitFor(By.cssSelector(".verdict-now"));
            assertThat(reader.driver.getCurrentUrl()).endsWith("/fact-checks/" + slug);
            assertThat(reader.text("h1")).contains("The city planted 10,000 trees in 2025.");
            assertThat(reader.text(".verdict-now")).contains("Misleading", "It planted 4,000; the rest were pledged.");
            assertThat(reader.driver.findElements(By.cssSelector("script[type='application/ld+json']"))).hasSize(1);
            // headless Chromium keeps a window of about 500 pixels at least, still a narrow phone's layout
            int viewport = ((Number) reader.script("return window.innerWidth")).intValue();
            assertThat(viewport).isLessThan(600);
            assertThat(((Number) reader.script("return document.documentElement.scrollWidth")).intValue())
                    .as("nothing runs off a phone's screen").isLessThanOrEqualTo(viewport);
            assertThat(reader.driver.findElements(By.linkText("Inbox"))).as("no desk furniture").isEmpty();
            reader.shot("public-fact-check");

            reader.driver.get(Chromium.BASE + "/inbox");
            reader.waitFor(By.id("username"));
            assertThat(reader.driver.getCurrentUrl()).as("the desk still asks a reader to sign in").contains("/realms/vetted/");
        }
    }
}
