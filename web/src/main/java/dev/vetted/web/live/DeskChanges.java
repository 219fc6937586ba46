package dev.vetted.web.live;

import dev.vetted.core.live.ChangeAnnouncer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Listens on PostgreSQL for the changes any app process announces and passes them on to the
 * browsers connected to this one. One connection per process, held for as long as it runs;
 * when the database goes away it reconnects by itself.
 */
@ApplicationScoped
public class DeskChanges {

    private static final Logger LOG = Logger.getLogger(DeskChanges.class);

    private final DataSource dataSource;
    private final BroadcastProcessor<String> changes = BroadcastProcessor.create();
    private volatile boolean running;
    private volatile boolean listening;
    private final AtomicInteger open = new AtomicInteger();
    private Thread thread;

    public DeskChanges(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = Thread.ofPlatform().daemon().name("vetted-desk-changes").start(this::listen);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) thread.interrupt();
    }

    /** Every change announced from now on, as its JSON notice; counted as open until the browser goes. */
    public Multi<String> stream() {
        return changes.onSubscription().invoke(open::incrementAndGet)
                .onTermination().invoke(open::decrementAndGet);
    }

    /** How many browsers of this process follow the changes now. */
    public int openStreams() {
        return open.get();
    }

    /** Whether this process currently hears announcements (the database connection is up). */
    public boolean listening() {
        return listening;
    }

    private void listen() {
        long backoff = 250;
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("LISTEN " + ChangeAnnouncer.CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                listening = true;
                backoff = 250;
                while (running) {
                    PGNotification[] received = pg.getNotifications(1000);
                    if (received == null) continue;
                    for (PGNotification n : received) changes.onNext(n.getParameter());
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) return;
                if (listening) LOG.warnf("Lost the change feed (%s); reconnecting", e.getMessage());
                listening = false;
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = Math.min(backoff * 2, 5000);
            }
        }
        listening = false;
    }
}
