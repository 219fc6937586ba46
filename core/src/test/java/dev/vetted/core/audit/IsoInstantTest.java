package dev.vetted.core.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL's timestamp text becomes exactly what ISO_INSTANT writes, or null for anything else. */
class IsoInstantTest {

    private static final DateTimeFormatter PG_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** How PostgreSQL writes a timestamptz in UTC: microseconds with trailing zeros dropped. */
    static String postgres(Instant at) {
        String micros = String.format("%06d", at.getNano() / 1000).replaceFirst("0+$", "");
        return PG_SECONDS.format(at) + (micros.isEmpty() ? "" : "." + micros) + "+00";
    }

    @Test
    void matchesIsoInstantForEveryFractionShape() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            long micros = random.nextLong(0, 4_102_444_800_000_000L); // 1970 to 2100
            // round some to whole seconds, milliseconds and ten-microsecond steps
            switch (i % 4) {
                case 0 -> micros -= micros % 1_000_000;
                case 1 -> micros -= micros % 1_000;
                case 2 -> micros -= micros % 10;
                default -> { }
            }
            Instant at = Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1000);
            assertThat(IsoInstant.fromPostgres(postgres(at))).as(postgres(at)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(at));
        }
    }

    @Test
    void anythingElseIsLeftToTheSlowPath() {
        assertThat(IsoInstant.fromPostgres("2026-11-24 10:00:00+01")).isNull();
        assertThat(IsoInstant.fromPostgres("10000-01-01 00:00:00+00")).isNull();
        assertThat(IsoInstant.fromPostgres("2026-11-24 10:00:00.1234567+00")).isNull();
        assertThat(IsoInstant.fromPostgres("2026-11-24T10:00:00+00")).isNull();
        assertThat(IsoInstant.fromPostgres("2026-11-24 10:00:00.+00")).isNull();
        assertThat(IsoInstant.fromPostgres(null)).isNull();
        assertThat(IsoInstant.fromPostgres("2026-11-24 10:00:00.5+00")).isEqualTo("2026-11-24T10:00:00.500Z");
    }
}
