package dev.vetted.deploy;

import dev.vetted.core.page.HtmlArticles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * `./vetted bench pages [DIR]`: pages per second on one thread (one core) for reading an article
 * out of a page: parsing, metadata and body. The pages are {@link BenchPages}, or every
 * {@code .html} file in DIR when one is given (saved pages of your own).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PageExtractionBenchmark {

    List<byte[]> pages;
    int next;

    @Setup
    public void load() throws IOException {
        pages = pages(System.getProperty("vetted.bench.pages", ""));
    }

    static List<byte[]> pages(String dir) throws IOException {
        if (dir.isBlank()) return BenchPages.all();
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().map(p -> {
                try {
                    return Files.readAllBytes(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    /** One page per operation, the pages in turn, so every kind counts alike. */
    @Benchmark
    public int readPage() {
        byte[] page = pages.get(next++ % pages.size());
        try {
            return HtmlArticles.read(page, null, "https://post.example.org/story").text().length();
        } catch (RuntimeException noArticle) {
            return 0; // a saved page with no article still costs its parse
        }
    }

    public static void main(String[] args) throws Exception {
        String dir = args.length > 0 ? Path.of(args[0]).toAbsolutePath().toString() : "";
        List<byte[]> pages = pages(dir);
        long bytes = pages.stream().mapToLong(p -> p.length).sum();
        var options = new org.openjdk.jmh.runner.options.OptionsBuilder()
                .include(PageExtractionBenchmark.class.getSimpleName())
                .jvmArgsAppend("-Dvetted.bench.pages=" + dir)
                .build();
        for (var r : new org.openjdk.jmh.runner.Runner(options).run()) {
            double score = r.getPrimaryResult().getScore();
            double err = r.getPrimaryResult().getScoreError();
            System.out.printf("pages: %.0f ± %.0f pages/s on one thread, %d pages of %.0f KB on average (%s) = %.1f MB/s%n",
                    score, err, pages.size(), bytes / 1024.0 / pages.size(), dir.isBlank() ? "the benchmark's own" : dir,
                    score * bytes / pages.size() / 1e6);
        }
    }
}
