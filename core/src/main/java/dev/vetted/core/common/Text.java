package dev.vetted.core.common;

import java.util.Locale;

/** How the desk treats text people type: blanks are absent, searches match anywhere, ignoring case. */
public final class Text {

    private Text() {
    }

    /** Null for null or white space, otherwise the text without surrounding white space. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * A LIKE pattern that finds the needle anywhere in lower-cased text, with LIKE's own wildcards
     * in it matched literally (PostgreSQL's escape character is the backslash).
     */
    public static String likeContains(String needle) {
        String escaped = needle.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** A value as quoted back in an error message: short, so an answer never echoes a huge input. */
    public static String shown(String value) {
        if (value == null) return "";
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
