package dev.vetted.core.page;

import dev.vetted.core.common.InvalidInputException;
import dev.vetted.core.common.TooLargeException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * A saved web page a fact-checker uploaded: its file name, bytes and their SHA-256, and when it
 * arrived. Only HTML is taken. A browser's declared type for a file is a guess from its name, so
 * the bytes themselves are looked at too: a PDF or an image renamed {@code .html} is refused.
 */
public record UploadedPage(String fileName, String contentType, byte[] bytes, String sha256, Instant receivedAt) {

    static final int MAX_FILE_NAME = 255;

    public static UploadedPage of(String fileName, String declaredType, byte[] bytes, Instant receivedAt) {
        if (bytes == null || bytes.length == 0) throw new InvalidInputException("file", "is empty; choose the saved page (.html)");
        if (bytes.length > HtmlArticles.MAX_BYTES) {
            throw new TooLargeException("the file is " + bytes.length + " bytes; at most " + HtmlArticles.MAX_BYTES + " bytes (10 MB) are read");
        }
        String mime = declaredType == null ? "" : declaredType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        String binary = binaryKind(bytes);
        if (binary != null) throw new InvalidInputException("file", "is " + binary + ", not HTML; upload the page saved as .html");
        if (!mime.isEmpty() && !mime.equals("text/html") && !mime.equals("application/xhtml+xml")
                && !mime.equals("application/octet-stream") && !mime.equals("text/plain")) {
            throw new InvalidInputException("file", "is " + mime + ", not HTML; upload the page saved as .html");
        }
        if (!looksLikeMarkup(bytes)) throw new InvalidInputException("file", "holds no HTML; upload the page saved as .html");
        return new UploadedPage(name(fileName), mime.equals("application/xhtml+xml") ? mime : "text/html", bytes,
                PageFetcher.sha256(bytes), receivedAt);
    }

    /** Only the last path segment, without control characters, cut to the column: it is shown and recorded, never used as a path. */
    static String name(String fileName) {
        if (fileName == null) return "page.html";
        String last = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        String clean = last.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (clean.isEmpty()) return "page.html";
        return clean.length() <= MAX_FILE_NAME ? clean : clean.substring(0, MAX_FILE_NAME);
    }

    /** The formats most often uploaded by mistake, by their first bytes. */
    static String binaryKind(byte[] b) {
        if (starts(b, "%PDF")) return "a PDF document";
        if (starts(b, "\u0089PNG")) return "a PNG image";
        if (starts(b, "GIF8")) return "a GIF image";
        if (b.length > 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) return "a JPEG image";
        if (starts(b, "PK\u0003\u0004")) return "a zip archive (a Word or OpenDocument file is one)";
        if (starts(b, "RIFF")) return "a media file";
        return null;
    }

    /** Markup within the first kilobyte, after a byte-order mark and white space: a tag or a doctype. */
    static boolean looksLikeMarkup(byte[] b) {
        int limit = Math.min(b.length, 1024);
        String head = new String(b, 0, limit, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.length() > 1 && (head.charAt(0) == 0xfe && head.charAt(1) == 0xff || head.charAt(0) == 0xff && head.charAt(1) == 0xfe)) {
            head = new String(b, 0, limit, head.charAt(0) == 0xfe ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE).toLowerCase(Locale.ROOT);
        }
        return head.contains("<html") || head.contains("<!doctype") || head.contains("<head") || head.contains("<body")
                || head.contains("<meta") || head.contains("<title") || head.contains("<article") || head.contains("<p>")
                || head.contains("<p ") || head.contains("<div");
    }

    private static boolean starts(byte[] b, String magic) {
        if (b.length < magic.length()) return false;
        for (int i = 0; i < magic.length(); i++) if ((b[i] & 0xff) != magic.charAt(i)) return false;
        return true;
    }
}
