package dev.vetted.web.health;

import dev.vetted.core.intake.ClaimsSuggested;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.vetted.core.extract.Extraction;

import java.util.function.Supplier;

/**
 * How long suggesting claims takes, at /q/metrics as {@code vetted_extraction_seconds}: tagged
 * {@code source=import} for articles imported (pasted, fetched or uploaded) and
 * {@code source=preview} for texts sent to /api/extract, which stores nothing.
 */
@ApplicationScoped
public class ExtractionMeters {

    private final Timer imports;
    private final Timer previews;

    public ExtractionMeters(MeterRegistry registry) {
        this.imports = timer(registry, "import");
        this.previews = timer(registry, "preview");
    }

    private static Timer timer(MeterRegistry registry, String source) {
        return Timer.builder("vetted.extraction").description("Time the extractor spent suggesting the claims of one text")
                .tag("source", source).publishPercentiles(0.5, 0.99).register(registry);
    }

    void imported(@Observes ClaimsSuggested done) {
        imports.record(done.took());
    }

    /** Runs a preview's extraction and records its time. */
    public Extraction preview(Supplier<Extraction> extraction) {
        return previews.record(extraction);
    }
}
