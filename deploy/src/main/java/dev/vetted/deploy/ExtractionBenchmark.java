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
 * `./vetted bench extract`: extraction throughput on one thread. The seed article is about
 * 4.4 KB; multiply operations per second by {@link #bytes} for bytes per second (the runner
 * prints both).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {

    String article;
    int bytes;
    final ClaimExtractor extractor = new ClaimExtractor();

    @Setup
    public void load() throws IOException {
        article = Files.readString(Path.of(System.getProperty("vetted.bench.article", "deploy/seed/article.txt")));
        bytes = article.getBytes(StandardCharsets.UTF_8).length;
    }

    @Benchmark
    public int extractSeedArticle() {
        return extractor.extract(article).size();
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
            double ops = r.getPrimaryResult().getScore();
            double err = r.getPrimaryResult().getScoreError();
            System.out.printf("extraction: %.0f ± %.0f articles/s of %d bytes = %.2f ± %.2f MB/s on one thread%n",
                    ops, err, size, ops * size / 1e6, err * size / 1e6);
        }
    }
}
