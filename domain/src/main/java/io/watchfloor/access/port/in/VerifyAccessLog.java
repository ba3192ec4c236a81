package io.watchfloor.access.port.in;

import io.watchfloor.access.Checkpoint;
import io.watchfloor.access.Verification;

/** Lets anyone auditing verify the access log (ACCESS-04) and take checkpoints of its head for safekeeping. */
public interface VerifyAccessLog {

    /** Verifies the whole chain; names the first broken entry. */
    Verification verify();

    /** Verifies the whole chain and that nothing a checkpoint saw was cut off. */
    Verification verify(Checkpoint checkpoint);

    /** The log's head now, to export and keep elsewhere. */
    Checkpoint checkpoint();
}
