package io.watchfloor.centre;

import io.watchfloor.cases.Incident;
import io.watchfloor.cases.port.out.Incidents;
import io.watchfloor.recordings.EvidenceReference;
import io.watchfloor.recordings.port.out.EvidenceReferences;
import io.watchfloor.shared.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The recordings context's {@link EvidenceReferences} (RET-06) read from the cases context: every
 * incident seen on a camera and not yet handled refers to that camera's footage from
 * {@link #AROUND} before it was seen to {@code AROUND} after. Cases themselves hold no footage
 * references yet; footage a case needs is protected by a hold placed for it (RET-04).
 */
public final class OpenInvestigations implements EvidenceReferences {

    /** How much footage on either side of the moment an incident was seen its investigation refers to. */
    public static final Duration AROUND = Duration.ofMinutes(30);

    private static final Instant EVER = Instant.EPOCH;
    private static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");

    private final Incidents incidents;

    public OpenInvestigations(Incidents incidents) {
        this.incidents = Objects.requireNonNull(incidents, "incidents");
    }

    @Override
    public List<EvidenceReference> open() {
        return incidents.seenBetween(EVER, NEVER).stream()
                .filter(incident -> incident.handledAt() == null && incident.camera() != null)
                .map(OpenInvestigations::reference)
                .toList();
    }

    private static EvidenceReference reference(Incident incident) {
        return EvidenceReference.byInvestigation(incident.id(), incident.camera(),
                new TimeRange(incident.seenAt().minus(AROUND), incident.seenAt().plus(AROUND)));
    }
}
