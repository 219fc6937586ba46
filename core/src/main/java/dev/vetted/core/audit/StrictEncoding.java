package dev.vetted.core.audit;

import java.util.Base64;
import java.util.HexFormat;

/**
 * Decoding that accepts exactly one spelling of each value. Base64 leaves spare bits in its last
 * character and hex has two cases; a lenient decoder would let such a byte change unnoticed,
 * and a tamper-evident export must notice every change.
 */
final class StrictEncoding {

    private StrictEncoding() {
    }

    static byte[] base64(String text) {
        byte[] bytes = Base64.getDecoder().decode(text);
        if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
            throw new IllegalArgumentException("'" + text + "' is not canonical base64 (RFC 4648, padded, spare bits zero)");
        }
        return bytes;
    }

    static byte[] hex(String text) {
        byte[] bytes = HexFormat.of().parseHex(text);
        if (!HexFormat.of().formatHex(bytes).equals(text)) {
            throw new IllegalArgumentException("'" + text + "' is not lower-case hex");
        }
        return bytes;
    }
}
