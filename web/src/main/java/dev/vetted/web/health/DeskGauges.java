package dev.vetted.web.health;

import dev.vetted.web.live.DeskChanges;
import dev.vetted.workflow.engine.Engine;
import dev.vetted.workflow.zeebe.ZeebeGateway;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * The desk's own gauges beside Quarkus's HTTP, pool and JVM metrics at /q/metrics: what waits in
 * the outbox for the engine (and for how long), the desk pages following live changes, and, with
 * the embedded engine, its instances, jobs (all and activatable) and incidents. Each is read
 * when scraped; a reading that fails is NaN, never an error.
 */
@ApplicationScoped
public class DeskGauges {

    private static final Logger LOG = Logger.getLogger(DeskGauges.class);

    private final MeterRegistry registry;
    private final AgroalDataSource dataSource;
    private final ZeebeGateway gateway;
    private final DeskChanges changes;

    public DeskGauges(MeterRegistry registry, AgroalDataSource dataSource, ZeebeGateway gateway, DeskChanges changes) {
        this.registry = registry;
        this.dataSource = dataSource;
        this.gateway = gateway;
        this.changes = changes;
    }

    void register(@Observes StartupEvent started) {
        gauge("vetted.outbox.pending", "Messages for the engine not yet delivered", d -> outbox("count(*)"));
        gauge("vetted.outbox.oldest.age.seconds", "Age of the oldest undelivered message for the engine",
                d -> outbox("coalesce(extract(epoch from now() - min(created_at)), 0)"));
        gauge("vetted.sse.streams", "Desk pages following live changes from this process", d -> changes.openStreams());
        gateway.embeddedEngine().ifPresent(engine -> {
            gauge("vetted.engine.instances", "Active process instances in the embedded engine", d -> engineStat(engine, "instances"));
            gauge("vetted.engine.jobs", "Jobs in the embedded engine (activatable, activated or waiting)", d -> engineStat(engine, "jobs"));
            gauge("vetted.engine.jobs.activatable", "Jobs waiting for a worker to take them", d -> engineStat(engine, "activatable"));
            gauge("vetted.engine.incidents", "Open incidents in the embedded engine", d -> engineStat(engine, "incidents"));
        });
    }

    private void gauge(String name, String description, ToDoubleFunction<DeskGauges> reading) {
        Gauge.builder(name, this, reading).description(description).strongReference(true).register(registry);
    }

    private double outbox(String what) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select " + what + " from outbox_message where sent_at is null")) {
            return rs.next() ? rs.getDouble(1) : Double.NaN;
        } catch (Exception e) {
            LOG.debugf("outbox gauge not read: %s", e.getMessage());
            return Double.NaN;
        }
    }

    private static double engineStat(Engine engine, String name) {
        try {
            Map<String, Integer> stats = engine.stats().get(2, TimeUnit.SECONDS);
            return stats.getOrDefault(name, 0);
        } catch (Exception e) {
            return Double.NaN;
        }
    }
}
