package dev.vetted.web.pages;

import com.sun.net.httpserver.HttpServer;
import dev.vetted.web.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Importing an article by its address, from a real HTTP server of the test's own on loopback (the
 * test profile allows internal addresses; the refusal by default is tested with the fetcher).
 */
@QuarkusTest
public class ArticleFromPageTest {

    public static final String PROBLEM = "application/problem+json";
    public static HttpServer server;
    public static String base;
    public static final byte[] PAGE = """
            <html lang="en"><head><title>Tunnel to close | Valley Post</title>
            <link rel="canonical" href="https://valley.example.org/tunnel-to-close">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Valley tunnel to close for repairs",
            "datePublished":"2024-05-06T07:00:00Z","author":{"@type":"Person","name":"Jo Park"},"publisher":{"name":"Valley Post"}}</script>
            </head><body><nav><a href="/">Home</a></nav><article>
            <p>The valley tunnel will close for six weeks from July while its lighting is replaced, transport director Nora Vale said on Monday.</p>
            <p>Vale said the work would cost 3.2 million dollars and that buses would be diverted over the pass.</p>
            </article><div class="comments"><p>About time too, the lights have been out for months.</p></div></body></html>
            """.getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tunnel", x -> send(x, 200, "text/html; charset=utf-8", PAGE));
        server.createContext("/report.pdf", x -> send(x, 200, "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/gone", x -> send(x, 404, "text/html", "<p>gone</p>".getBytes(StandardCharsets.UTF_8)));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    public static void send(com.sun.net.httpserver.HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void anAddressGivesTheArticleItsSuggestionsAndThePageAsArchived() throws Exception {
        var imported = given().auth().oauth2(Tokens.of("alice")).contentType(ContentType.JSON)
                .body(Map.of("url", base + "/tunnel")).post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo("Valley tunnel to close for repairs"))
                .body("outlet", equalTo("Valley Post"))
                .body("publishedAt", equalTo("2024-05-06T07:00:00Z"))
                .body("text", containsString("six weeks from July"))
                .body("suggestions.speaker", hasItem("Nora Vale"))
                .extract().jsonPath();
        String id = imported.getString("id");
        assertThat(imported.getString("text")).doesNotContain("About time too", "Home");

        given().auth().oauth2(Tokens.of("alice")).get("/api/articles/" + id).then().statusCode(200)
                .body("canonicalUrl", equalTo("https://valley.example.org/tunnel-to-close"))
                .body("authors", equalTo("Jo Park"));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PAGE));
        byte[] archived = given().auth().oauth2(Tokens.of("bob")).get("/api/articles/" + id + "/archive")
                .then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("sandbox"))
                .header("X-Content-SHA256", sha256)
                .extract().asByteArray();
        assertThat(archived).isEqualTo(PAGE);

        // the audit trail records the page's hash, where it was fetched from and when
        String export = given().auth().oauth2(Tokens.of("adam")).get("/api/audit/export").then().statusCode(200).extract().asString();
        assertThat(export.lines().filter(l -> l.contains("\"article.imported\"") && l.contains(id)).findFirst().orElseThrow())
                .contains("\"sha256\":\"" + sha256 + "\"", "\"finalUrl\":\"" + base + "/tunnel\"", "\"fetchedAt\":");

        // the same page again is recognised by its canonical address and not stored twice
        given().auth().oauth2(Tokens.of("bob")).contentType(ContentType.JSON).body(Map.of("url", base + "/tunnel"))
                .post("/api/articles").then().statusCode(200).body("id", equalTo(id)).body("note", containsString("imported before"));
    }

    @Test
    void whatIsNoPageIsRefusedAndNothingIsStored() {
        long before = total();
        given().auth().oauth2(Tokens.of("alice")).contentType(ContentType.JSON).body(Map.of("url", base + "/report.pdf"))
                .post("/api/articles").then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("url")).body("detail", containsString("application/pdf"));
        given().auth().oauth2(Tokens.of("alice")).contentType(ContentType.JSON).body(Map.of("url", base + "/gone"))
                .post("/api/articles").then().statusCode(422).contentType(PROBLEM).body("detail", containsString("404"));
        given().auth().oauth2(Tokens.of("alice")).contentType(ContentType.JSON).body(Map.of("url", "file:///etc/passwd"))
                .post("/api/articles").then().statusCode(422).contentType(PROBLEM).body("detail", containsString("http or https"));
        given().auth().oauth2(Tokens.of("alice")).contentType(ContentType.JSON).body(Map.of("url", "http://exa mple.org/"))
                .post("/api/articles").then().statusCode(422).contentType(PROBLEM);
        assertThat(total()).isEqualTo(before);
        given().auth().oauth2(Tokens.of("alice")).get("/api/articles/7d5c0b3e-0000-4000-8000-000000000000/archive")
                .then().statusCode(404).contentType(PROBLEM);
    }

    public static final byte[] SAVED = """
            <!doctype html><html lang="en"><head><meta charset="windows-1252"><title>Mill reopens | Dale Gazette</title>
            <meta property="og:title" content="Old mill reopens as a library">
            <meta property="og:url" content="https://dale.example.net/mill-reopens">
            <meta property="og:site_name" content="Dale Gazette"></head><body><main>
            <p>The old mill reopened on Saturday as the town\u2019s library, after a two-year restoration that cost 4.5 million pounds, mayor Ruth Okafor said.</p>
            <p>Okafor said the library had lent 1,200 books in its first day, more than the old one lent in a month.</p>
            </main><footer>Copyright Dale Gazette</footer></body></html>
            """.getBytes(java.nio.charset.Charset.forName("windows-1252"));

    @Test
    void aSavedPageUploadedGivesTheArticleItsSuggestionsAndTheFileAsArchived() throws Exception {
        var imported = given().auth().oauth2(Tokens.of("alice")).multiPart("file", "mill.html", SAVED, "text/html")
                .post("/api/articles").then().statusCode(201)
                .body("title", equalTo("Old mill reopens as a library"))
                .body("outlet", equalTo("Dale Gazette"))
                .body("url", equalTo("https://dale.example.net/mill-reopens"))
                .body("text", containsString("town\u2019s library"))
                .body("suggestions.speaker", hasItem("Ruth Okafor"))
                .extract().jsonPath();
        String id = imported.getString("id");
        assertThat(imported.getString("text")).doesNotContain("Copyright");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SAVED));
        var archive = given().auth().oauth2(Tokens.of("bob")).get("/api/articles/" + id + "/archive").then().statusCode(200)
                .header("X-Content-SHA256", sha256).extract();
        assertThat(archive.asByteArray()).isEqualTo(SAVED);
        assertThat(archive.header("X-Final-URL")).isNull();
        String export = given().auth().oauth2(Tokens.of("adam")).get("/api/audit/export").then().statusCode(200).extract().asString();
        assertThat(export.lines().filter(l -> l.contains("\"article.imported\"") && l.contains(id)).findFirst().orElseThrow())
                .contains("\"sha256\":\"" + sha256 + "\"", "\"fileName\":\"mill.html\"", "\"receivedAt\":");

        // the same page saved again is recognised by the address it names
        given().auth().oauth2(Tokens.of("bob")).multiPart("file", "mill (1).html", SAVED, "application/octet-stream")
                .post("/api/articles").then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void anUploadThatIsNoPageIsRefusedAndNothingIsStored() {
        long before = total();
        // a PDF renamed .html: refused by what its bytes are
        given().auth().oauth2(Tokens.of("alice")).multiPart("file", "report.html", "%PDF-1.7 x".getBytes(StandardCharsets.UTF_8), "text/html")
                .post("/api/articles").then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("file")).body("detail", containsString("PDF"));
        given().auth().oauth2(Tokens.of("alice")).multiPart("file", "empty.html", new byte[0], "text/html")
                .post("/api/articles").then().statusCode(422).contentType(PROBLEM).body("detail", containsString("empty"));
        given().auth().oauth2(Tokens.of("alice")).multiPart("file", "menu.html",
                        "<html><body><nav><a href=/>Home</a></nav></body></html>".getBytes(StandardCharsets.UTF_8), "text/html")
                .post("/api/articles").then().statusCode(422).contentType(PROBLEM).body("detail", containsString("no article text"));
        given().auth().oauth2(Tokens.of("alice")).multiPart("other", "x.html", SAVED, "text/html")
                .post("/api/articles").then().statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("file"));
        given().auth().oauth2(Tokens.of("alice")).multiPart("file", "big.html", new byte[10 * 1024 * 1024 + 1], "text/html")
                .post("/api/articles").then().statusCode(413).contentType(PROBLEM);
        // an editor without the fact-checker role may not import
        given().auth().oauth2(Tokens.of("erin")).multiPart("file", "mill.html", SAVED, "text/html")
                .post("/api/articles").then().statusCode(403).contentType(PROBLEM);
        assertThat(total()).isEqualTo(before);
    }

    public static long total() {
        return given().auth().oauth2(Tokens.of("alice")).get("/api/articles?size=1").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }
}
