package dev.vetted.core.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vetted.core.common.Actor;
import dev.vetted.core.common.InvalidInputException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * The audit trail as a verifiable log: signed checkpoints over the RFC 9162 tree of every event's
 * leaf hash, and the exports people ask for (all, one claim's or a time range's events with
 * inclusion proofs, CSV), each recorded as an event of its own. Reading the table is
 * {@link AuditRows}'s, an event's canonical form {@link AuditRow}'s, the streamed whole-trail
 * export {@link TrailExport}'s. See the README ("The audit trail") for the exact formats.
 */
@ApplicationScoped
public class AuditTrail {


    private final DataSource dataSource;
    private final AuditLog log;
    private final AuditKey key;
    private final String origin;

    public AuditTrail(DataSource dataSource, AuditLog log,
                      AuditSettings settings) {
        this.dataSource = dataSource;
        this.log = log;
        this.origin = settings.origin();
        this.key = AuditKey.loadOrCreate(settings.keyFile(), origin);
    }

    public String verifierKey() {
        return key.verifierKey();
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
        AuditRows.query(dataSource, rs -> {
            tree.add(MerkleTree.leafHash(AuditRows.canonical(rs, AuditRows.at(rs), writer)));
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
        long size = TrailExport.writeAll(dataSource, out, this::checkpointFor);
        recordExport(actor, Map.of("scope", "all", "treeSize", size), null);
    }

    /**
     * One claim's events, each with an inclusion proof against the checkpoint over all events.
     * Callers look the claim up first (the trail knows events, not claims).
     */
    public void exportClaim(UUID claimId, OutputStream out, Actor actor) {
        String id = claimId.toString();
        exportSelected(row -> id.equals(row.claimId()), out);
        recordExport(actor, Map.of("scope", "claim"), claimId);
    }

    /**
     * A claim's events of the given actions, each with an inclusion proof against the signed
     * checkpoint: the public history of a verdict, which readers check without seeing the rest
     * of the trail. Reading it is not an action, so it is not recorded.
     */
    public void exportEventsOf(UUID claimId, java.util.Set<AuditAction> actions, OutputStream out) {
        String id = claimId.toString();
        java.util.Set<String> codes = actions.stream().map(AuditAction::code).collect(java.util.stream.Collectors.toSet());
        exportSelected(row -> id.equals(row.claimId()) && codes.contains(row.action()), out);
    }

    /** The events in [from, to), each with an inclusion proof against the checkpoint over all events. */
    public void exportRange(Instant from, Instant to, OutputStream out, Actor actor) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("from", "must be before to (" + from + " is not before " + to + ")");
        }
        exportSelected(row -> (from == null || !row.instant().isBefore(from)) && (to == null || row.instant().isBefore(to)), out);
        recordExport(actor, Map.of("scope", "range", "from", String.valueOf(from), "to", String.valueOf(to)), null);
    }

    private void exportSelected(Predicate<AuditRow> wanted, OutputStream out) {
        List<byte[]> leaves = new ArrayList<>();
        List<ObjectNode> selected = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        CanonicalBytes writer = new CanonicalBytes();
        AuditRows.query(dataSource, rs -> {
            String at = AuditRows.at(rs);
            byte[] leaf = MerkleTree.leafHash(AuditRows.canonical(rs, at, writer));
            AuditRow row = AuditRows.row(rs, at);
            if (wanted.test(row)) {
                ObjectNode event = row.event();
                event.put("leafHash", HexFormat.of().formatHex(leaf));
                selected.add(event);
                indexes.add(leaves.size());
            }
            leaves.add(leaf);
            return true;
        });
        byte[] root = MerkleTree.root(leaves);
        String note = checkpointFor(leaves.size(), root);
        Writer w = ExportLines.writer(out);
        for (int i = 0; i < selected.size(); i++) {
            ObjectNode event = selected.get(i);
            ObjectNode proof = event.putObject("proof");
            proof.put("leafIndex", indexes.get(i));
            proof.put("treeSize", leaves.size());
            ArrayNode hashes = proof.putArray("hashes");
            for (byte[] h : MerkleTree.inclusionProof(leaves, indexes.get(i))) hashes.add(HexFormat.of().formatHex(h));
            ExportLines.line(w, event);
        }
        ExportLines.finish(w, note);
    }

    /** The whole trail as CSV for spreadsheets (no proofs: verify with the JSON Lines export). */
    public void exportCsv(OutputStream out, Actor actor) {
        Writer w = ExportLines.writer(out);
        try {
            w.write("seq,at,actor_subject,actor_username,action,claim_id,data,leaf_hash\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CanonicalBytes writer = new CanonicalBytes();
        AuditRows.query(dataSource, rs -> {
            String at = AuditRows.at(rs);
            String leaf = HexFormat.of().formatHex(MerkleTree.leafHash(AuditRows.canonical(rs, at, writer)));
            AuditRow row = AuditRows.row(rs, at);
            try {
                w.write(row.seq() + "," + row.at() + "," + ExportLines.csv(row.subject()) + "," + ExportLines.csv(row.username()) + ","
                        + ExportLines.csv(row.action()) + "," + (row.claimId() == null ? "" : row.claimId()) + ","
                        + ExportLines.csv(CanonicalJson.of(row.event().get("data"))) + "," + leaf + "\n");
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
        QuarkusTransaction.requiringNew().run(() -> log.record(actor, AuditAction.AUDIT_EXPORTED, claimId, details));
    }


}
