package dev.vetted.core.extract;

import java.util.List;

/**
 * What extraction found in one text: its language (ISO 639-1 where there is one, else 639-3) and
 * the suggested claims, empty for a language the extractor does not handle.
 */
public record Extraction(String language, List<SuggestedClaim> claims) {

    public boolean handled() {
        return ClaimExtractor.LANGUAGE.equals(language);
    }
}
