package io.watchfloor.recordings;

import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.IncidentId;
import io.watchfloor.shared.TimeRange;
import java.util.Objects;

/**
 * Footage of a camera over a time range that an open case or investigation refers to (RET-06); the
 * cases context owns it and answers through {@link io.watchfloor.recordings.port.out.EvidenceReferences}.
 *
 * @param caseId the open case, or {@code null} when an investigation of an incident refers to it
 * @param incident the incident under investigation, or {@code null}
 */
public record EvidenceReference(CaseId caseId, IncidentId incident, CameraId camera, TimeRange range) {

    public EvidenceReference {
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(range, "range");
        if ((caseId == null) == (incident == null)) {
            throw new IllegalArgumentException("an evidence reference names exactly one case or one incident");
        }
    }

    /** A reference by an open case. */
    public static EvidenceReference byCase(CaseId caseId, CameraId camera, TimeRange range) {
        return new EvidenceReference(Objects.requireNonNull(caseId, "caseId"), null, camera, range);
    }

    /** A reference by an investigation of an incident. */
    public static EvidenceReference byInvestigation(IncidentId incident, CameraId camera, TimeRange range) {
        return new EvidenceReference(null, Objects.requireNonNull(incident, "incident"), camera, range);
    }

    /** What refers to the footage, as said in a sentence. */
    public String describe() {
        return caseId != null ? "open case " + caseId : "investigation of incident " + incident;
    }
}
