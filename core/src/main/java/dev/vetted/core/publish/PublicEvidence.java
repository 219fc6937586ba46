package dev.vetted.core.publish;

import dev.vetted.core.common.Text;
import dev.vetted.core.review.Evidence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What of a claim's evidence readers see: the links and quoted words the checks rested on,
 * official statements among them. Notes and comments are the desk's working record and stay
 * internal, and so does what routing located in the source (the desk's own finding, not a source).
 */
public final class PublicEvidence {

    /** A source as the public page lists it. */
    public record Source(String kind, String url, String quote) {
    }

    private PublicEvidence() {
    }

    public static List<Source> of(List<Evidence> evidence) {
        Set<String> seen = new LinkedHashSet<>();
        List<Source> sources = new ArrayList<>();
        for (Evidence e : evidence) {
            if ("located-in-source".equals(e.kind())) continue;
            String url = Text.blankToNull(e.url());
            String quote = Text.blankToNull(e.quote());
            if (url == null && quote == null) continue;
            if (!seen.add(url + "\u0000" + quote)) continue;
            sources.add(new Source(e.kind() == null ? "reviewer" : e.kind(), url, quote));
        }
        return sources;
    }
}
