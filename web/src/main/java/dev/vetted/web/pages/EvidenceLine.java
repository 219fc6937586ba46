package dev.vetted.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vetted.core.review.Evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of evidence as a reviewer reads it. The routing's own finding of where the claim stands
 * in its source is stored as data; here it becomes sentences.
 */
public record EvidenceLine(String kind, String url, String quote, String note) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static EvidenceLine of(Evidence e) {
        String note = e.note();
        if ("located-in-source".equals(e.kind()) && note != null && note.startsWith("{")) note = located(note);
        return new EvidenceLine(Labels.human(e.kind()), e.url(), e.quote(), note);
    }

    private static String located(String json) {
        try {
            JsonNode found = JSON.readTree(json);
            List<String> said = new ArrayList<>();
            if (found.path("claimInSource").asBoolean(false)) said.add("The claim's words are in the source article.");
            if (found.path("quoteFound").asBoolean(false)) said.add("The quoted words appear in it.");
            if (found.has("speakerMentions")) {
                int n = found.get("speakerMentions").asInt();
                if (n > 0) {
                    said.add("The speaker is named " + (n == 1 ? "once" : n + " times")
                            + (found.path("speakerNearClaim").asBoolean(false) ? ", close to the claim." : "."));
                }
            }
            for (JsonNode missing : found.path("missing")) {
                String m = missing.asText();
                said.add(Character.toUpperCase(m.charAt(0)) + m.substring(1) + ".");
            }
            return String.join(" ", said);
        } catch (Exception e) {
            return json;
        }
    }
}
