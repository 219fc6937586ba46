package dev.vetted.core.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vetted.core.common.Actor;
import dev.vetted.core.common.InvalidInputException;
import dev.vetted.core.common.NotFoundException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The audit trail as a verifiable log: leaf hashes over each event's canonical JSON, the RFC 9162
 * tree over all events in sequence order, signed checkpoints, and streamed exports.
 * See the README ("The audit trail") for the exact formats.
 */
@ApplicationScoped
public class AuditTrail {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FETCH = 2000;

    private final DataSource dataSource;
    private final AuditLog log;
    private final AuditKey key;
    private final String origin;

    public AuditTrail(DataSource dataSource, AuditLog log,
                      @ConfigProperty(name = "vetted.audit.key-file", defaultValue = "data/audit-signing-key") Path keyFile,
                      @ConfigProperty(name = "vetted.audit.origin", defaultValue = "vetted.local/audit") String origin) {
        this.dataSource = dataSource;
        this.log = log;
        this.origin = origin;
        this.key = AuditKey.loadOrCreate(keyFile, origin);
    }

    /**
     * An event as read from the table, its time already in the canonical ISO-8601 form and its
     * claim id as text: every path that hashes events reads them the same way.
     */
    record Row(long seq, String at, String subject, String username, String action, String claimId, String data) {

        Row(long seq, Instant at, String subject, String username, String action, UUID claimId, String data) {
            this(seq, DateTimeFormatter.ISO_INSTANT.format(at), subject, username, action,
                    claimId == null ? null : claimId.toString(), data);
        }

        Instant instant() {
            return Instant.parse(at);
        }
    }

    public String verifierKey() {
        return key.verifierKey();
    }

    /** The event as the export writes it and the leaf hash covers it (before leafHash and proof are added). */
    static ObjectNode event(Row row) {
        ObjectNode event = JSON.createObjectNode();
        event.put("seq", row.seq());
        event.put("at", row.at());
        ObjectNode actor = event.putObject("actor");
        actor.put("subject", row.subject());
        actor.put("username", row.username());
        event.put("action", row.action());
        if (row.claimId() == null) event.putNull("claimId");
        else event.put("claimId", row.claimId());
        try {
            event.set("data", JSON.readTree(row.data()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return event;
    }

    public static byte[] leafHash(ObjectNode event) {
        return MerkleTree.leafHash(CanonicalJson.of(event).getBytes(StandardCharsets.UTF_8));
    }

    /** Signs (and stores) a checkpoint over every event so far, or returns the stored one if nothing was added. */
    public String checkpoint() {
        // the schedule asks every few minutes: when nothing was added, the stored checkpoint stands
        // and the whole trail need not be read again
        String unchanged = QuarkusTransaction.requiringNew().call(() -> {
            AuditCheckpoint latest = latestCheckpoint();
            return latest != null && latest.treeSize == AuditEvent.count() ? latest.note : null;
        });
        if (unchanged != null) return unchanged;
        MerkleTree.Builder tree = new MerkleTree.Builder();
        CanonicalBytes writer = new CanonicalBytes();
        query(dataSource, rs -> {
            tree.add(MerkleTree.leafHash(canonical(rs, at(rs), writer)));
            return true;
        });
        return checkpointFor(tree.size(), tree.root());
    }

    private String checkpointFor(long size, byte[] root) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AuditCheckpoint existing = AuditCheckpoint.findById(size);
            if (existing != null) return existing.note;
            AuditCheckpoint c = new AuditCheckpoint();
            c.treeSize = size;
            c.rootHash = HexFormat.of().formatHex(root);
            c.note = key.sign(new Checkpoint(origin, size, root).body());
            c.createdAt = Instant.now();
            c.persist();
            return c.note;
        });
    }

    public AuditCheckpoint latestCheckpoint() {
        return AuditCheckpoint.find("order by treeSize desc").firstResult();
    }

    /** Every event, one JSON line each with its leaf hash, then the signed checkpoint over all of them. */
    public void exportAll(OutputStream out, Actor actor) {
        long size = writeAll(dataSource, out, this::checkpointFor);
        recordExport(actor, Map.of("scope", "all", "treeSize", size), null);
    }

    /** Signs the checkpoint of a tree of the given size and root, returning the signed note. */
    @FunctionalInterface
    public interface Signer {
        String sign(long size, byte[] root);
    }

