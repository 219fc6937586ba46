package dev.vetted.core.article;

import java.time.Instant;

/** What a fact-checker hands in when importing an article. */
public record NewArticle(String title, String outlet, String url, Instant publishedAt, String text) {
}
