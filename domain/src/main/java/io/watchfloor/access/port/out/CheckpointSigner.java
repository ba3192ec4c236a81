package io.watchfloor.access.port.out;

import java.security.PublicKey;

/**
 * The deployment's Ed25519 key for signing access-log checkpoints (ACCESS-04). The key is supplied by
 * the deployment (a secret store, a hardware module) and never stored with the log: whoever can write
 * the log's store must not be able to sign. {@link io.watchfloor.access.Ed25519Signer} serves a key
 * pair held in memory.
 */
public interface CheckpointSigner {

    /** The public key that verifies the signatures, for anyone auditing. */
    PublicKey publicKey();

    /** The Ed25519 signature of {@code message}. */
    byte[] sign(byte[] message);
}
