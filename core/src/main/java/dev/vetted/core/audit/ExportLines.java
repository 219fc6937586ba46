package dev.vetted.core.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writing export files: canonical JSON lines, the closing checkpoint line, CSV cells. */
final class ExportLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportLines() {
    }

    static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    static void line(Writer w, ObjectNode event) {
        try {
            w.write(CanonicalJson.of(event));
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void finish(Writer w, String note) {
        ObjectNode last = JSON.createObjectNode();
        last.put("checkpoint", note);
        line(w, last);
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    static String csv(String s) {
        if (s == null) return "";
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
