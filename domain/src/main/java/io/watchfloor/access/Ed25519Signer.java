package io.watchfloor.access;

import io.watchfloor.access.port.out.CheckpointSigner;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Objects;

/**
 * A {@link CheckpointSigner} over an Ed25519 key pair held in memory, with the JDK's own Ed25519. A
 * deployment loads the pair from its secret store (never from the log's database); one that keeps
 * its key in a hardware module implements {@link CheckpointSigner} itself.
 */
public final class Ed25519Signer implements CheckpointSigner {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private Ed25519Signer(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** A signer with this Ed25519 key pair; refuses a pair of another algorithm or whose halves do not belong together. */
    public static Ed25519Signer of(KeyPair pair) {
        Objects.requireNonNull(pair, "pair");
        Ed25519Signer signer = new Ed25519Signer(Objects.requireNonNull(pair.getPrivate(), "private key"),
                Objects.requireNonNull(pair.getPublic(), "public key"));
        byte[] probe = "watchfloor-access-log key probe".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (!verifies(pair.getPublic(), probe, signer.sign(probe))) {
            throw new IllegalArgumentException("the key pair's public key does not verify its private key's signatures");
        }
        return signer;
    }

    /** A new Ed25519 key pair, for tests and for a deployment generating its key once. */
    public static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance(SignedCheckpoint.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the Java platform lacks Ed25519", e);
        }
    }

    @Override
    public PublicKey publicKey() {
        return publicKey;
    }

    @Override
    public byte[] sign(byte[] message) {
        Objects.requireNonNull(message, "message");
        try {
            Signature signature = Signature.getInstance(SignedCheckpoint.ALGORITHM);
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the checkpoint key is not an Ed25519 private key", e);
        }
    }

    private static boolean verifies(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(SignedCheckpoint.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
