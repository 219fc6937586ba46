package dev.vetted.web.request;

import dev.vetted.core.common.InvalidInputException;
import dev.vetted.core.common.NotFoundException;
import dev.vetted.core.common.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/** Reads loosely typed request values (query strings, dates) and names the field when one is wrong. */
public final class RequestValues {

    private RequestValues() {
    }

    public static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "'" + Text.shown(value) + "' is not an id (expected a UUID such as 3f2b8c1e-...)");
        }
    }

    /** An id in the path that is not even a UUID names nothing that exists: 404, like an unknown id. */
    public static UUID pathId(String kind, String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(kind, value);
        }
    }

    /** A constant named in a request; a blank value is none, a name that is no constant a 422 naming the field. */
    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) return null;
        return constant(type, value).orElseThrow(() -> new InvalidInputException(field,
                "'" + Text.shown(value) + "' is not one of " + Arrays.toString(type.getEnumConstants())));
    }

    /**
     * The one reading of a constant's name from a request: case and surrounding space do not
     * matter, and '-' or ' ' stand for '_' ("no-response", "Send back"). Empty when it names none.
     */
    public static <E extends Enum<E>> java.util.Optional<E> constant(Class<E> type, String value) {
        if (value == null || value.isBlank()) return java.util.Optional.empty();
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) return java.util.Optional.of(e);
        }
        return java.util.Optional.empty();
    }

    /** Newsrooms often know only the day of publication, so a plain date is accepted too. */
    public static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) return null;
        Instant at = parseInstant(field, value.strip());
        int year = at.atOffset(ZoneOffset.UTC).getYear();
        if (year < 1000 || year > 9999) throw new InvalidInputException(field, "must fall between the years 1000 and 9999");
        return at;
    }

    private static Instant parseInstant(String field, String v) {
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw new InvalidInputException(field,
                        "'" + Text.shown(v) + "' is not a date; use 2023-11-21 or 2023-11-21T14:30:00Z");
            }
        }
    }
}
