package dev.vetted.web.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A posted form as its page shows it again when refused: the values as typed, an error per field. */
final class SubmittedForm {

    final Map<String, String> values = new LinkedHashMap<>();
    final Map<String, String> errors = new LinkedHashMap<>();

    SubmittedForm field(String name, String value) {
        values.put(name, value == null ? "" : value);
        return this;
    }

    /** A field holding a day (2023-11-21, as date inputs send it) as midnight UTC; null when empty or not a day. */
    Instant day(String name) {
        String value = values.getOrDefault(name, "");
        if (value.isBlank()) return null;
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() < 1000 || day.getYear() > 9999) {
                error(name, "Use a date between the years 1000 and 9999.");
                return null;
            }
            return day.atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            error(name, "Use a date such as 2023-11-21.");
            return null;
        }
    }

    /** The first error a field gets is the one shown beside it. */
    void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    boolean valid() {
        return errors.isEmpty();
    }
}
