package dev.vetted.web.json;

import dev.vetted.web.problem.InvalidUtf8;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks a JSON body is well-formed UTF-8 before Jackson reads it. Jackson's fast decoder takes
 * an overlong form ({@code C0 AF} for "/") as the character it spells, which lets a filter that
 * looks for one byte be walked around; the JDK's decoder refuses overlong forms, encoded
 * surrogates and truncated sequences. Bodies are bounded by the HTTP limit, so reading one whole is fine.
 */
final class StrictUtf8 extends InputDecorator {

    @Override
    public InputStream decorate(IOContext ctxt, InputStream in) throws IOException {
        byte[] body = in.readAllBytes();
        check(body, 0, body.length);
        return new ByteArrayInputStream(body);
    }

    @Override
    public InputStream decorate(IOContext ctxt, byte[] src, int offset, int length) throws IOException {
        check(src, offset, length);
        return null; // read the array as it is
    }

    @Override
    public Reader decorate(IOContext ctxt, Reader r) {
        return null; // already characters
    }

    static void check(byte[] bytes, int offset, int length) throws InvalidUtf8 {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, length));
        } catch (CharacterCodingException e) {
            throw new InvalidUtf8();
        }
    }
}
