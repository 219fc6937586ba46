package dev.vetted.core.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The automatic part of the attribution check: are the quoted words really in the source, and is
 * the speaker named near them? It records what it found and what is missing; people decide.
 */
public final class AttributionLocator {

    /** How far from the claim a mention of the speaker still counts as near it. */
    static final int NEAR = 600;

    private AttributionLocator() {
    }

    public static Map<String, Object> locate(Claim claim) {
        Map<String, Object> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        if (claim.article == null) {
            missing.add("no source article: the claim was entered as free text");
            found.put("missing", missing);
            return found;
        }
        String text = claim.article.text;
        String lower = fold(text);
        if (claim.quote != null && !claim.quote.isBlank()) {
            int at = lower.indexOf(fold(claim.quote.strip()));
            found.put("quoteFound", at >= 0);
            if (at >= 0) found.put("quoteAt", at);
            else missing.add("the quoted words do not appear in the source article");
        }
        if (claim.speaker != null && !claim.speaker.isBlank()) {
            String[] parts = claim.speaker.strip().split("\\s+");
            String surname = fold(parts[parts.length - 1]);
            List<Integer> mentions = new ArrayList<>();
            for (int i = lower.indexOf(surname); i >= 0; i = lower.indexOf(surname, i + 1)) mentions.add(i);
            found.put("speakerMentions", mentions.size());
            int claimAt = claim.start == null ? -1 : claim.start;
            boolean near = claimAt >= 0 && mentions.stream().anyMatch(m -> Math.abs(m - claimAt) <= NEAR);
            found.put("speakerNearClaim", near);
            if (mentions.isEmpty()) missing.add("the speaker '" + claim.speaker + "' is not named in the source article");
            else if (claimAt >= 0 && !near) missing.add("the speaker is named in the article, but not near the claim");
        } else {
            missing.add("the article attributes the claim to no one");
        }
        if (claim.start != null && claim.end != null && claim.end <= text.length()) {
            found.put("claimInSource", true);
        }
        found.put("missing", missing);
        return found;
    }

    /** Compares text the way a reader would: case and the style of quote marks do not matter. */
    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
    }
}
