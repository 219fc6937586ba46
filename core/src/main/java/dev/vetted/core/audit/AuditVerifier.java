package dev.vetted.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Verifies an audit export offline, in one pass and flat memory: every leaf hash, the order of the
 * events, the tree root (a whole-trail export) or each inclusion proof (a claim or time-range
 * export), and, given the verifier key, the checkpoint's signature.
 */
public final class AuditVerifier {

    /** The outcome: valid, or the first line (1-based) that does not verify and why. */
    public record Result(boolean valid, long line, String message, long events, boolean signatureChecked) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditVerifier() {
    }

    public static Result verify(Path file, String verifierKey, LongConsumer progress) throws IOException {
        String last = lastLine(file);
        if (last == null) return fail(1, "the file is empty", 0);
        String note;
        try {
            JsonNode lastNode = JSON.readTree(last);
            if (lastNode == null || !lastNode.has("checkpoint")) {
                return fail(countLines(file), "the last line holds no signed checkpoint (the file may be truncated)", 0);
            }
            note = lastNode.get("checkpoint").asText();
        } catch (IOException e) {
            return fail(countLines(file), "the last line is not JSON (the file may be truncated)", 0);
        }
        Checkpoint checkpoint;
        try {
            checkpoint = Checkpoint.parse(note);
        } catch (IllegalArgumentException e) {
            return fail(countLines(file), "the checkpoint cannot be read: " + e.getMessage(), 0);
        }
        String unsigned = verifierKey == null ? null : signatureProblem(note, verifierKey);
        if (unsigned != null) return fail(countLines(file), unsigned, 0);
        return verifyEvents(file, checkpoint, progress, verifierKey != null);
    }

    /** Why the checkpoint's signature does not verify with the key, or null when it does. */
    private static String signatureProblem(String note, String verifierKey) {
        try {
            return Checkpoint.signedBy(note, verifierKey) ? null
                    : "the checkpoint's signature does not verify with the key " + verifierKey.split("\\+")[0];
        } catch (IllegalArgumentException e) {
            return "the verifier key cannot be used: " + e.getMessage();
        }
    }

    private static Result verifyEvents(Path file, Checkpoint checkpoint, LongConsumer progress, boolean signed) throws IOException {
        EventPass pass = new EventPass(checkpoint);
        long lines;
        try (BufferedReader in = reader(file)) {
            // one pass: a line is an event when another follows it; the last one is the checkpoint
            String line = in.readLine();
            long n = 0;
            for (String next; line != null; line = next) {
                n++;
                next = in.readLine();
                if (next == null) break;
                if (progress != null && n % 100_000 == 0) progress.accept(n);
                String problem = pass.accept(line);
                if (problem != null) return fail(n, problem, pass.events);
            }
            lines = n;
        }
        String problem = pass.wholeTreeProblem();
        if (problem != null) return fail(lines, problem, pass.events);
        return new Result(true, 0, "valid", pass.events, signed);
    }

    /** The events read so far: their order, their hashes, and the tree they build or the proofs they carry. */
    private static final class EventPass {
        private final Checkpoint checkpoint;
        private final MerkleTree.Builder tree = new MerkleTree.Builder();
        private long events;
        private long lastSeq = Long.MIN_VALUE;
        private Boolean partial;

        EventPass(Checkpoint checkpoint) {
            this.checkpoint = checkpoint;
        }

        /** Why this event line does not verify, or null when it does. */
        String accept(String line) {
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                return "not valid JSON";
            }
            if (!(node instanceof ObjectNode event) || !event.has("leafHash") || !event.has("seq")) {
                return "not an audit event (seq and leafHash are required)";
            }
            long seq = event.get("seq").asLong();
            if (seq <= lastSeq) return "events are out of order (seq " + seq + " after " + lastSeq + ")";
            lastSeq = seq;
            String claimed = event.remove("leafHash").asText();
            JsonNode proof = event.remove("proof");
            byte[] leaf = AuditTrail.leafHash(event);
            if (!HexFormat.of().formatHex(leaf).equals(claimed)) return "the event does not match its leaf hash (it was changed)";
            boolean hasProof = proof != null;
            if (partial == null) partial = hasProof;
            else if (partial != hasProof) return "some events carry inclusion proofs and some do not";
            if (hasProof) {
                String problem = proofProblem(leaf, proof);
                if (problem != null) return problem;
            } else {
                tree.add(leaf);
            }
            events++;
            return null;
        }

        private String proofProblem(byte[] leaf, JsonNode proof) {
            List<byte[]> path = new ArrayList<>();
            try {
                for (JsonNode h : proof.path("hashes")) path.add(StrictEncoding.hex(h.asText()));
            } catch (IllegalArgumentException e) {
                return "the inclusion proof holds a hash that is not lower-case hex";
            }
            long index = proof.path("leafIndex").asLong(-1);
            long size = proof.path("treeSize").asLong(-1);
            if (size != checkpoint.size() || !MerkleTree.verifyInclusion(leaf, index, size, path, checkpoint.root())) {
                return "the inclusion proof does not lead to the checkpoint's root";
            }
            return null;
        }

        /** For a whole-trail export (no proofs): why its tree is not the checkpoint's, or null. */
        String wholeTreeProblem() {
            if (partial != null && partial) return null;
            if (tree.size() != checkpoint.size()) {
                return "the file holds " + tree.size() + " events but the checkpoint covers " + checkpoint.size()
                        + " (events are missing or added)";
            }
            if (!java.security.MessageDigest.isEqual(tree.root(), checkpoint.root())) {
                return "the events do not hash to the checkpoint's root (an event or its hash was changed)";
            }
            return null;
        }
    }

    private static Result fail(long line, String message, long events) {
        return new Result(false, line, message, events, false);
    }

    /** Bytes that are not UTF-8 become U+FFFD, so a damaged line fails its hash check instead of the read. */
    private static BufferedReader reader(Path file) throws IOException {
        return new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Only for naming the checkpoint's line when it fails before the pass over the events. */
    private static long countLines(Path file) throws IOException {
        long count = 0;
        try (BufferedReader in = reader(file)) {
            while (in.readLine() != null) count++;
        }
        return count;
    }

    /** The last non-empty line, read from the end so a long file is not read twice for it. */
    private static String lastLine(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long end = f.length();
            while (end > 0) {
                f.seek(end - 1);
                if (f.read() != '\n') break;
                end--;
            }
            if (end == 0) return null;
            long start = end;
            int chunk = 8192;
            while (start > 0) {
                long from = Math.max(0, start - chunk);
                byte[] buf = new byte[(int) (start - from)];
                f.seek(from);
                f.readFully(buf);
                int nl = -1;
                for (int i = buf.length - 1; i >= 0; i--) {
                    if (buf[i] == '\n') {
                        nl = i;
                        break;
                    }
                }
                if (nl >= 0) {
                    start = from + nl + 1;
                    break;
                }
                start = from;
            }
            byte[] line = new byte[(int) (end - start)];
            f.seek(start);
            f.readFully(line);
            return new String(line, StandardCharsets.UTF_8);
        }
    }
}
