package dev.vetted.core.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The hashing, canonical form, signed checkpoints and offline verification, without a database. */
class AuditFormatTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void canonicalJsonFollowsRfc8785() throws Exception {
        // the RFC's own example values: sorted members, minimal escapes, ECMAScript numbers
        String input = "{\"numbers\":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"
                + "\"string\":\"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\"literals\":[null,true,false]}";
        assertThat(CanonicalJson.of(JSON.readTree(input))).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
        // members sort by UTF-16 code units, not by code points
        assertThat(CanonicalJson.of(JSON.readTree("{\"\\ud83d\\ude00\":1,\"\\ufb33\":2,\"a\":3}")))
                .isEqualTo("{\"a\":3,\"\ud83d\ude00\":1,\"\ufb33\":2}");
    }

    @Test
    void merkleRootsAndProofsFollowRfc9162() {
        assertThat(HexFormat.of().formatHex(MerkleTree.root(List.of())))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        for (int n = 1; n <= 33; n++) {
            List<byte[]> leaves = new ArrayList<>();
            MerkleTree.Builder builder = new MerkleTree.Builder();
            for (int i = 0; i < n; i++) {
                byte[] leaf = MerkleTree.leafHash(("event " + i).getBytes(StandardCharsets.UTF_8));
                leaves.add(leaf);
                builder.add(leaf);
            }
            byte[] root = MerkleTree.root(leaves);
            assertThat(builder.root()).isEqualTo(root);
            for (int m = 0; m < n; m++) {
                var proof = MerkleTree.inclusionProof(leaves, m);
                assertThat(MerkleTree.verifyInclusion(leaves.get(m), m, n, proof, root)).isTrue();
                assertThat(MerkleTree.verifyInclusion(leaves.get((m + 1) % n), m, n, proof, root)).isEqualTo(n == 1);
            }
        }
    }

    @Test
    void aCheckpointIsASignedNoteThatOnlyItsKeyVerifies() {
        AuditKey key = AuditKey.loadOrCreate(dir.resolve("key"), "example.org/audit");
        AuditKey other = AuditKey.loadOrCreate(dir.resolve("other"), "example.org/audit");
        String note = key.sign(new Checkpoint("example.org/audit", 3, new byte[32]).body());
        assertThat(note).startsWith("example.org/audit\n3\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n\u2014 example.org/audit ");
        assertThat(Checkpoint.parse(note).size()).isEqualTo(3);
        assertThat(Checkpoint.signedBy(note, key.verifierKey())).isTrue();
        assertThat(Checkpoint.signedBy(note, other.verifierKey())).isFalse();
        assertThat(key.verifierKey()).matches("example\\.org/audit\\+[0-9a-f]{8}\\+[A-Za-z0-9+/=]{44}");
        // the same file gives the same key back
        assertThat(AuditKey.loadOrCreate(dir.resolve("key"), "example.org/audit").verifierKey()).isEqualTo(key.verifierKey());
    }

    /** Writes a whole-trail export of n events the way AuditTrail does. */
    static Path export(Path file, AuditKey key, int n) throws Exception {
        MerkleTree.Builder tree = new MerkleTree.Builder();
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            ObjectNode event = new AuditRow(i, Instant.parse("2026-11-24T10:00:00Z").plusSeconds(i),
                    "sub-" + i, "alice", "task.decided", UUID.nameUUIDFromBytes(new byte[]{(byte) i}),
                    "{\"decision\":\"CORRECT\",\"comment\":\"Line " + i + " — ok\"}").event();
            byte[] leaf = AuditTrail.leafHash(event);
            tree.add(leaf);
            event.put("leafHash", HexFormat.of().formatHex(leaf));
            out.append(CanonicalJson.of(event)).append('\n');
        }
        ObjectNode last = JSON.createObjectNode();
        last.put("checkpoint", key.sign(new Checkpoint(key.name(), n, tree.root()).body()));
        out.append(CanonicalJson.of(last)).append('\n');
        Files.writeString(file, out.toString());
        return file;
    }

    @Test
    void anUntouchedExportVerifiesAndEveryKindOfTamperingFailsAtTheRightLine() throws Exception {
        AuditKey key = AuditKey.loadOrCreate(dir.resolve("key"), "example.org/audit");
        Path good = export(dir.resolve("good.jsonl"), key, 10);
        var ok = AuditVerifier.verify(good, key.verifierKey(), null);
        assertThat(ok.valid()).isTrue();
        assertThat(ok.events()).isEqualTo(10);
        assertThat(ok.signatureChecked()).isTrue();

        List<String> lines = Files.readAllLines(good);
        // an edited event
        List<String> edited = new ArrayList<>(lines);
        edited.set(3, edited.get(3).replace("CORRECT", "MISQUOTED"));
        assertThat(verify(edited, key)).satisfies(r -> {
            assertThat(r.valid()).isFalse();
            assertThat(r.line()).isEqualTo(4);
        });
        // reordered events
        List<String> reordered = new ArrayList<>(lines);
        reordered.set(2, lines.get(5));
        reordered.set(5, lines.get(2));
        assertThat(verify(reordered, key)).satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.message()).contains("out of order");
        });
        // a missing event
        List<String> dropped = new ArrayList<>(lines);
        dropped.remove(7);
        assertThat(verify(dropped, key)).satisfies(r -> {
            assertThat(r.valid()).isFalse();
            assertThat(r.line()).isEqualTo(10);
        });
        // truncated: the checkpoint is gone
        assertThat(verify(lines.subList(0, 6), key)).satisfies(r -> {
            assertThat(r.valid()).isFalse();
            assertThat(r.message()).contains("no signed checkpoint");
        });
        // re-signed by someone else's key
        AuditKey forger = AuditKey.loadOrCreate(dir.resolve("forger"), "example.org/audit");
        Path forged = export(dir.resolve("forged.jsonl"), forger, 10);
        assertThat(AuditVerifier.verify(forged, key.verifierKey(), null)).satisfies(r -> {
            assertThat(r.valid()).isFalse();
            assertThat(r.line()).isEqualTo(11);
            assertThat(r.message()).contains("signature");
        });
    }

    @Test
    void changingAnySingleByteOfAnExportIsDetected() throws Exception {
        AuditKey key = AuditKey.loadOrCreate(dir.resolve("key"), "example.org/audit");
        byte[] bytes = Files.readAllBytes(export(dir.resolve("e.jsonl"), key, 5));
        Path changed = dir.resolve("changed.jsonl");
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') continue;
            byte[] copy = bytes.clone();
            copy[i] = (byte) (copy[i] == 'a' ? 'b' : 'a');
            Files.write(changed, copy);
            assertThat(AuditVerifier.verify(changed, key.verifierKey(), null).valid()).as("byte %d changed", i).isFalse();
        }
    }

    private AuditVerifier.Result verify(List<String> lines, AuditKey key) throws Exception {
        Path file = dir.resolve("t-" + UUID.randomUUID() + ".jsonl");
        Files.write(file, lines);
        return AuditVerifier.verify(file, key.verifierKey(), null);
    }

    @Test
    void theFastCanonicalFormEqualsTheGeneralOne() throws Exception {
        for (String data : List.of("{}", "{\"a\":\"x\\\"y\",\"b\":[1,2,{\"c\":null}]}", "{\"note\":\"caf\u00e9 \u2014 \\u0001\"}")) {
            for (UUID claim : java.util.Arrays.asList(null, UUID.randomUUID())) {
                var row = new AuditRow(42, Instant.parse("2026-11-24T10:00:00.123456Z"), "s\"ub", "ali\\ce",
                        "task.decided", claim, CanonicalJson.of(JSON.readTree(data)));
                assertThat(row.canonical()).isEqualTo(CanonicalJson.of(row.event()));
            }
        }
    }
}
