package dev.vetted.core.page;

import dev.vetted.core.common.InvalidInputException;
import dev.vetted.core.common.TooLargeException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Fetches an article's page for a user, carefully, because the server fetches on their behalf:
 * http and https only; the address checked against internal ranges before the request and again
 * at every redirect (at most {@value #MAX_REDIRECTS}), unless internal addresses are allowed (an
 * intranet, the tests); connect and whole-response time-outs; at most {@link HtmlArticles#MAX_BYTES};
 * gzip; HTML only. The JVM's standard proxy settings apply. Every refusal is an
 * {@link InvalidInputException} (or {@link TooLargeException}) saying what was received.
 */
public final class PageFetcher {

    static final int MAX_REDIRECTS = 5;
    static final String USER_AGENT = "Vetted/0.1 (claim verification desk; +https://vetted.dev)";

    private final HttpClient client;
    private final boolean allowInternal;
    private final Duration timeout;
    private final Clock clock;

    public PageFetcher(boolean allowInternal) {
        this(allowInternal, Duration.ofSeconds(5), Duration.ofSeconds(20), Clock.systemUTC());
    }

    public PageFetcher(boolean allowInternal, Duration connectTimeout, Duration timeout, Clock clock) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .proxy(ProxySelector.getDefault()).build();
        this.allowInternal = allowInternal;
        this.timeout = timeout;
        this.clock = clock;
    }

    public FetchedPage fetch(String address) {
        URI uri = parse(address);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            check(uri);
            HttpResponse<InputStream> response = send(uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("location").orElse(null);
                close(response);
                if (location == null) throw new InvalidInputException("url", "the site answered " + status + " with no address to go to");
                uri = uri.resolve(parse(location, "url"));
                continue;
            }
            if (status != 200) {
                close(response);
                throw new InvalidInputException("url", "the site answered " + status + " for " + uri);
            }
            String type = response.headers().firstValue("content-type").orElse("");
            String mime = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (!mime.equals("text/html") && !mime.equals("application/xhtml+xml")) {
                close(response);
                throw new InvalidInputException("url", "the page is " + (mime.isEmpty() ? "of no stated type" : mime)
                        + ", not HTML; give the address of a web page");
            }
            byte[] bytes = read(response);
            return new FetchedPage(address, uri.toString(), mime, charset(type), bytes, sha256(bytes), clock.instant());
        }
        throw new InvalidInputException("url", "the site redirected more than " + MAX_REDIRECTS + " times");
    }

    private static URI parse(String address) {
        if (address == null || address.isBlank()) throw new InvalidInputException("url", "is required");
        return parse(address.strip(), "url");
    }

    private static URI parse(String address, String field) {
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") && uri.isAbsolute()) {
                throw new InvalidInputException(field, "must be an http or https address, not " + scheme + ":");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, "is not a valid address (" + e.getReason() + ")");
        }
    }

    /** The scheme, and where the host resolves: every address of it must be public unless internal ones are allowed. */
    private void check(URI uri) {
        if (!uri.isAbsolute() || uri.getHost() == null) throw new InvalidInputException("url", "must be a full http or https address");
        if (allowInternal) return;
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                if (InternalAddresses.isInternal(a)) {
                    throw new InvalidInputException("url", "points at an internal address (" + a.getHostAddress()
                            + "), which this server does not fetch");
                }
            }
        } catch (UnknownHostException e) {
            throw new InvalidInputException("url", "names a host that does not resolve: " + uri.getHost());
        }
    }

    private HttpResponse<InputStream> send(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1").header("Accept-Encoding", "gzip").GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new InvalidInputException("url", "the site did not accept a connection within the time allowed");
        } catch (HttpTimeoutException e) {
            throw new InvalidInputException("url", "the site did not answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new InvalidInputException("url", "could not be fetched: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidInputException("url", "fetching was interrupted");
        }
    }

    /** The body, unzipped when the server zipped it, and never more than the limit, however it was sent. */
    private static byte[] read(HttpResponse<InputStream> response) {
        boolean gzip = response.headers().firstValue("content-encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
        try (InputStream raw = response.body(); InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (out.size() + n > HtmlArticles.MAX_BYTES) {
                    throw new TooLargeException("the page is larger than " + HtmlArticles.MAX_BYTES + " bytes (10 MB), which is more than is read");
                }
                out.write(buffer, 0, n);
            }
            if (out.size() == 0) throw new InvalidInputException("url", "the site sent an empty page");
            return out.toByteArray();
        } catch (IOException e) {
            throw new InvalidInputException("url", "the page could not be read to its end: " + e.getMessage());
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // nothing more to read from it
        }
    }

    static String charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) return p.substring(8).replace("\"", "").strip();
        }
        return null;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
