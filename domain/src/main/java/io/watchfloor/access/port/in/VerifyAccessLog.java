package io.watchfloor.access.port.in;

import io.watchfloor.access.Checkpoint;
import io.watchfloor.access.SignedCheckpoint;
import io.watchfloor.access.Verification;

/**
 * Lets anyone auditing verify the access log (ACCESS-04), and signs checkpoints of its head with the
 * deployment's key, after Certificate Transparency's signed tree heads.
 */
public interface VerifyAccessLog {

    /**
     * Verifies the whole chain and every signed checkpoint kept: names the first broken entry, a forged
     * checkpoint, or entries cut off; {@link Verification.Unanchored} when no signed checkpoint vouches
     * for the log, since whoever can write its store could have re-sealed the chain.
     */
    Verification verify();

    /** As {@link #verify()}, and that nothing a checkpoint kept elsewhere saw was cut off or rewritten. */
    Verification verify(Checkpoint checkpoint);

    /** As {@link #verify()}, with a signed checkpoint kept elsewhere, whose signature is checked too. */
    Verification verify(SignedCheckpoint checkpoint);

    /** The log's head now, unsigned, to export and keep elsewhere. */
    Checkpoint checkpoint();

    /** Signs the log's head now with the deployment's key, keeps the signed checkpoint and returns it to export. */
    SignedCheckpoint signCheckpoint();
}