    /**
     * The whole-trail export on any data source: streamed with a cursor, the root built as the
     * lines go out, memory flat whatever the size. Returns the number of events written.
     */
    public static long writeAll(DataSource dataSource, OutputStream out, Signer signer) {
        // Two stages on two threads: this one reads rows and encodes them, the other hashes and
        // writes, so hashing does not wait for the database and reading does not wait for hashing.
        // A few batches in flight keep memory flat.
        BlockingQueue<byte[][]> batches = new ArrayBlockingQueue<>(8);
        MerkleTree.Builder tree = new MerkleTree.Builder();
        CompletableFuture<Void> written = new CompletableFuture<>();
        Thread hasher = Thread.ofPlatform().daemon().name("vetted-audit-export").start(() -> {
            try {
                hashAndWrite(batches, tree, out);
                written.complete(null);
            } catch (Throwable t) {
                written.completeExceptionally(t);
            }
        });
        try {
            byte[][][] batch = {new byte[EXPORT_BATCH][]};
            int[] filled = {0};
            CanonicalBytes writer = new CanonicalBytes();
            query(dataSource, rs -> {
                batch[0][filled[0]++] = canonical(rs, at(rs), writer);
                if (filled[0] == EXPORT_BATCH) {
                    if (!handOver(batches, batch[0], written)) return false;
                    batch[0] = new byte[EXPORT_BATCH][];
                    filled[0] = 0;
                }
                return true;
            });
            if (filled[0] > 0) handOver(batches, java.util.Arrays.copyOf(batch[0], filled[0]), written);
            handOver(batches, END_OF_EXPORT, written);
            written.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            hasher.interrupt();
        }
        finish(writer(out), signer.sign(tree.size(), tree.root()));
        return tree.size();
    }

    private static final int EXPORT_BATCH = 512;
    private static final byte[][] END_OF_EXPORT = new byte[0][];

