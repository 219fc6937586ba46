package dev.vetted.core.extract;

/**
 * A claim the extractor suggests: its text, who the article attributes it to (the speaker's
 * canonical name within the article, null when no one), what kind of source that is ("person",
 * "organisation", "outlet", "anonymous"), the speaker's role or title as written, the quoted words
 * if any, where it stands in the text (UTF-16 offsets, end exclusive) and how worth checking it
 * looks (0 to 1).
 */
public record SuggestedClaim(String text, String speaker, String speakerKind, String speakerRole, String quote,
                             int start, int end, double checkworthiness) {
}
