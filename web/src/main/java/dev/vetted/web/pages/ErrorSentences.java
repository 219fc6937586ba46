package dev.vetted.web.pages;

import java.util.Map;

/**
 * The one way a rule's message becomes the sentence shown beside its field on a desk form:
 * {@code ("title", "is required")} reads "The title is required.", a missing choice says what to
 * choose, and a message that is already an instruction ("say why the claim goes back") is written
 * as a sentence. Rules speak in fragments so the API can name the field; people read sentences.
 */
final class ErrorSentences {

    /** What to do when a field that must be filled is empty, where "X is required" would say too little. */
    private static final Map<String, String> WHEN_MISSING = Map.of(
            "decision", "Choose a decision.",
            "verdict", "Choose a verdict to approve the claim.",
            "sendBackTo", "Choose the step the claim goes back to.",
            "reason", "Give the reason; readers see it with the correction.");

    /** How a field is named at the start of a sentence. */
    private static final Map<String, String> SUBJECTS = Map.ofEntries(
            Map.entry("title", "The title"), Map.entry("text", "The article text"), Map.entry("url", "The address"),
            Map.entry("outlet", "The outlet"), Map.entry("file", "The file"), Map.entry("evidence", "The evidence"),
            Map.entry("decision", "This choice"), Map.entry("verdict", "This choice"), Map.entry("sendBackTo", "This choice"));

    /** Message openings that need the field named before them to make a sentence. */
    private static final String[] NEEDS_SUBJECT = {"is ", "are ", "was ", "were ", "must ", "has ", "have ", "holds ", "does ",
            "cannot ", "can ", "could ", "should ", "names ", "points ", "looks ", "and "};

    private ErrorSentences() {
    }

    static String of(String field, String message) {
        String m = message == null || message.isBlank() ? "is not valid" : message.strip();
        String key = field != null && field.startsWith("evidence") ? "evidence" : field;
        if (m.startsWith("is required") && WHEN_MISSING.containsKey(key)) return WHEN_MISSING.get(key);
        // "is required" needs the field named; "the site answered 404" and "say why" are sentences already
        String sentence = needsSubject(m) ? SUBJECTS.getOrDefault(key, "This") + " " + m
                : Character.toUpperCase(m.charAt(0)) + m.substring(1);
        return sentence.endsWith(".") ? sentence : sentence + ".";
    }

    private static boolean needsSubject(String message) {
        for (String opening : NEEDS_SUBJECT) {
            if (message.startsWith(opening)) return true;
        }
        return false;
    }
}
