package dev.vetted.web.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;

/**
 * A JSON string as the desk stores it: text only (a number or boolean is a wrong type, see
 * {@link StrictJson}), and without what PostgreSQL's text cannot hold or would turn into "?":
 * the NUL character and a surrogate without its pair (a JSON escape such as {@code "\ud800"}).
 */
final class StoredText extends StdScalarDeserializer<String> {

    StoredText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        String text = p.getText();
        String problem = problem(text);
        if (problem != null) throw new InvalidFormatException(p, problem, text, String.class);
        return text;
    }

    static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) return "the text holds the NUL character (U+0000), which cannot be stored";
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "the text holds half of a surrogate pair (U+" + Integer.toHexString(c).toUpperCase() + "), which is no character";
            }
            if (Character.isLowSurrogate(c)) {
                return "the text holds half of a surrogate pair (U+" + Integer.toHexString(c).toUpperCase() + "), which is no character";
            }
        }
        return null;
    }
}
