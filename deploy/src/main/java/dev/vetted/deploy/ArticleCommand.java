package dev.vetted.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vetted.core.common.DomainException;
import dev.vetted.core.page.FetchedPage;
import dev.vetted.core.page.HtmlArticles;
import dev.vetted.core.page.PageArticle;
import dev.vetted.core.page.PageFetcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * `./vetted article FILE.html...`: one JSON document per saved page, on its own line, with the
 * article's title, authors, date, outlet, language, canonical address and body. A file that
 * cannot be read gets a one-line error on stderr; the exit code is 1 if any input failed. An
 * http or https address is fetched ({@link PageFetcher}); internal addresses are refused unless
 * {@code VETTED_FETCH_ALLOW_INTERNAL=true}.
 */
public final class ArticleCommand {

    private ArticleCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, new PageFetcher("true".equalsIgnoreCase(System.getenv("VETTED_FETCH_ALLOW_INTERNAL"))));
    }

    static int run(String[] args, PrintStream out, PrintStream err, PageFetcher fetcher) {
        if (args.length == 0) {
            err.println("vetted article: name one or more saved pages, e.g. ./vetted article page.html");
            return 2;
        }
        ObjectMapper json = new ObjectMapper();
        int failures = 0;
        for (String name : args) {
            try {
                boolean address = name.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !Files.exists(Path.of(name));
                ObjectNode doc = json.createObjectNode();
                PageArticle a;
                if (address) {
                    FetchedPage page = fetcher.fetch(name);
                    a = HtmlArticles.read(page.bytes(), page.charset(), page.finalUrl());
                    doc.put("url", name);
                } else {
                    Path file = Path.of(name);
                    if (Files.isDirectory(file)) throw new IOException("is a folder, not a file");
                    long size = Files.size(file);
                    if (size > HtmlArticles.MAX_BYTES) {
                        throw new IOException("is " + size + " bytes; at most " + HtmlArticles.MAX_BYTES + " bytes (10 MB) are read");
                    }
                    a = HtmlArticles.read(Files.readAllBytes(file), null, null);
                    doc.put("file", name);
                }
                doc.put("title", a.title());
                ArrayNode authors = doc.putArray("authors");
                a.authors().forEach(authors::add);
                doc.put("publishedAt", a.publishedAt() == null ? null : a.publishedAt().toString());
                doc.put("outlet", a.outlet());
                doc.put("language", a.language());
                doc.put("canonicalUrl", a.canonicalUrl());
                doc.put("text", a.text());
                out.println(json.writeValueAsString(doc));
            } catch (NoSuchFileException e) {
                failures++;
                err.println("vetted article: " + name + ": no such file");
            } catch (DomainException e) {
                failures++;
                err.println("vetted article: " + name + ": " + e.getMessage().replaceFirst("^(html|url|charset): ", ""));
            } catch (IOException | RuntimeException e) {
                failures++;
                err.println("vetted article: " + name + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }
}
