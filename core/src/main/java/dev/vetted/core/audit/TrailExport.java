package dev.vetted.core.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

/**
 * The export of the whole trail: every event line with its leaf hash, the tree's root built as
 * the lines go out, then the signed checkpoint; streamed, so memory stays flat whatever the size.
 */
public final class TrailExport {

    private TrailExport() {
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
            AuditRows.query(dataSource, rs -> {
                batch[0][filled[0]++] = AuditRows.canonical(rs, AuditRows.at(rs), writer);
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
        ExportLines.finish(ExportLines.writer(out), signer.sign(tree.size(), tree.root()));
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
}
