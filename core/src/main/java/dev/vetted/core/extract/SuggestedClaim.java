package dev.vetted.core.extract;

/**
 * A claim the extractor suggests: its sentence, who the article attributes it to (as written,
 * null when no one), the quoted words if any, where it stands in the text (UTF-16 offsets,
 * end exclusive) and how worth checking it looks (0 to 1).
 */
public record SuggestedClaim(String text, String speaker, String quote, int start, int end, double checkworthiness) {
}
