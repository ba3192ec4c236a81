package io.watchfloor.testkit.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.cases.Incident;
import io.watchfloor.cases.IncidentType;
import io.watchfloor.cases.Severity;
import io.watchfloor.cases.port.out.Incidents;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.IncidentId;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link Incidents} adapter must do (CASE-14). Extend it and supply a fresh, empty store per test. */
public abstract class IncidentsContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract Incidents newIncidents();

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

    private static Incident seen(Instant at) {
        return Incident.seen(at, new CameraId(UUID.randomUUID()), "Nanjing Road East", IncidentType.FIRE, Severity.MAJOR, "smoke",
                PersonId.newId(), List.of("119"), "activation-1");
    }

    @Test
    @DisplayName("an incident is stored as version 1 and found again with everything recorded")
    void storesAndFinds() {
        Incidents incidents = newIncidents();
        Incident i = seen(T0);
        Incident stored = incidents.save(i);
        assertEquals(new Version(1), stored.version());
        assertEquals(i.withVersion(stored.version()), incidents.get(i.id()));
        assertThrows(NotFound.class, () -> incidents.get(IncidentId.newId()));
    }

    @Test
    @DisplayName("a handling result is stored; an update from an older version is a concurrent modification")
    void updates() {
        Incidents incidents = newIncidents();
        Incident stored = incidents.save(seen(T0));
        Incident handled = incidents.save(stored.handled("put out", PersonId.newId(), T0.plusSeconds(600)));
        assertTrue(incidents.get(stored.id()).isHandled());
        assertEquals(new Version(2), handled.version());
        assertThrows(ConcurrentModification.class, () -> incidents.save(stored.handled("again", PersonId.newId(), T0.plusSeconds(900))));
    }

    @Test
    @DisplayName("the incidents seen in [from, to) come back in the order seen")
    void seenBetween() {
        Incidents incidents = newIncidents();
        Incident second = incidents.save(seen(T0.plusSeconds(60)));
        Incident first = incidents.save(seen(T0));
        incidents.save(seen(T0.plusSeconds(120)));
        assertEquals(List.of(first.id(), second.id()), incidents.seenBetween(T0, T0.plusSeconds(120)).stream().map(Incident::id).toList());
    }
}
