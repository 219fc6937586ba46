package dev.vetted.core.page;

import com.sun.net.httpserver.HttpServer;
import dev.vetted.core.common.InvalidInputException;
import dev.vetted.core.common.TooLargeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fetching from a real HTTP server of the test's own on loopback: what is fetched, and what each bad answer gets. */
class PageFetcherTest {

    static HttpServer server;
    static final java.util.concurrent.CountDownLatch STOPPED = new java.util.concurrent.CountDownLatch(1);
    static String base;
    static final String PAGE = "<html><head><title>Dam</title></head><body><article><p>Repairs to the northern dam will start in May "
            + "and last eight weeks, the water board said on Monday.</p></article></body></html>";

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/page", x -> answer(x.getResponseHeaders(), x, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/gzip", x -> {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream z = new GZIPOutputStream(zipped)) {
                z.write(PAGE.getBytes(StandardCharsets.UTF_8));
            }
            x.getResponseHeaders().add("Content-Encoding", "gzip");
            answer(x.getResponseHeaders(), x, 200, "text/html", zipped.toByteArray());
        });
        server.createContext("/moved", x -> {
            x.getResponseHeaders().add("Location", "/page");
            answer(x.getResponseHeaders(), x, 301, "text/html", new byte[0]);
        });
        server.createContext("/loop", x -> {
            x.getResponseHeaders().add("Location", "/loop");
            answer(x.getResponseHeaders(), x, 302, "text/html", new byte[0]);
        });
        server.createContext("/to-ftp", x -> {
            x.getResponseHeaders().add("Location", "ftp://example.org/file");
            answer(x.getResponseHeaders(), x, 302, "text/html", new byte[0]);
        });
        server.createContext("/missing", x -> answer(x.getResponseHeaders(), x, 404, "text/html", "<p>not here</p>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/pdf", x -> answer(x.getResponseHeaders(), x, 200, "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/huge", x -> {
            x.getResponseHeaders().add("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                byte[] chunk = new byte[1024 * 1024];
                java.util.Arrays.fill(chunk, (byte) 'a');
                for (int i = 0; i < 11; i++) out.write(chunk);
            } catch (IOException e) {
                // the client hung up once it had read enough: that is the point
            }
        });
        server.createContext("/slow", x -> {
            try {
                // a site that does not answer until the test is over: the fetcher's time-out must end the wait
                STOPPED.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(x.getResponseHeaders(), x, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        STOPPED.countDown();
        server.stop(0);
    }

    static void answer(com.sun.net.httpserver.Headers headers, com.sun.net.httpserver.HttpExchange x, int status, String type, byte[] body)
            throws IOException {
        headers.add("Content-Type", type);
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
        x.close();
    }

    final PageFetcher fetcher = new PageFetcher(true, Duration.ofSeconds(2), Duration.ofSeconds(1), Clock.systemUTC());

    @Test
    void aPageIsFetchedWithItsHashAndFinalAddress() {
        FetchedPage page = fetcher.fetch(base + "/moved");
        assertThat(page.finalUrl()).isEqualTo(base + "/page");
        assertThat(page.charset()).isEqualTo("utf-8");
        assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(page.sha256()).hasSize(64).isEqualTo(PageFetcher.sha256(PAGE.getBytes(StandardCharsets.UTF_8)));
        assertThat(HtmlArticles.read(page.bytes(), page.charset(), page.finalUrl()).text()).contains("eight weeks");
    }

    @Test
    void aGzippedPageIsUnzipped() {
        assertThat(new String(fetcher.fetch(base + "/gzip").bytes(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void eachBadAnswerIsRefusedWithWhatWasReceived() {
        assertThatThrownBy(() -> fetcher.fetch(base + "/missing")).isInstanceOf(InvalidInputException.class).hasMessageContaining("404");
        assertThatThrownBy(() -> fetcher.fetch(base + "/pdf")).isInstanceOf(InvalidInputException.class).hasMessageContaining("application/pdf");
        assertThatThrownBy(() -> fetcher.fetch(base + "/loop")).isInstanceOf(InvalidInputException.class).hasMessageContaining("redirected more than 5");
        assertThatThrownBy(() -> fetcher.fetch(base + "/to-ftp")).isInstanceOf(InvalidInputException.class).hasMessageContaining("ftp:");
        assertThatThrownBy(() -> fetcher.fetch(base + "/huge")).isInstanceOf(TooLargeException.class).hasMessageContaining("10 MB");
        assertThatThrownBy(() -> fetcher.fetch(base + "/slow")).isInstanceOf(InvalidInputException.class).hasMessageContaining("did not answer");
    }

    @Test
    void addressesThatAreNoWebAddressesAreRefused() {
        assertThatThrownBy(() -> fetcher.fetch("file:///etc/passwd")).hasMessageContaining("http or https");
        assertThatThrownBy(() -> fetcher.fetch("ftp://example.org/a")).hasMessageContaining("http or https");
        assertThatThrownBy(() -> fetcher.fetch("http://exa mple.org/")).hasMessageContaining("not a valid address");
        assertThatThrownBy(() -> fetcher.fetch("  ")).hasMessageContaining("required");
        assertThatThrownBy(() -> fetcher.fetch("/relative/path")).hasMessageContaining("full http or https address");
    }

    @Test
    void internalAddressesAreRefusedUnlessAllowed() {
        PageFetcher strict = new PageFetcher(false);
        assertThatThrownBy(() -> strict.fetch(base + "/page")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("internal address (127.0.0.1)");
        assertThatThrownBy(() -> strict.fetch("http://[::1]:1/")).hasMessageContaining("internal address");
        assertThatThrownBy(() -> strict.fetch("http://169.254.169.254/latest/meta-data/")).hasMessageContaining("internal address");
        assertThatThrownBy(() -> strict.fetch("http://10.0.0.1/")).hasMessageContaining("internal address");
    }

    @Test
    void theRangesThatCountAsInternal() throws Exception {
        for (String a : new String[]{"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
                "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "224.0.0.1"}) {
            assertThat(InternalAddresses.isInternal(InetAddress.getByName(a))).as(a).isTrue();
        }
        for (String a : new String[]{"93.184.216.34", "8.8.8.8", "2606:4700::1111"}) {
            assertThat(InternalAddresses.isInternal(InetAddress.getByName(a))).as(a).isFalse();
        }
    }
}
