package dev.vetted.core.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 (JSON Canonicalization Scheme): object members sorted by their names' UTF-16 code
 * units, no white space, strings with the minimal escaping of ECMAScript's JSON.stringify, and
 * numbers in ECMAScript's shortest form. Audit leaf hashes are computed over these bytes.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String of(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case NULL, MISSING -> out.append("null");
            case BOOLEAN -> out.append(node.booleanValue());
            case STRING -> string(node.textValue(), out);
            case NUMBER -> out.append(number(node));
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) out.append(',');
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case OBJECT -> {
                List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) members.add(it.next());
                // String.compareTo compares UTF-16 code units, exactly what RFC 8785 asks for
                members.sort(Map.Entry.comparingByKey());
                out.append('{');
                for (int i = 0; i < members.size(); i++) {
                    if (i > 0) out.append(',');
                    string(members.get(i).getKey(), out);
                    out.append(':');
                    write(members.get(i).getValue(), out);
                }
                out.append('}');
            }
            default -> throw new IllegalArgumentException("not JSON: " + node.getNodeType());
        }
    }

    static void string(String s, StringBuilder out) {
        out.append('"');
        // most strings need no escape at all: copy the runs between escapes in one go
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            out.append(s, run, i);
            escape(c, out);
            run = i + 1;
        }
        out.append(s, run, s.length());
        out.append('"');
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> out.append(String.format("\\u%04x", (int) c));
        }
    }

    /** ECMAScript Number.prototype.toString for the finite doubles JSON can hold. */
    static String number(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToLong() && Math.abs(node.longValue()) < (1L << 53)) {
            return Long.toString(node.longValue());
        }
        double d = node.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) throw new IllegalArgumentException("JSON has no NaN or Infinity");
        if (d == 0) return "0";
        if (d == Math.rint(d) && Math.abs(d) < 1e21) return new BigDecimal(d).toPlainString();
        // shortest round-tripping digits, then ECMAScript's choice between plain and exponent form
        BigDecimal shortest = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int exponent = digits.length() - shortest.scale(); // value = 0.digits * 10^exponent
        String sign = d < 0 ? "-" : "";
        int k = digits.length();
        if (exponent >= k && exponent <= 21) return sign + digits + "0".repeat(exponent - k);
        if (exponent > 0 && exponent <= 21) return sign + digits.substring(0, exponent) + "." + digits.substring(exponent);
        if (exponent > -6 && exponent <= 0) return sign + "0." + "0".repeat(-exponent) + digits;
        int e = exponent - 1;
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (e < 0 ? "-" : "+") + Math.abs(e);
    }
}
