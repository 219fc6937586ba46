package dev.vetted.core.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The Ed25519 key that signs audit checkpoints, in C2SP signed-note terms: a key name, a key ID
 * (the first four bytes of SHA-256(name || 0x0A || 0x01 || public key)) and the verifier key
 * string "name+hexkeyid+base64(0x01 || public key)".
 */
public final class AuditKey {

    static final byte ED25519 = 0x01;

    private final String name;
    private final PrivateKey privateKey;
    private final byte[] publicKey;

    private AuditKey(String name, PrivateKey privateKey, byte[] publicKey) {
        this.name = name;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** Loads the key from its file, or makes one and writes it there readable by the owner only. */
    public static AuditKey loadOrCreate(Path file, String name) {
        try {
            if (Files.isRegularFile(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                KeyFactory factory = KeyFactory.getInstance("Ed25519");
                PrivateKey priv = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0).strip())));
                PublicKey pub = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(1).strip())));
                return new AuditKey(name, priv, raw(pub));
            }
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            String content = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n"
                    + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n";
            Files.writeString(file, content, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions: the folder's own protection applies
            }
            return new AuditKey(name, pair.getPrivate(), raw(pair.getPublic()));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("the audit key at " + file + " cannot be read or made: " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public String verifierKey() {
        byte[] typed = new byte[33];
        typed[0] = ED25519;
        System.arraycopy(publicKey, 0, typed, 1, 32);
        return name + "+" + HexFormat.of().formatHex(keyId(name, publicKey)) + "+" + Base64.getEncoder().encodeToString(typed);
    }

    /** The signed note: the text, a blank line, and one signature line "— name base64(keyid || sig)". */
    public String sign(String text) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(text.getBytes(StandardCharsets.UTF_8));
            byte[] sig = signer.sign();
            byte[] id = keyId(name, publicKey);
            byte[] blob = Arrays.copyOf(id, 4 + sig.length);
            System.arraycopy(sig, 0, blob, 4, sig.length);
            return text + "\n" + "\u2014 " + name + " " + Base64.getEncoder().encodeToString(blob) + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] keyId(String name, byte[] publicKey) {
        var sha = MerkleTree.sha256();
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x0A);
        sha.update(ED25519);
        sha.update(publicKey);
        return Arrays.copyOf(sha.digest(), 4);
    }

    private static byte[] raw(PublicKey key) {
        byte[] encoded = key.getEncoded(); // X.509 SubjectPublicKeyInfo: a 12-byte header, then the 32-byte key
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }
}
