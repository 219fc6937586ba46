package dev.vetted.core.extract;

import dev.vetted.core.common.InvalidInputException;
import dev.vetted.core.common.TooLargeException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an article (a file, an upload) into text, or says in one line why not:
 * empty, binary, not UTF-8, or too large.
 */
public final class ArticleFile {

    /** Far more than any article; a larger input is a mistake, and refusing it bounds time and memory. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private ArticleFile() {
    }

    public static String decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new TooLargeException("the text is " + bytes.length + " bytes; at most " + MAX_BYTES
                    + " bytes (16 MiB) are read");
        }
        if (bytes.length == 0) throw new InvalidInputException("text", "is empty");
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) throw new InvalidInputException("text", "looks like a binary file (it contains NUL bytes), not article text");
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') controls++;
        }
        if (controls > Math.max(8, bytes.length / 100)) {
            throw new InvalidInputException("text", "looks like a binary file (" + controls + " control bytes), not article text");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("text", "is not UTF-8 text (first bad byte near offset "
                    + firstInvalid(bytes) + "); save the article as UTF-8 and try again");
        }
        if (text.isBlank()) throw new InvalidInputException("text", "holds only white space");
        return text;
    }

    private static int firstInvalid(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int low = 0;
        int high = bytes.length;
        // the longest prefix that decodes ends just before the first bad byte (give or take a partial character)
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, 0, mid));
                low = mid;
            } catch (CharacterCodingException e) {
                high = mid - 1;
            }
        }
        return low;
    }
}
