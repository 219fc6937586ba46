package dev.vetted.core.claim;

import java.util.UUID;

/**
 * A claim a fact-checker adds: either a span of an imported article (articleId, start, end; the text
 * defaults to the span) or free text with no article.
 */
public record NewClaim(UUID articleId, Integer start, Integer end, String text, String speaker, String quote) {
}
