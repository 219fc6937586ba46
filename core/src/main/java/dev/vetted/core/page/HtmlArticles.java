package dev.vetted.core.page;

import dev.vetted.core.common.InvalidInputException;
import dev.vetted.core.common.TooLargeException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * From the bytes of an HTML page to its article: the charset from the HTTP header, else the
 * byte-order mark or {@code <meta charset>} (jsoup reads those two), then the metadata
 * ({@link PageMetadata}) and the body ({@link MainText}). Parsing is jsoup's (MIT licence).
 */
public final class HtmlArticles {

    /** Pages larger than this are refused: no article is, and it bounds time and memory. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private HtmlArticles() {
    }

    /**
     * @param charset the charset the server named, or null
     * @param url     the address the page came from, or null (resolves relative links)
     */
    public static PageArticle read(byte[] html, String charset, String url) {
        if (html.length > MAX_BYTES) {
            throw new TooLargeException("the page is " + html.length + " bytes; at most " + MAX_BYTES + " bytes (10 MB) are read");
        }
        if (html.length == 0) throw new InvalidInputException("html", "is empty");
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html), charsetName(charset), url == null ? "" : url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PageMetadata meta = PageMetadata.of(doc);
        String text = MainText.of(doc, meta.title());
        if (text.isBlank()) throw new InvalidInputException("html", "holds no article text that could be found");
        return new PageArticle(meta.title(), meta.authors(), meta.publishedAt(), meta.outlet(), meta.language(),
                meta.canonicalUrl(), text);
    }

    private static String charsetName(String charset) {
        if (charset == null || charset.isBlank()) return null;
        try {
            return Charset.forName(charset.strip()).name();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidInputException("charset", "'" + dev.vetted.core.common.Text.shown(charset) + "' is not a character set this server knows");
        }
    }
}
