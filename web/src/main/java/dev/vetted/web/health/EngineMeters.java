package dev.vetted.web.health;

import dev.vetted.workflow.engine.BatchObserver;
import dev.vetted.workflow.zeebe.ZeebeGateway;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.concurrent.TimeUnit;

/**
 * What the embedded engine's thread does, batch by batch: commands processed (a counter, so
 * commands per second is its rate), commands per batch, the time to apply a batch and to commit
 * it to PostgreSQL, and batches that could not be stored. Nothing is registered when the desk
 * uses an external gateway.
 */
@ApplicationScoped
public class EngineMeters {

    private final MeterRegistry registry;
    private final ZeebeGateway gateway;

    public EngineMeters(MeterRegistry registry, ZeebeGateway gateway) {
        this.registry = registry;
        this.gateway = gateway;
    }

    void register(@Observes StartupEvent started) {
        gateway.embeddedEngine().ifPresent(engine -> {
            Counter commands = Counter.builder("vetted.engine.commands")
                    .description("Commands the embedded engine processed").register(registry);
            Counter unstored = Counter.builder("vetted.engine.batches.unstored")
                    .description("Batches the engine could not store (answered UNAVAILABLE, state reloaded)").register(registry);
            DistributionSummary size = DistributionSummary.builder("vetted.engine.batch.size")
                    .description("Commands per batch of the engine's thread").publishPercentiles(0.5, 0.99).register(registry);
            Timer apply = Timer.builder("vetted.engine.batch.apply")
                    .description("Time to apply a batch to the engine's state").publishPercentiles(0.5, 0.99).register(registry);
            Timer commit = Timer.builder("vetted.engine.batch.commit")
                    .description("Time to write a batch's changes to PostgreSQL in one transaction")
                    .publishPercentiles(0.5, 0.99).register(registry);
            engine.observeBatches(batch -> record(batch, commands, unstored, size, apply, commit));
        });
    }

    private static void record(BatchObserver.Batch batch, Counter commands, Counter unstored, DistributionSummary size,
                               Timer apply, Timer commit) {
        if (batch.commands() > 0) {
            commands.increment(batch.commands());
            size.record(batch.commands());
        }
        apply.record(batch.applyNanos(), TimeUnit.NANOSECONDS);
        if (batch.commitNanos() > 0) commit.record(batch.commitNanos(), TimeUnit.NANOSECONDS);
        if (!batch.stored()) unstored.increment();
    }
}
