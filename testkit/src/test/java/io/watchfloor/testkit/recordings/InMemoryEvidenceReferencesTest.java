package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.EvidenceReference;
import io.watchfloor.recordings.port.out.EvidenceReferences;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.TimeRange;
import java.time.Duration;
import java.time.Instant;

class InMemoryEvidenceReferencesTest extends EvidenceReferencesContract {

    @Override
    protected Subject subject() {
        InMemoryEvidenceReferences references = new InMemoryEvidenceReferences();
        return new Subject() {
            @Override
            public EvidenceReference openAbout(CameraId camera, Instant moment) {
                EvidenceReference reference = EvidenceReference.byCase(CaseId.newId(), camera,
                        new TimeRange(moment.minus(Duration.ofMinutes(10)), moment.plus(Duration.ofMinutes(10))));
                references.refer(reference);
                return reference;
            }

            @Override
            public void close(EvidenceReference reference) {
                references.close(reference.caseId());
            }

            @Override
            public EvidenceReferences references() {
                return references;
            }
        };
    }
}