    /** Passes a batch to the hashing thread; false when that thread has stopped (the client went away). */
    private static boolean handOver(BlockingQueue<byte[][]> batches, byte[][] batch, CompletableFuture<Void> written) {
        try {
            while (!batches.offer(batch, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (written.isDone()) return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the export was interrupted", e);
        }
    }

    /** Each event line: the canonical bytes with the leaf hash spliced in before "seq", hashed and written as they are. */
    private static void hashAndWrite(BlockingQueue<byte[][]> batches, MerkleTree.Builder tree, OutputStream out)
            throws IOException, InterruptedException {
        java.io.BufferedOutputStream bytes = new java.io.BufferedOutputStream(out, 1 << 16);
        byte[] seqMarker = ",\"seq\":".getBytes(StandardCharsets.US_ASCII);
        byte[] leafMarker = ",\"leafHash\":\"".getBytes(StandardCharsets.US_ASCII);
        byte[] hex = new byte[64];
        while (true) {
            byte[][] batch = batches.take();
            if (batch == END_OF_EXPORT) break;
            for (byte[] canonical : batch) {
                byte[] leaf = MerkleTree.leafHash(canonical);
                tree.add(leaf);
                int seq = lastIndexOf(canonical, seqMarker);
                bytes.write(canonical, 0, seq);
                bytes.write(leafMarker);
                bytes.write(hex(leaf, hex));
                bytes.write('"');
                bytes.write(canonical, seq, canonical.length - seq);
                bytes.write('\n');
            }
        }
        bytes.flush();
    }

    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private static byte[] hex(byte[] value, byte[] into) {
        for (int i = 0; i < value.length; i++) {
            into[2 * i] = HEX_DIGITS[(value[i] >> 4) & 0xf];
            into[2 * i + 1] = HEX_DIGITS[value[i] & 0xf];
        }
        return into;
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        throw new IllegalStateException("an event without seq");
    }

    /**
     * The canonical form of the cursor's current event, from the columns' UTF-8 bytes as they come
     * from the server. AuditLog (the table's only writer) stores `data` already canonical, so it is
     * spliced in as it is; data in any other shape is parsed and written canonically instead.
     * Every path that hashes events goes through here, so exports and checkpoints always agree.
     */
    private static byte[] canonical(ResultSet rs, String at, CanonicalBytes writer) throws SQLException {
        byte[] canonical = writer.event(rs.getLong(1), at, rs.getBytes(3), rs.getBytes(4), rs.getBytes(5),
                rs.getBytes(6), rs.getBytes(7));
        return canonical != null ? canonical : CanonicalJson.of(event(row(rs, at))).getBytes(StandardCharsets.UTF_8);
    }

    /** The canonical form of an event held as a row (RFC 8785 member order: action, actor, at, claimId, data, seq). */
    static String canonicalEvent(Row row) {
        byte[] canonical = new CanonicalBytes().event(row.seq(), row.at(), utf8(row.subject()), utf8(row.username()),
                utf8(row.action()), utf8(row.claimId()), utf8(row.data()));
        return canonical != null ? new String(canonical, StandardCharsets.UTF_8) : CanonicalJson.of(event(row));
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    /** One claim's events, each with an inclusion proof against the checkpoint over all events. */
    public void exportClaim(UUID claimId, OutputStream out, Actor actor) {
        if (log.forClaim(claimId).isEmpty() && dev.vetted.core.claim.Claim.findById(claimId) == null) {
            throw new NotFoundException("claim", claimId);
        }
        String id = claimId.toString();
        exportSelected(row -> id.equals(row.claimId()), out);
        recordExport(actor, Map.of("scope", "claim"), claimId);
    }

    /** The events in [from, to), each with an inclusion proof against the checkpoint over all events. */
    public void exportRange(Instant from, Instant to, OutputStream out, Actor actor) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("from", "must be before to (" + from + " is not before " + to + ")");
        }
        exportSelected(row -> (from == null || !row.instant().isBefore(from)) && (to == null || row.instant().isBefore(to)), out);
        recordExport(actor, Map.of("scope", "range", "from", String.valueOf(from), "to", String.valueOf(to)), null);
    }

    private void exportSelected(Predicate<Row> wanted, OutputStream out) {
        List<byte[]> leaves = new ArrayList<>();
        List<ObjectNode> selected = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        CanonicalBytes writer = new CanonicalBytes();
        query(dataSource, rs -> {
            String at = at(rs);
            byte[] leaf = MerkleTree.leafHash(canonical(rs, at, writer));
            Row row = row(rs, at);
            if (wanted.test(row)) {
                ObjectNode event = event(row);
                event.put("leafHash", HexFormat.of().formatHex(leaf));
                selected.add(event);
                indexes.add(leaves.size());
            }
            leaves.add(leaf);
            return true;
        });
        byte[] root = MerkleTree.root(leaves);
        String note = checkpointFor(leaves.size(), root);
        Writer w = writer(out);
        for (int i = 0; i < selected.size(); i++) {
            ObjectNode event = selected.get(i);
            ObjectNode proof = event.putObject("proof");
            proof.put("leafIndex", indexes.get(i));
            proof.put("treeSize", leaves.size());
            ArrayNode hashes = proof.putArray("hashes");
            for (byte[] h : MerkleTree.inclusionProof(leaves, indexes.get(i))) hashes.add(HexFormat.of().formatHex(h));
            line(w, event);
        }
        finish(w, note);
    }

    /** The whole trail as CSV for spreadsheets (no proofs: verify with the JSON Lines export). */
    public void exportCsv(OutputStream out, Actor actor) {
        Writer w = writer(out);
        try {
            w.write("seq,at,actor_subject,actor_username,action,claim_id,data,leaf_hash\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CanonicalBytes writer = new CanonicalBytes();
        query(dataSource, rs -> {
            String at = at(rs);
            String leaf = HexFormat.of().formatHex(MerkleTree.leafHash(canonical(rs, at, writer)));
            Row row = row(rs, at);
            try {
                w.write(row.seq() + "," + row.at() + "," + csv(row.subject()) + "," + csv(row.username()) + ","
                        + csv(row.action()) + "," + (row.claimId() == null ? "" : row.claimId()) + ","
                        + csv(CanonicalJson.of(event(row).get("data"))) + "," + leaf + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        });
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recordExport(actor, Map.of("scope", "all", "format", "csv"), null);
    }

    private void recordExport(Actor actor, Map<String, ?> details, UUID claimId) {
        QuarkusTransaction.requiringNew().run(() -> log.record(actor, "audit.exported", claimId, details));
    }

    /** What to do with each row of the cursor; false stops the scan. */
    @FunctionalInterface
    private interface RowHandler {
        boolean handle(ResultSet rs) throws SQLException;
    }

    /** Streams every event in sequence order with a database cursor, so memory stays flat. */
    private static void query(DataSource dataSource, RowHandler handler) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement session = c.createStatement()) {
                // timestamps come as text in one fixed shape, turned into ISO-8601 without date objects
                session.execute("set local timezone = 'UTC'");
                session.execute("set local datestyle = 'ISO, YMD'");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select seq, at, actor_subject, actor_name, action, claim_id::text, data from audit_event order by seq")) {
                ps.setFetchSize(FETCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (!handler.handle(rs)) break;
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the audit trail could not be read: " + e.getMessage(), e);
        }
    }

    private static String at(ResultSet rs) throws SQLException {
        String at = IsoInstant.fromPostgres(rs.getString(2));
        return at != null ? at : DateTimeFormatter.ISO_INSTANT.format(rs.getTimestamp(2).toInstant());
    }

    private static Row row(ResultSet rs, String at) throws SQLException {
        return new Row(rs.getLong(1), at, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7));
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    private static void line(Writer w, ObjectNode event) {
        try {
            w.write(CanonicalJson.of(event));
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void finish(Writer w, String note) {
        ObjectNode last = JSON.createObjectNode();
        last.put("checkpoint", note);
        line(w, last);
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(String s) {
        if (s == null) return "";
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
