package dev.vetted.core.page;

import java.time.Instant;
import java.util.List;

/**
 * An article read from a web page: its title, authors, date, outlet, language and canonical
 * address where the page says them, and its body as a reader reads it, paragraphs separated by a
 * blank line.
 */
public record PageArticle(String title, List<String> authors, Instant publishedAt, String outlet, String language,
                          String canonicalUrl, String text) {
}
