package io.watchfloor.recordings.port.out;

import io.watchfloor.recordings.EvidenceReference;
import java.util.List;

/** Which footage open cases and investigations refer to (owned by the cases context, RET-06). */
public interface EvidenceReferences {

    /** Every reference of a case or investigation still open. */
    List<EvidenceReference> open();
}
