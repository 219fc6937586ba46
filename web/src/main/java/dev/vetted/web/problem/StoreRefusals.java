package dev.vetted.web.problem;

import java.sql.SQLException;

/**
 * Failures that reach the top but are the client's or the moment's, not ours: the database
 * refusing a value, or two people changing the same thing at once. Each transaction that hits
 * one was rolled back, so the answer can say truthfully that nothing was changed. The checks at
 * the edge name the field first; this is the last line, so no such input ever answers 500. A
 * database that is out of connections or out of reach answers 503, to be retried.
 */
final class StoreRefusals {

    private StoreRefusals() {
    }

    static Problem problem(Throwable e, String path) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.equals("jakarta.persistence.OptimisticLockException") || name.equals("org.hibernate.StaleObjectStateException")
                    || name.equals("org.hibernate.StaleStateException") || name.equals("jakarta.persistence.EntityExistsException")) {
                return raced(path);
            }
            if (t instanceof SQLException sql && isPoolTimeout(sql)) return busy(path);
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                Problem p = bySqlState(sql.getSQLState(), path);
                if (p != null) return p;
            }
            if (t instanceof IllegalArgumentException && t.getMessage() != null
                    && (t.getMessage().contains("URLDecoder") || t.getMessage().contains("escape (%)") || t.getMessage().startsWith("Failed to decode URL"))) {
                return Problem.of("malformed-form", "Malformed form", 400,
                        "The form body is not properly URL-encoded (a % must be followed by two hex digits).", path);
            }
        }
        return null;
    }

    /** Agroal's answer when every connection stayed busy for the whole acquisition timeout (it carries no SQL state). */
    private static boolean isPoolTimeout(SQLException e) {
        return e.getSQLState() == null && e.getMessage() != null && e.getMessage().contains("acquisition timeout");
    }

    private static Problem bySqlState(String state, String path) {
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03") || state.equals("53300")) {
            return busy(path); // connection lost or refused, server shutting down or starting, too many connections
        }
        return switch (state) {
            case "23505", "40001", "40P01", "55P03" -> raced(path); // unique key, serialization, deadlock, lock not available
            case "22021", "22P05" -> Problem.of("unstorable-text", "Text that cannot be stored", 400,
                    "A text you sent holds a character that cannot be stored (such as NUL, U+0000); remove it and send again.", path);
            case "22001" -> Problem.of("too-long", "A value is too long", 422,
                    "A value you sent is longer than its field allows; shorten it and send again.", path);
            case "22008", "22007" -> Problem.of("bad-date", "A date out of range", 400,
                    "A date you sent is outside the range that can be stored (years 1000 to 9999).", path);
            case "22003" -> Problem.of("bad-number", "A number out of range", 400,
                    "A number you sent is outside the range that can be stored.", path);
            default -> null;
        };
    }

    /** The database is out of reach or out of connections for now: a 503 the caller retries (the mapper adds Retry-After). */
    static Problem busy(String path) {
        return Problem.of("busy", "Busy", 503,
                "The desk is too busy to answer this now; nothing was changed. Try again in a few seconds.", path);
    }

    private static Problem raced(String path) {
        return Problem.of("conflict", "Conflict", 409,
                "Someone changed this at the same moment and their change came first; nothing of yours was applied. Reload to see where it stands.", path);
    }
}
