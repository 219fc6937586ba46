package dev.vetted.core.claim;

import java.util.UUID;

/**
 * A claim a fact-checker adds: either a span of an imported article (articleId, start, end; the text
 * defaults to the span) or free text with no article. The speaker's kind and role come from
 * extraction; a person typing a claim gives only the speaker.
 */
public record NewClaim(UUID articleId, Integer start, Integer end, String text, String speaker, String speakerKind,
                       String speakerRole, String quote) {

    public NewClaim(UUID articleId, Integer start, Integer end, String text, String speaker, String quote) {
        this(articleId, start, end, text, speaker, null, null, quote);
    }
}
