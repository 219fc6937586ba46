package dev.vetted.core.audit;

/**
 * PostgreSQL's text for a timestamptz (DateStyle ISO, TimeZone UTC), such as
 * {@code 2026-11-24 10:00:00.1234+00}, rewritten as {@code DateTimeFormatter.ISO_INSTANT} writes
 * the same instant: {@code 2026-11-24T10:00:00.123400Z}. Exports read millions of timestamps;
 * going through date objects and a formatter for each costs more than the hashing.
 */
final class IsoInstant {

    private IsoInstant() {
    }

    /** The ISO-8601 text, or null when the input is not in the expected shape (the caller formats it the slow way). */
    static String fromPostgres(String pg) {
        // yyyy-mm-dd hh:mm:ss[.f{1,6}]+00
        int n = pg == null ? 0 : pg.length();
        if (n < 22 || !pg.endsWith("+00") || pg.charAt(4) != '-' || pg.charAt(7) != '-' || pg.charAt(10) != ' '
                || pg.charAt(13) != ':' || pg.charAt(16) != ':') {
            return null;
        }
        for (int i : new int[]{0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
            if (!digit(pg.charAt(i))) return null;
        }
        StringBuilder b = new StringBuilder(30).append(pg, 0, 10).append('T').append(pg, 11, 19);
        int end = n - 3;
        if (end > 19) {
            if (pg.charAt(19) != '.') return null;
            int digits = end - 20;
            if (digits < 1 || digits > 6) return null;
            boolean allZero = true;
            for (int i = 20; i < end; i++) {
                if (!digit(pg.charAt(i))) return null;
                if (pg.charAt(i) != '0') allZero = false;
            }
            if (!allZero) {
                // ISO_INSTANT writes the fraction in groups of three digits, as many as needed
                b.append('.').append(pg, 20, end);
                for (int pad = (digits <= 3 ? 3 : 6) - digits; pad > 0; pad--) b.append('0');
            }
        }
        return b.append('Z').toString();
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
