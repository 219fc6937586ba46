package dev.vetted.core.audit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An event's canonical form (RFC 8785) written straight from the UTF-8 bytes of its columns, the
 * same bytes {@code CanonicalJson} writes for the parsed event: JCS escapes only the quote, the
 * backslash and control characters, all ASCII, so the bytes of other characters pass through as
 * they are. One instance is reused for every row.
 */
final class CanonicalBytes {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ACTION = bytes("{\"action\":");
    private static final byte[] SUBJECT = bytes(",\"actor\":{\"subject\":");
    private static final byte[] USERNAME = bytes(",\"username\":");
    private static final byte[] AT = bytes("},\"at\":");
    private static final byte[] CLAIM = bytes(",\"claimId\":");
    private static final byte[] NULL = bytes("null");
    private static final byte[] DATA = bytes(",\"data\":");
    private static final byte[] SEQ = bytes(",\"seq\":");

    private byte[] buf = new byte[1024];
    private int len;

    /**
     * The event's canonical bytes, or null when its data is not the canonical JSON that AuditLog
     * stores (the caller then takes the slower path that parses it).
     */
    byte[] event(long seq, String at, byte[] subject, byte[] username, byte[] action, byte[] claimId, byte[] data) {
        if (data == null || data.length == 0 || data[0] != '{' || contains(data, (byte) '\n')) return null;
        len = 0;
        put(ACTION);
        string(action);
        put(SUBJECT);
        string(subject);
        put(USERNAME);
        string(username);
        put(AT);
        string(at.getBytes(StandardCharsets.US_ASCII));
        put(CLAIM);
        if (claimId == null) put(NULL);
        else string(claimId);
        put(DATA);
        put(data);
        put(SEQ);
        put(Long.toString(seq).getBytes(StandardCharsets.US_ASCII));
        put((byte) '}');
        return Arrays.copyOf(buf, len);
    }

    private void string(byte[] utf8) {
        put((byte) '"');
        int run = 0;
        for (int i = 0; i < utf8.length; i++) {
            int b = utf8[i] & 0xff;
            if (b >= 0x20 && b != '"' && b != '\\') continue;
            put(utf8, run, i - run);
            escape(b);
            run = i + 1;
        }
        put(utf8, run, utf8.length - run);
        put((byte) '"');
    }

    private void escape(int b) {
        switch (b) {
            case '"' -> put(bytes("\\\""));
            case '\\' -> put(bytes("\\\\"));
            case '\b' -> put(bytes("\\b"));
            case '\f' -> put(bytes("\\f"));
            case '\n' -> put(bytes("\\n"));
            case '\r' -> put(bytes("\\r"));
            case '\t' -> put(bytes("\\t"));
            default -> put(new byte[]{'\\', 'u', '0', '0', HEX[b >> 4], HEX[b & 0xf]});
        }
    }

    private void put(byte b) {
        if (len == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
        buf[len++] = b;
    }

    private void put(byte[] b) {
        put(b, 0, b.length);
    }

    private void put(byte[] b, int from, int count) {
        if (len + count > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + count));
        System.arraycopy(b, from, buf, len, count);
        len += count;
    }

    private static boolean contains(byte[] data, byte b) {
        for (byte d : data) if (d == b) return true;
        return false;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
