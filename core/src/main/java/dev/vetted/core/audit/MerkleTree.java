package dev.vetted.core.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 (Certificate Transparency 2.0) hashing: leaves are SHA-256(0x00 || data), interior
 * nodes SHA-256(0x01 || left || right), the tree split at the largest power of two below its size.
 */
public final class MerkleTree {

    private MerkleTree() {
    }

    /** One digest per thread: looking the algorithm up for each of millions of hashes costs more than hashing. */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(MerkleTree::sha256);

    public static byte[] leafHash(byte[] data) {
        MessageDigest sha = DIGEST.get();
        sha.reset();
        sha.update((byte) 0x00);
        return sha.digest(data);
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = DIGEST.get();
        sha.reset();
        sha.update((byte) 0x01);
        sha.update(left);
        return sha.digest(right);
    }

    /** The root over leaf hashes held in memory. */
    public static byte[] root(List<byte[]> leaves) {
        if (leaves.isEmpty()) return sha256().digest();
        return root(leaves, 0, leaves.size());
    }

    private static byte[] root(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 1) return leaves.get(from);
        int k = largestPowerOfTwoBelow(n);
        return nodeHash(root(leaves, from, from + k), root(leaves, from + k, to));
    }

    /** RFC 9162 PATH(m, D[n]): the audit path of leaf m in the tree of the given leaves. */
    public static List<byte[]> inclusionProof(List<byte[]> leaves, int m) {
        List<byte[]> path = new ArrayList<>();
        path(leaves, m, 0, leaves.size(), path);
        return path;
    }

    private static void path(List<byte[]> leaves, int m, int from, int to, List<byte[]> out) {
        int n = to - from;
        if (n <= 1) return;
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(leaves, m, from, from + k, out);
            out.add(root(leaves, from + k, to));
        } else {
            path(leaves, m - k, from + k, to, out);
            out.add(root(leaves, from, from + k));
        }
    }

    /** RFC 9162 section 2.1.3.2: does this path prove the leaf at index in a tree of treeSize with this root? */
    public static boolean verifyInclusion(byte[] leaf, long index, long treeSize, List<byte[]> proof, byte[] root) {
        if (index >= treeSize) return false;
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leaf;
        for (byte[] p : proof) {
            if (sn == 0) return false;
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    /**
     * Computes the root while leaves stream past, in memory logarithmic in their number: a
     * stack of complete subtrees, merged as in binary counting, then folded right to left.
     */
    public static final class Builder {
        private final List<byte[]> stack = new ArrayList<>();
        private final List<Long> sizes = new ArrayList<>();
        private long count;

        public void add(byte[] leafHash) {
            byte[] h = leafHash;
            long size = 1;
            while (!sizes.isEmpty() && sizes.get(sizes.size() - 1) == size) {
                h = nodeHash(stack.remove(stack.size() - 1), h);
                sizes.remove(sizes.size() - 1);
                size *= 2;
            }
            stack.add(h);
            sizes.add(size);
            count++;
        }

        public long size() {
            return count;
        }

        public byte[] root() {
            if (stack.isEmpty()) return sha256().digest();
            byte[] r = stack.get(stack.size() - 1);
            for (int i = stack.size() - 2; i >= 0; i--) r = nodeHash(stack.get(i), r);
            return r;
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
