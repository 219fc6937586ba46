package dev.vetted.web.pages;

import io.quarkus.qute.TemplateExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How codes, times and durations read on the desk's pages. */
@TemplateExtension
public final class Labels {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private Labels() {
    }

    /** {@code NO_RESPONSE} reads "No response". */
    static String human(String code) {
        if (code == null || code.isEmpty()) return "";
        String words = code.replace('_', ' ').replace('-', ' ').replace('.', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String human(Enum<?> value) {
        return value == null ? "" : human(value.name());
    }

    static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    static String iso(Instant at) {
        return at == null ? "" : at.toString();
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** A duration as people say it: "3 h 20 min", "2 d 4 h", "45 s". */
    static String spoken(Duration d) {
        if (d == null) return "";
        long s = d.toSeconds();
        if (s < 60) return s + " s";
        if (s < 3600) return (s / 60) + " min";
        if (s < 86400) return (s / 3600) + " h " + (s % 3600 / 60) + " min";
        return (s / 86400) + " d " + (s % 86400 / 3600) + " h";
    }

    /** "due in 3 h 20 min" or "overdue by 2 d 1 h", against the wall clock. */
    static String dueIn(Instant dueAt) {
        if (dueAt == null) return "";
        Duration left = Duration.between(Instant.now(), dueAt);
        return left.isNegative() ? "overdue by " + spoken(left.negated()) : "due in " + spoken(left);
    }
}
