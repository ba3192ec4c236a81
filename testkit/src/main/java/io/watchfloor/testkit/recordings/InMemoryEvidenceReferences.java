package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.EvidenceReference;
import io.watchfloor.recordings.port.out.EvidenceReferences;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.IncidentId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The footage open cases and investigations refer to, set by a test or the composition root in place of the cases context. */
public final class InMemoryEvidenceReferences implements EvidenceReferences {

    private final List<EvidenceReference> open = new ArrayList<>();

    /**
     * An open case or investigation now refers to this footage.
     *
     * @param reference what it refers to
     * @return this
     */
    public synchronized InMemoryEvidenceReferences refer(EvidenceReference reference) {
        open.add(Objects.requireNonNull(reference, "reference"));
        return this;
    }

    /**
     * The case was closed: its references no longer count.
     *
     * @param caseId the closed case
     */
    public synchronized void close(CaseId caseId) {
        open.removeIf(r -> caseId.equals(r.caseId()));
    }

    /**
     * The investigation of the incident ended.
     *
     * @param incident the incident
     */
    public synchronized void close(IncidentId incident) {
        open.removeIf(r -> incident.equals(r.incident()));
    }

    @Override
    public synchronized List<EvidenceReference> open() {
        return List.copyOf(open);
    }
}
