package dev.vetted.core.page;

import java.time.Instant;

/** A page as fetched: where it ended up after redirects, what the server said it was, its bytes and their SHA-256. */
public record FetchedPage(String requestedUrl, String finalUrl, String contentType, String charset, byte[] bytes,
                          String sha256, Instant fetchedAt) {
}
