package dev.vetted.core.audit;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Strings are escaped as RFC 8785 says, whatever mix of plain runs and escapes they hold. */
class CanonicalStringTest {

    /** RFC 8785 section 3.2.2.2, character by character: the reference the fast escaper must match. */
    static String reference(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    @Test
    void escapesMatchTheReferenceForRandomText() {
        char[] alphabet = "ab \"\\\b\f\n\r\t\u0000\u001f\u007f é€\ud83d\ude00/".toCharArray();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(0, 24); n > 0; n--) s.append(alphabet[random.nextInt(alphabet.length)]);
            StringBuilder out = new StringBuilder();
            CanonicalJson.string(s.toString(), out);
            assertThat(out.toString()).isEqualTo(reference(s.toString()));
        }
    }
}
