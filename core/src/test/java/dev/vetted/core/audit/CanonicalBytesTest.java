package dev.vetted.core.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The byte-level writer of the export writes exactly what the general canonicaliser writes. */
class CanonicalBytesTest {

    private static final char[] ALPHABET = "aZ09 \"\\\b\f\n\r\t\u0001\u001f\u007f é€ü\ud83d\ude00/:{}".toCharArray();

    private static String text(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(0, 20); n > 0; n--) {
            char c = ALPHABET[random.nextInt(ALPHABET.length)];
            if (Character.isHighSurrogate(c)) s.append("\ud83d\ude00");
            else if (!Character.isLowSurrogate(c)) s.append(c);
        }
        return s.toString();
    }

    @Test
    void matchesTheGeneralFormForRandomEvents() {
        SplittableRandom random = new SplittableRandom(3);
        CanonicalBytes writer = new CanonicalBytes();
        for (int i = 0; i < 20_000; i++) {
            String claim = random.nextBoolean() ? null : java.util.UUID.randomUUID().toString();
            String data = CanonicalJson.of(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                    .put("comment", text(random)).put("decision", "CORRECT"));
            var row = new AuditRow(random.nextLong(1, 1L << 53), // sequence numbers stay within JSON's exact integers
                    "2026-11-24T10:00:00.123400Z", text(random),
                    text(random), text(random), claim, data);
            byte[] fast = writer.event(row.seq(), row.at(), utf8(row.subject()), utf8(row.username()), utf8(row.action()),
                    claim == null ? null : utf8(claim), utf8(data));
            assertThat(new String(fast, StandardCharsets.UTF_8)).isEqualTo(CanonicalJson.of(row.event()));
        }
    }

    @Test
    void dataThatIsNotStoredCanonicalIsLeftToTheSlowPath() {
        CanonicalBytes writer = new CanonicalBytes();
        assertThat(writer.event(1, "2026-11-24T10:00:00Z", utf8("s"), utf8("u"), utf8("a"), null, utf8("[1]"))).isNull();
        assertThat(writer.event(1, "2026-11-24T10:00:00Z", utf8("s"), utf8("u"), utf8("a"), null, utf8("{\n}"))).isNull();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
