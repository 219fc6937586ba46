package dev.vetted.web.pages;

import com.sun.net.httpserver.HttpServer;
import dev.vetted.web.BrowserSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The desk's import by address, through Keycloak's sign-in and the page's own form, from a local HTTP server. */
@QuarkusTest
class DeskImportByAddressTest {

    static final byte[] PAGE = ("<html lang=\"en\"><head><title>Harbour ferry | Coast Post</title>"
            + "<meta property=\"og:title\" content=\"Harbour ferry to double its crossings\"><meta property=\"og:site_name\" content=\"Coast Post\">"
            + "</head><body><article><p>The harbour ferry will double its crossings to 40 a day from June, port director Ines Moreau said on Friday.</p>"
            + "<p>Moreau said the extra crossings would cost the port 1.8 million euros a year.</p></article></body></html>")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void anAddressTypedIntoTheImportPageGivesTheArticleItsSuggestionsAndTheArchivedPage() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ferry", x -> {
            x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, PAGE.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(PAGE);
            }
        });
        server.start();
        try {
            BrowserSession alice = BrowserSession.signIn("alice");
            assertThat(alice.request().get("/articles/new").asString()).contains("From a web address", "id=\"address\"");
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/ferry";
            Response posted = alice.request().formParam("address", url).post("/articles/from-address");
            assertThat(posted.statusCode()).as(posted.asString()).isEqualTo(303);
            String articlePath = posted.header("Location").replaceFirst("^https?://[^/]+", "");
            String page = alice.request().get(articlePath).asString();
            assertThat(page).contains("Harbour ferry to double its crossings", "Coast Post", "Ines Moreau", "the page as archived",
                    "Imported from the page");
            String id = articlePath.replaceFirst("^/articles/", "").replaceFirst("\\?.*", "");
            Response archive = alice.request().get("/articles/" + id + "/archive");
            assertThat(archive.statusCode()).isEqualTo(200);
            assertThat(archive.header("Content-Disposition")).startsWith("attachment");
            assertThat(archive.asByteArray()).isEqualTo(PAGE);

            // an address that is no web address comes back with the error beside its field, and nothing is stored
            Response refused = alice.request().formParam("address", "ftp://example.org/story").post("/articles/from-address");
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.asString()).contains("id=\"address-error\"", "http or https", "ftp://example.org/story");

            // a saved page uploaded through the file field beside it
            assertThat(alice.request().get("/articles/new").asString()).contains("enctype=\"multipart/form-data\"", "type=\"file\"");
            byte[] saved = new String(PAGE, StandardCharsets.UTF_8).replace("Harbour ferry to double", "Harbour ferry (saved) to double")
                    .replace("<head>", "<head><link rel=\"canonical\" href=\"https://coast.example.org/ferry-saved\">")
                    .getBytes(StandardCharsets.UTF_8);
            Response uploaded = alice.request().multiPart("file", "ferry.html", saved, "text/html").post("/articles/from-file");
            assertThat(uploaded.statusCode()).as(uploaded.asString()).isEqualTo(303);
            String uploadedPath = uploaded.header("Location").replaceFirst("^https?://[^/]+", "");
            assertThat(alice.request().get(uploadedPath).asString())
                    .contains("Harbour ferry (saved) to double", "Ines Moreau", "uploaded as <code>ferry.html</code>", "Imported from the file");

            // a file that is no page comes back with the error beside the file field
            Response pdf = alice.request().multiPart("file", "ferry.html", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), "text/html")
                    .post("/articles/from-file");
            assertThat(pdf.statusCode()).isEqualTo(422);
            assertThat(pdf.asString()).contains("id=\"file-error\"", "The file is a PDF document");
        } finally {
            server.stop(0);
        }
    }
}
