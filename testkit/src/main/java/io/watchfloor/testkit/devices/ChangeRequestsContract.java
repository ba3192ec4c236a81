package io.watchfloor.testkit.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.devices.ChangeKind;
import io.watchfloor.devices.ChangeRequest;
import io.watchfloor.devices.ChangeRequestId;
import io.watchfloor.devices.ChangeState;
import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.ProposedChange;
import io.watchfloor.devices.port.out.ChangeRequests;
import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.Version;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What every {@link ChangeRequests} adapter must do (DEVICE-04); supply a fresh, empty store per test. */
@Tag("DEVICE-04")
public abstract class ChangeRequestsContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract ChangeRequests newChangeRequests();

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    private static final Person OPERATOR = Person.newPerson("Li Na", Set.of(Role.OPERATOR), null);
    private static final Person LEADER = Person.newPerson("Zhou Min", Set.of(Role.SHIFT_LEADER), null);

    @Test
    @DisplayName("a request is stored with its proposal and history and found by id and device, in the order requested")
    void storesAndLists() {
        ChangeRequests requests = newChangeRequests();
        DeviceId device = DeviceId.newId();
        ChangeRequest reaim = ChangeRequest.request(ChangeRequestId.newId(), device, ChangeKind.REAIM,
                ProposedChange.reaim("towards the bus stop"), "bus stop fights", OPERATOR.id(), T0);
        ChangeRequest move = ChangeRequest.request(ChangeRequestId.newId(), device, ChangeKind.MOVE,
                ProposedChange.move(DeviceSamples.spot(3), null, "gate 2"), "road works", OPERATOR.id(), T0.plusSeconds(60));

        requests.save(move);
        ChangeRequest stored = requests.save(reaim);
        ChangeRequest approved = requests.save(stored.approve(LEADER, T0.plusSeconds(120), "ok").request());

        assertEquals(new Version(2), approved.version());
        assertEquals(approved, requests.get(reaim.id()));
        assertEquals(ChangeState.APPROVED, requests.get(reaim.id()).state());
        assertEquals(ProposedChange.reaim("towards the bus stop"), requests.get(reaim.id()).proposal());
        assertEquals(List.of(reaim.id(), move.id()), requests.forDevice(device).stream().map(ChangeRequest::id).toList());
        assertEquals(2, requests.all().size());
        assertThrows(NotFound.class, () -> requests.get(ChangeRequestId.newId()));
        assertThrows(ConcurrentModification.class, () -> requests.save(stored.reject(LEADER, T0.plusSeconds(130), "no").request()));
        assertEquals(ChangeState.APPROVED, requests.get(reaim.id()).state());
    }
}
