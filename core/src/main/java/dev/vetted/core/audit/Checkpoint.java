package dev.vetted.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A C2SP tlog-checkpoint: "origin\nsize\nbase64(root)\n", and the signed note that carries it.
 * Parsing and verification here need nothing but the JDK, so the offline verifier can use them.
 */
public record Checkpoint(String origin, long size, byte[] root) {

    public String body() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n";
    }

    /** Reads the checkpoint out of a signed note (the text before the blank line). */
    public static Checkpoint parse(String note) {
        int end = note.indexOf("\n\n");
        if (end < 0) throw new IllegalArgumentException("not a signed note: no blank line before the signatures");
        String[] lines = note.substring(0, end + 1).split("\n");
        if (lines.length < 3) throw new IllegalArgumentException("a checkpoint needs origin, tree size and root hash lines");
        long size;
        try {
            size = Long.parseLong(lines[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the tree size '" + lines[1] + "' is not a number");
        }
        byte[] root = StrictEncoding.base64(lines[2]);
        if (root.length != 32) throw new IllegalArgumentException("the root hash is not 32 bytes");
        return new Checkpoint(lines[0], size, root);
    }

    /**
     * Whether the note carries a valid Ed25519 signature by the verifier key
     * "name+hexkeyid+base64(0x01 || public key)".
     */
    public static boolean signedBy(String note, String verifierKey) {
        String[] parts = verifierKey.strip().split("\\+", 3);
        if (parts.length != 3) throw new IllegalArgumentException("a verifier key reads name+keyid+key");
        byte[] typed = StrictEncoding.base64(parts[2]);
        if (typed.length != 33 || typed[0] != AuditKey.ED25519) throw new IllegalArgumentException("not an Ed25519 verifier key");
        byte[] publicKey = Arrays.copyOfRange(typed, 1, 33);
        byte[] keyId = AuditKey.keyId(parts[0], publicKey);
        if (!HexFormat.of().formatHex(keyId).equals(parts[1])) throw new IllegalArgumentException("the verifier key's ID does not match its key");
        int end = note.indexOf("\n\n");
        if (end < 0) return false;
        String text = note.substring(0, end + 1);
        for (String line : note.substring(end + 2).split("\n")) {
            String prefix = "\u2014 " + parts[0] + " ";
            if (!line.startsWith(prefix)) continue;
            byte[] blob;
            try {
                blob = StrictEncoding.base64(line.substring(prefix.length()));
            } catch (IllegalArgumentException e) {
                return false;
            }
            if (blob.length != 68 || !Arrays.equals(Arrays.copyOf(blob, 4), keyId)) continue;
            try {
                Signature verifier = Signature.getInstance("Ed25519");
                verifier.initVerify(publicKeyOf(publicKey));
                verifier.update(text.getBytes(StandardCharsets.UTF_8));
                if (verifier.verify(Arrays.copyOfRange(blob, 4, 68))) return true;
            } catch (GeneralSecurityException e) {
                return false;
            }
        }
        return false;
    }

    private static PublicKey publicKeyOf(byte[] raw) throws GeneralSecurityException {
        byte[] header = HexFormat.of().parseHex("302a300506032b6570032100");
        byte[] encoded = Arrays.copyOf(header, 44);
        System.arraycopy(raw, 0, encoded, 12, 32);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    }
}
