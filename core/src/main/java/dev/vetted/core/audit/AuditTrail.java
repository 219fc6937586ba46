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
import java.sql.Timestamp;
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

    /** One audit row as read from the table. */
    record Row(long seq, Instant at, String subject, String username, String action, UUID claimId, String data) {
    }

    public String verifierKey() {
        return key.verifierKey();
    }

    /** The event as the export writes it and the leaf hash covers it (before leafHash and proof are added). */
    static ObjectNode event(Row row) {
        ObjectNode event = JSON.createObjectNode();
        event.put("seq", row.seq());
        event.put("at", DateTimeFormatter.ISO_INSTANT.format(row.at()));
        ObjectNode actor = event.putObject("actor");
        actor.put("subject", row.subject());
        actor.put("username", row.username());
        event.put("action", row.action());
        if (row.claimId() == null) event.putNull("claimId");
        else event.put("claimId", row.claimId().toString());
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
        MerkleTree.Builder tree = new MerkleTree.Builder();
        scan(row -> {
            tree.add(leafHash(event(row)));
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
        MerkleTree.Builder tree = new MerkleTree.Builder();
        java.io.BufferedOutputStream bytes = new java.io.BufferedOutputStream(out, 1 << 16);
        byte[] seqMarker = ",\"seq\":".getBytes(StandardCharsets.US_ASCII);
        byte[] leafMarker = ",\"leafHash\":\"".getBytes(StandardCharsets.US_ASCII);
        scan(dataSource, row -> {
            // encode once: the same bytes are hashed and written, the leaf hash spliced in before "seq"
            byte[] canonical = canonicalEvent(row).getBytes(StandardCharsets.UTF_8);
            byte[] leaf = MerkleTree.leafHash(canonical);
            tree.add(leaf);
            int seq = lastIndexOf(canonical, seqMarker);
            try {
                bytes.write(canonical, 0, seq);
                bytes.write(leafMarker);
                bytes.write(HexFormat.of().formatHex(leaf).getBytes(StandardCharsets.US_ASCII));
                bytes.write('"');
                bytes.write(canonical, seq, canonical.length - seq);
                bytes.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        });
        try {
            bytes.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finish(writer(out), signer.sign(tree.size(), tree.root()));
        return tree.size();
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
     * The canonical form of an event, written directly: AuditLog (the table's only writer) stores
     * `data` already canonical, so it is spliced in as it is instead of being parsed and written
     * again. Members appear in RFC 8785 order: action, actor, at, claimId, data, seq.
     */
    static String canonicalEvent(Row row) {
        String data = row.data();
        if (data.isEmpty() || data.charAt(0) != '{' || data.contains("\n")) {
            return CanonicalJson.of(event(row)); // not written by AuditLog: take the safe, slower path
        }
        StringBuilder b = new StringBuilder(160 + data.length());
        b.append("{\"action\":");
        CanonicalJson.string(row.action(), b);
        b.append(",\"actor\":{\"subject\":");
        CanonicalJson.string(row.subject(), b);
        b.append(",\"username\":");
        CanonicalJson.string(row.username(), b);
        b.append("},\"at\":");
        CanonicalJson.string(DateTimeFormatter.ISO_INSTANT.format(row.at()), b);
        b.append(",\"claimId\":");
        if (row.claimId() == null) b.append("null");
        else CanonicalJson.string(row.claimId().toString(), b);
        b.append(",\"data\":").append(data).append(",\"seq\":").append(row.seq()).append('}');
        return b.toString();
    }

    /** One claim's events, each with an inclusion proof against the checkpoint over all events. */
    public void exportClaim(UUID claimId, OutputStream out, Actor actor) {
        if (log.forClaim(claimId).isEmpty() && dev.vetted.core.claim.Claim.findById(claimId) == null) {
            throw new NotFoundException("claim", claimId);
        }
        exportSelected(row -> claimId.equals(row.claimId()), out);
        recordExport(actor, Map.of("scope", "claim"), claimId);
    }

    /** The events in [from, to), each with an inclusion proof against the checkpoint over all events. */
    public void exportRange(Instant from, Instant to, OutputStream out, Actor actor) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("from", "must be before to (" + from + " is not before " + to + ")");
        }
        exportSelected(row -> (from == null || !row.at().isBefore(from)) && (to == null || row.at().isBefore(to)), out);
        recordExport(actor, Map.of("scope", "range", "from", String.valueOf(from), "to", String.valueOf(to)), null);
    }

    private void exportSelected(Predicate<Row> wanted, OutputStream out) {
        List<byte[]> leaves = new ArrayList<>();
        List<ObjectNode> selected = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        scan(row -> {
            ObjectNode event = event(row);
            byte[] leaf = leafHash(event);
            if (wanted.test(row)) {
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
        scan(row -> {
            ObjectNode event = event(row);
            String leaf = HexFormat.of().formatHex(leafHash(event));
            try {
                w.write(row.seq() + "," + event.get("at").asText() + "," + csv(row.subject()) + "," + csv(row.username()) + ","
                        + csv(row.action()) + "," + (row.claimId() == null ? "" : row.claimId()) + ","
                        + csv(CanonicalJson.of(event.get("data"))) + "," + leaf + "\n");
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

    private void scan(Predicate<Row> consumer) {
        scan(dataSource, consumer);
    }

    /** Streams every event in sequence order with a database cursor, so memory stays flat. */
    private static void scan(DataSource dataSource, Predicate<Row> consumer) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (PreparedStatement ps = c.prepareStatement(
                    "select seq, at, actor_subject, actor_name, action, claim_id, data from audit_event order by seq")) {
                ps.setFetchSize(FETCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp at = rs.getTimestamp(2);
                        Row row = new Row(rs.getLong(1), at.toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
                                (UUID) rs.getObject(6), rs.getString(7));
                        if (!consumer.test(row)) break;
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
