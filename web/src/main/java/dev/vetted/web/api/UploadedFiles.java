package dev.vetted.web.api;

import dev.vetted.core.common.TooLargeException;
import dev.vetted.core.page.HtmlArticles;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The bytes of an uploaded file, read from where the HTTP layer spooled it, never more than a page may be. */
public final class UploadedFiles {

    private UploadedFiles() {
    }

    public static byte[] bytes(FileUpload file) {
        try {
            long size = Files.size(file.uploadedFile());
            if (size > HtmlArticles.MAX_BYTES) {
                throw new TooLargeException("the file is " + size + " bytes; at most " + HtmlArticles.MAX_BYTES + " bytes (10 MB) are read");
            }
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file could not be read back", e);
        }
    }
}
