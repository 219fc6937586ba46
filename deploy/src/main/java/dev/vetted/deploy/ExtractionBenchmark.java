package dev.vetted.deploy;

import dev.vetted.core.extract.ClaimExtractor;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * `./vetted bench extract`: extraction on one thread. Throughput on the seed article (about
 * 4.4 KB; multiply operations per second by its size for bytes per second, the runner prints
 * both), and the time for one 10 KB article (the seed's paragraphs repeated to 10,240 bytes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {

    String article;
    String tenKilobytes;
    int bytes;
    final ClaimExtractor extractor = new ClaimExtractor();

    @Setup
    public void load() throws IOException {
        article = Files.readString(Path.of(System.getProperty("vetted.bench.article", "deploy/seed/article.txt")));
        bytes = article.getBytes(StandardCharsets.UTF_8).length;
        tenKilobytes = tenKilobytes(article);
    }

    /** Whole paragraphs of the article, repeated until the text holds 10,240 bytes. */
    static String tenKilobytes(String article) {
        String[] paragraphs = article.split("\n\\s*\n");
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.toString().getBytes(StandardCharsets.UTF_8).length < 10_240; i++) {
            b.append(paragraphs[i % paragraphs.length].strip()).append("\n\n");
        }
        return b.toString();
    }

    @Benchmark
    public int extractSeedArticle() {
        return extractor.extract(article).size();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int extractTenKilobyteArticle() {
        return extractor.extract(tenKilobytes).size();
    }

    public static void main(String[] args) throws Exception {
        var options = new org.openjdk.jmh.runner.options.OptionsBuilder()
                .include(ExtractionBenchmark.class.getSimpleName())
                .jvmArgsAppend("-Dvetted.bench.article=" + Path.of(System.getProperty("vetted.bench.article",
                        "deploy/seed/article.txt")).toAbsolutePath())
                .build();
        var results = new org.openjdk.jmh.runner.Runner(options).run();
        int size = Files.readString(Path.of(System.getProperty("vetted.bench.article", "deploy/seed/article.txt")))
                .getBytes(StandardCharsets.UTF_8).length;
        for (var r : results) {
            double score = r.getPrimaryResult().getScore();
            double err = r.getPrimaryResult().getScoreError();
            if (r.getParams().getBenchmark().endsWith("extractTenKilobyteArticle")) {
                System.out.printf("extraction: %.1f ± %.1f ms per 10 KB article on one thread%n", score, err);
            } else {
                System.out.printf("extraction: %.0f ± %.0f articles/s of %d bytes = %.2f ± %.2f MB/s on one thread%n",
                        score, err, size, score * size / 1e6, err * size / 1e6);
            }
        }
    }
}
