package dev.vetted.web.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Query parameters are checked before anything reads them: broken percent-encoding, bytes that
 * are not UTF-8, and the NUL character (which no search or filter means, and PostgreSQL refuses)
 * are a 400 naming the parameter, instead of failing deep inside a query.
 */
public class QueryStringCheck {

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String raw = request.getUriInfo().getRequestUri().getRawQuery();
        if (raw == null || raw.isEmpty()) return null;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String problem = problem(pair);
            if (problem != null) {
                String shown = decodedOrRaw(name);
                return Problem.of("bad-query", "Malformed query parameter", 400,
                        "The query parameter '" + dev.vetted.core.common.Text.shown(shown) + "' " + problem + ".",
                        request.getUriInfo().getPath()).withErrors(java.util.List.of(
                        new dev.vetted.core.common.InvalidInputException.FieldError(shown, problem))).toResponse();
            }
        }
        return null;
    }

    /** Why a raw name=value pair cannot be read, or null when it can. */
    static String problem(String raw) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return "is not properly percent-encoded (a % must be followed by two hex digits)";
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c < 128) {
                bytes.write(c == '+' ? ' ' : c);
            } else {
                int cp = raw.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp) - 1;
            }
        }
        byte[] b = bytes.toByteArray();
        for (byte x : b) if (x == 0) return "holds the NUL character (%00), which no value may hold";
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
        } catch (CharacterCodingException e) {
            return "is not valid UTF-8 once decoded";
        }
        return null;
    }

    private static String decodedOrRaw(String name) {
        try {
            return java.net.URLDecoder.decode(name, StandardCharsets.UTF_8).replace("\u0000", "");
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
