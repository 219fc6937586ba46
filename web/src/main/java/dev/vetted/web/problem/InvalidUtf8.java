package dev.vetted.web.problem;

import com.fasterxml.jackson.core.JsonParseException;

/** A body that is not well-formed UTF-8, found before Jackson reads it (see the strict JSON reading). */
public final class InvalidUtf8 extends JsonParseException {

    static final String DETAIL = "The body is not valid UTF-8 (an invalid, overlong or truncated byte sequence); send it as UTF-8.";

    public InvalidUtf8() {
        super(null, DETAIL);
    }
}
