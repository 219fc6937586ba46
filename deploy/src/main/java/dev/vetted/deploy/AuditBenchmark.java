package dev.vetted.deploy;

import dev.vetted.core.audit.AuditKey;
import dev.vetted.core.audit.AuditVerifier;
import dev.vetted.core.audit.Checkpoint;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * `./vetted bench audit [events]`: the whole-trail export of N generated events side by side with
 * PostgreSQL's own COPY ... TO STDOUT of the same table, then `audit verify` of the export, with
 * the peak heap of each step.
 */
public final class AuditBenchmark {

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        DriverLogs.quiet();
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("vetted-audit-bench");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("postgres"), freePort())) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(db.jdbcUrl());
            ds.setUser(db.username());
            ds.setPassword("postgres");
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("insert into audit_event (at, actor_subject, actor_name, action, claim_id, data) "
                        + "select now() + make_interval(secs => g), 'subject-' || (g % 50), 'user' || (g % 50), "
                        + "'task.decided', gen_random_uuid(), "
                        + "'{\"comment\":\"checked against the source\",\"decision\":\"CORRECT\",\"step\":\"ATTRIBUTION\",\"taskId\":\"' || gen_random_uuid() || '\"}' "
                        + "from generate_series(1, " + n + ") g");
                s.execute("vacuum analyze audit_event");
            }
            System.out.printf("%d events, %s; heap limit %d MB%n", n, Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);

            for (int round = 1; round <= 2; round++) {
                resetPeaks();
                long t0 = System.nanoTime();
                long copied;
                try (Connection c = ds.getConnection(); OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("copy.txt")))) {
                    copied = c.unwrap(PGConnection.class).getCopyAPI().copyOut(
                            "COPY (select seq, at, actor_subject, actor_name, action, claim_id, data from audit_event order by seq) TO STDOUT", out);
                }
                long copyNanos = System.nanoTime() - t0;
                long copyPeak = heapPeak();

                AuditKey key = AuditKey.loadOrCreate(dir.resolve("key"), "bench.local/audit");
                Path export = dir.resolve("export.jsonl");
                resetPeaks();
                t0 = System.nanoTime();
                try (OutputStream out = Files.newOutputStream(export)) {
                    dev.vetted.core.audit.TrailExport.writeAll(ds, out, (size, root) -> key.sign(new Checkpoint("bench.local/audit", size, root).body()));
                }
                long exportNanos = System.nanoTime() - t0;
                long exportPeak = heapPeak();

                resetPeaks();
                t0 = System.nanoTime();
                AuditVerifier.Result result = AuditVerifier.verify(export, key.verifierKey(), null);
                long verifyNanos = System.nanoTime() - t0;
                long verifyPeak = heapPeak();

                System.out.printf("round %d%n", round);
                System.out.printf("  COPY TO STDOUT  %8.2f s  %,d rows  peak heap %d MB%n", copyNanos / 1e9, copied, copyPeak >> 20);
                System.out.printf("  audit export    %8.2f s  %,d bytes  peak heap %d MB  (%.2f x COPY's time)%n",
                        exportNanos / 1e9, Files.size(export), exportPeak >> 20, (double) exportNanos / copyNanos);
                System.out.printf("  audit verify    %8.2f s  %s, %d events  peak heap %d MB%n", verifyNanos / 1e9,
                        result.valid() ? "valid" : "INVALID: " + result.message(), result.events(), verifyPeak >> 20);
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    private static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
