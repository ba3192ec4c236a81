package io.watchfloor.testkit.centre;

import io.watchfloor.cases.Incident;
import io.watchfloor.cases.IncidentType;
import io.watchfloor.cases.Severity;
import io.watchfloor.centre.OpenInvestigations;
import io.watchfloor.people.PersonId;
import io.watchfloor.recordings.EvidenceReference;
import io.watchfloor.recordings.port.out.EvidenceReferences;
import io.watchfloor.shared.CameraId;
import io.watchfloor.testkit.cases.InMemoryIncidents;
import io.watchfloor.testkit.recordings.EvidenceReferencesContract;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.time.Instant;
import java.util.List;

/** The recordings context's evidence references read from the incidents still under investigation pass the recordings context's contract. */
class OpenInvestigationsTest extends EvidenceReferencesContract {

    @Override
    protected Subject subject() {
        InMemoryIncidents incidents = new InMemoryIncidents(new InMemoryTransactions());
        OpenInvestigations references = new OpenInvestigations(incidents);
        return new Subject() {
            @Override
            public EvidenceReference openAbout(CameraId camera, Instant moment) {
                Incident seen = incidents.save(Incident.seen(moment, camera, "Nanjing Road East", IncidentType.PUBLIC_ORDER, Severity.SERIOUS,
                        "a fight at the crossing", PersonId.newId(), List.of(), ""));
                return references.open().stream().filter(r -> seen.id().equals(r.incident())).findFirst().orElseThrow();
            }

            @Override
            public void close(EvidenceReference reference) {
                Incident open = incidents.get(reference.incident());
                incidents.save(open.handled("the police took over", PersonId.newId(), open.seenAt().plusSeconds(600)));
            }

            @Override
            public EvidenceReferences references() {
                return references;
            }
        };
    }
}
