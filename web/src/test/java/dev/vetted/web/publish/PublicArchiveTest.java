package dev.vetted.web.publish;

import com.sun.net.httpserver.HttpServer;
import dev.vetted.web.Tokens;
import dev.vetted.web.pages.ArticleFromPageTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The page a claim was checked on, offered to readers as the desk fetched it (from a real HTTP
 * server here), and never when it was a page saved in a browser and uploaded.
 */
@QuarkusTest
class PublicArchiveTest {

    static HttpServer server;
    static String base;
    static final byte[] PAGE = """
            <html lang="en"><head><title>Rail fares | Valley Post</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Rail fares to rise in spring",
            "datePublished":"2024-03-04T07:00:00Z","publisher":{"name":"Valley Post"}}</script>
            </head><body><article>
            <p>Rail fares will rise by 9 percent in April, transport director Nora Vale said on Monday.</p>
            <p>Vale said the rise would pay for new trains on the coast line.</p>
            </article></body></html>
            """.getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/fares", x -> ArticleFromPageTest.send(x, 200, "text/html; charset=utf-8", PAGE));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    static String acceptFirstSuggestion(io.restassured.path.json.JsonPath imported) {
        List<Map<String, Object>> suggestions = imported.getList("suggestions");
        String claim = suggestions.get(0).get("id").toString();
        given().contentType(ContentType.JSON).body("{}").post("/api/claims/" + claim + "/accept").then().statusCode(200);
        return claim;
    }

    @Test
    void aFetchedPageIsOfferedAsArchivedAnUploadedOneIsNot() {
        var fetched = given().auth().oauth2(Tokens.of("alice")).contentType(ContentType.JSON)
                .body(Map.of("url", base + "/fares")).post("/api/articles").then().statusCode(201).extract().jsonPath();
        String slug = PublishingTest.route(acceptFirstSuggestion(fetched), "MOSTLY_TRUE", "The tariff notice says 8.9 percent.");
        var page = Jsoup.parse(given().noFilters().get("/fact-checks/" + slug).then().statusCode(200).extract().asString());
        assertThat(page.select(".speaker").text()).contains("Rail fares to rise in spring", "Valley Post");
        assertThat(page.select(".archived").text()).contains("the archived copy", base + "/fares", "SHA-256");
        byte[] archived = given().noFilters().get("/fact-checks/" + slug + "/archived").then().statusCode(200)
                .header("Content-Security-Policy", containsString("sandbox"))
                .header("Content-Disposition", containsString("attachment")).extract().asByteArray();
        assertThat(archived).isEqualTo(PAGE);

        byte[] saved = new String(PAGE, StandardCharsets.UTF_8).replace("9 percent", "11 percent")
                .replace("Rail fares to rise in spring", "Rail fares to rise again").getBytes(StandardCharsets.UTF_8);
        var uploaded = given().auth().oauth2(Tokens.of("alice")).multiPart("file", "fares.html", saved, "text/html")
                .post("/api/articles").then().statusCode(201).extract().jsonPath();
        String other = PublishingTest.route(acceptFirstSuggestion(uploaded), "FALSE", "The notice says 8.9 percent.");
        var otherPage = Jsoup.parse(given().noFilters().get("/fact-checks/" + other).asString());
        assertThat(otherPage.select(".archived")).isEmpty();
        given().noFilters().get("/fact-checks/" + other + "/archived").then().statusCode(404)
                .body("detail", containsString("no archived page"));
        given().noFilters().get("/fact-checks/no-such-check/archived").then().statusCode(404);
        given().get("/api/fact-checks/" + uploaded.getString("suggestions[0].id")).then().statusCode(200)
                .body("published", equalTo(true));
    }
}
