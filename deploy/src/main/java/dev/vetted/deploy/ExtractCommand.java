package dev.vetted.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vetted.core.common.DomainException;
import dev.vetted.core.extract.ArticleFile;
import dev.vetted.core.extract.ClaimExtractor;
import dev.vetted.core.extract.Extraction;
import dev.vetted.core.extract.SuggestedClaim;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * `./vetted extract FILE...`: one JSON document per file, on its own line, with the claims and
 * who each is attributed to. Offsets count Unicode code points of the file's text, so that any
 * language indexes the same characters. A file that cannot be read gets a one-line error on
 * stderr; the exit code is 1 if any file failed.
 */
public final class ExtractCommand {

    private ExtractCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("vetted extract: name one or more article files, e.g. ./vetted extract article.txt");
            return 2;
        }
        ObjectMapper json = new ObjectMapper();
        ClaimExtractor extractor = new ClaimExtractor();
        int failures = 0;
        for (String name : args) {
            try {
                Path file = Path.of(name);
                if (Files.isDirectory(file)) throw new IOException("is a folder, not a file");
                long size = Files.size(file);
                if (size > ArticleFile.MAX_BYTES) {
                    throw new IOException("is " + size + " bytes; at most " + ArticleFile.MAX_BYTES + " bytes (16 MiB) are read");
                }
                String text = ArticleFile.decode(Files.readAllBytes(file));
                Extraction extraction = extractor.analyse(text);
                ObjectNode doc = json.createObjectNode();
                doc.put("file", name);
                doc.put("language", extraction.language());
                ArrayNode claims = doc.putArray("claims");
                if (!extraction.handled()) {
                    err.println("vetted extract: " + name + ": the text is in language '" + extraction.language()
                            + "'; claims are suggested for English (en) only");
                }
                for (SuggestedClaim c : extraction.claims()) {
                    ObjectNode claim = claims.addObject();
                    claim.put("text", c.text());
                    claim.put("speaker", c.speaker());
                    claim.put("speakerKind", c.speakerKind());
                    claim.put("speakerRole", c.speakerRole());
                    claim.put("quote", c.quote());
                    claim.put("start", text.codePointCount(0, c.start()));
                    claim.put("end", text.codePointCount(0, c.end()));
                    claim.put("checkworthiness", c.checkworthiness());
                }
                out.println(json.writeValueAsString(doc));
            } catch (NoSuchFileException e) {
                failures++;
                err.println("vetted extract: " + name + ": no such file");
            } catch (DomainException e) {
                failures++;
                err.println("vetted extract: " + name + ": " + e.getMessage().replaceFirst("^text: ", ""));
            } catch (IOException | RuntimeException e) {
                failures++;
                err.println("vetted extract: " + name + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

}
