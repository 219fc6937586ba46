package dev.vetted.core.page;

import dev.vetted.core.common.InvalidInputException;
import dev.vetted.core.common.TooLargeException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an uploaded saved page must be: HTML by its bytes, not only by its name. */
class UploadedPageTest {

    static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    static final byte[] PAGE = "<!doctype html><html><body><p>Text.</p></body></html>".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSavedPageIsTakenWithItsHashAndName() {
        UploadedPage page = UploadedPage.of("C:\\Users\\jo\\Downloads\\story.html", "text/html", PAGE, AT);
        assertThat(page.fileName()).isEqualTo("story.html");
        assertThat(page.sha256()).hasSize(64).isEqualTo(PageFetcher.sha256(PAGE));
        assertThat(page.contentType()).isEqualTo("text/html");
        assertThat(page.receivedAt()).isEqualTo(AT);
        // browsers often send no type, or octet-stream, for a saved page
        assertThat(UploadedPage.of("story.htm", null, PAGE, AT).contentType()).isEqualTo("text/html");
        assertThat(UploadedPage.of("story", "application/octet-stream", PAGE, AT).contentType()).isEqualTo("text/html");
        assertThat(UploadedPage.of("s.xhtml", "application/xhtml+xml", PAGE, AT).contentType()).isEqualTo("application/xhtml+xml");
    }

    @Test
    void aFileNameIsItsLastSegmentWithoutControlCharacters() {
        assertThat(UploadedPage.name("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadedPage.name("a\u0000b\r\n.html")).isEqualTo("ab.html");
        assertThat(UploadedPage.name(null)).isEqualTo("page.html");
        assertThat(UploadedPage.name("dir/")).isEqualTo("page.html");
        assertThat(UploadedPage.name("x".repeat(400))).hasSize(255);
    }

    @Test
    void whatIsNotHtmlIsRefusedByItsBytesWhateverItsName() {
        assertThatThrownBy(() -> UploadedPage.of("story.html", "text/html", "%PDF-1.7 ...".getBytes(StandardCharsets.ISO_8859_1), AT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("PDF");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        assertThatThrownBy(() -> UploadedPage.of("story.html", null, png, AT)).hasMessageContaining("PNG image");
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0};
        assertThatThrownBy(() -> UploadedPage.of("story.html", null, jpeg, AT)).hasMessageContaining("JPEG");
        assertThatThrownBy(() -> UploadedPage.of("story.docx", null, "PK\u0003\u0004rest".getBytes(StandardCharsets.ISO_8859_1), AT))
                .hasMessageContaining("zip");
        assertThatThrownBy(() -> UploadedPage.of("notes.txt", "text/plain", "Just some words.".getBytes(StandardCharsets.UTF_8), AT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no HTML");
        assertThatThrownBy(() -> UploadedPage.of("page.html", "application/json", PAGE, AT)).hasMessageContaining("application/json");
        assertThatThrownBy(() -> UploadedPage.of("page.html", "text/html", new byte[0], AT)).hasMessageContaining("empty");
        assertThatThrownBy(() -> UploadedPage.of("page.html", "text/html", new byte[HtmlArticles.MAX_BYTES + 1], AT))
                .isInstanceOf(TooLargeException.class).hasMessageContaining("10 MB");
    }

    @Test
    void markupIsFoundAfterAByteOrderMarkInUtf8AndUtf16() {
        byte[] utf8 = ("\uFEFF  <html><p>x</p></html>").getBytes(StandardCharsets.UTF_8);
        assertThat(UploadedPage.looksLikeMarkup(utf8)).isTrue();
        byte[] utf16 = ("\uFEFF<html><p>x</p></html>").getBytes(StandardCharsets.UTF_16LE);
        assertThat(UploadedPage.looksLikeMarkup(utf16)).isTrue();
        assertThat(UploadedPage.looksLikeMarkup("a < b and c > d".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
