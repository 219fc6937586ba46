package dev.vetted.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;
import dev.vetted.core.page.PageFetcher;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `./vetted article FILE.html...`: the JSON contract, and what each bad input gets. */
class ArticleCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsOneJsonDocumentPerPage() throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, """
                <html lang="en"><head><title>Dam repairs</title>
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Dam repairs to start in May",
                "author":{"@type":"Person","name":"Ida Lund"},"datePublished":"2024-04-01T08:00:00Z",
                "publisher":{"name":"Valley News"}}</script></head><body><article>
                <p>Repairs to the northern dam will start in May and last about eight weeks, the water board said on Monday.</p>
                <p>The board said the work would cost 2.5 million dollars and that no homes would lose their water supply.</p>
                </article><footer><p>Contact us</p></footer></body></html>
                """);
        CommandRun run = CommandRun.of(ArticleCommand::run, page.toString());
        assertThat(run.exit()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("file").asText()).isEqualTo(page.toString());
        assertThat(doc.get("title").asText()).isEqualTo("Dam repairs to start in May");
        assertThat(doc.get("authors").get(0).asText()).isEqualTo("Ida Lund");
        assertThat(doc.get("publishedAt").asText()).isEqualTo("2024-04-01T08:00:00Z");
        assertThat(doc.get("outlet").asText()).isEqualTo("Valley News");
        assertThat(doc.get("language").asText()).isEqualTo("en");
        assertThat(doc.get("canonicalUrl").isNull()).isTrue();
        assertThat(doc.get("text").asText()).contains("eight weeks", "\n\n", "2.5 million").doesNotContain("Contact us");
    }

    @Test
    void badInputsGetOneLineEachAndExitOne() throws Exception {
        Path empty = Files.write(dir.resolve("empty.html"), new byte[0]);
        Path menu = Files.writeString(dir.resolve("menu.html"), "<html><body><nav><a href='/'>Home</a></nav></body></html>");
        CommandRun run = CommandRun.of(ArticleCommand::run, empty.toString(), menu.toString(),
                dir.resolve("missing.html").toString(), dir.toString(), "ftp://example.org/story.html");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().split("\n")).hasSize(5)
                .anySatisfy(l -> assertThat(l).contains("empty.html").contains("is empty"))
                .anySatisfy(l -> assertThat(l).contains("menu.html").contains("no article text"))
                .anySatisfy(l -> assertThat(l).contains("missing.html").contains("no such file"))
                .anySatisfy(l -> assertThat(l).contains("is a folder"))
                .anySatisfy(l -> assertThat(l).contains("ftp://example.org/story.html").contains("http or https"))
                .allSatisfy(l -> assertThat(l).startsWith("vetted article: ").doesNotContain("Exception"));
    }

    @Test
    void anAddressIsFetchedAndAnInternalOneRefusedByDefault() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = ("<html lang=\"en\"><head><title>Dam repairs</title></head><body><article><p>Repairs to the northern dam "
                + "will start in May and last about eight weeks, the water board said.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        server.createContext("/story", x -> {
            x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, page.length);
            try (var out = x.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/story";
            CommandRun allowed = CommandRun.of((a, o, e) -> ArticleCommand.run(a, o, e, new PageFetcher(true)), url);
            assertThat(allowed.exit()).isZero();
            JsonNode doc = new ObjectMapper().readTree(allowed.out());
            assertThat(doc.get("url").asText()).isEqualTo(url);
            assertThat(doc.get("text").asText()).contains("eight weeks");

            CommandRun refused = CommandRun.of((a, o, e) -> ArticleCommand.run(a, o, e, new PageFetcher(false)), url);
            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.err().strip()).startsWith("vetted article: " + url).contains("internal address").doesNotContain("\n");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void noInputIsAUsageError() {
        CommandRun run = CommandRun.of(ArticleCommand::run);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("name one or more saved pages");
    }
}
