package dev.vetted.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a model file that ships on the class path; a missing or broken one is a build fault, said plainly. */
final class Models {

    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private Models() {
    }

    static <T> T load(String resource, String what, Reader<T> reader) {
        try (InputStream in = Models.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the " + what + " " + resource + " is not on the class path");
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the " + what + " " + resource + " could not be read", e);
        }
    }
}
