package io.watchfloor.access.port.out;

import io.watchfloor.access.SignedCheckpoint;
import java.util.List;

/**
 * The signed checkpoints of the access log (ACCESS-04), append-only: never updated or deleted. They
 * may be kept beside the log, since nobody can forge one without the key; keeping copies elsewhere
 * too (their {@linkplain SignedCheckpoint#export() exported lines}) also catches their deletion.
 */
public interface SignedCheckpoints {

    /** Keeps a signed checkpoint. */
    void add(SignedCheckpoint checkpoint);

    /** Every signed checkpoint, in the order kept. */
    List<SignedCheckpoint> all();
}
