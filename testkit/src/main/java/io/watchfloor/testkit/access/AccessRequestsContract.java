package io.watchfloor.testkit.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.access.AccessRequest;
import io.watchfloor.access.AccessRequestId;
import io.watchfloor.access.port.out.AccessRequests;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.Version;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link AccessRequests} adapter must do; supply a fresh, empty store per test. */
public abstract class AccessRequestsContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract AccessRequests newAccessRequests();

    @Test
    @DisplayName("a request is stored as version 1 and found again with everything it holds, its decision too")
    void storesAndFinds() {
        AccessRequests requests = newAccessRequests();
        CameraId camera = CameraId.newId();
        AccessRequest filed = AccessSamples.aRequest(camera, PersonId.newId(), AccessSamples.MONDAY_8AM);

        AccessRequest stored = requests.save(filed);
        Person leader = Person.newPerson("Zhou Min", Set.of(Role.SHIFT_LEADER), null);
        AccessRequest approved = requests.save(stored.approve(leader, null, AccessLevel.HIGHEST, Map.of(camera, AccessLevel.BASIC), "credential checked",
                null, Duration.ofHours(24), false, AccessSamples.MONDAY_8AM.plusSeconds(600)).request());

        assertEquals(new Version(1), stored.version());
        assertEquals(new Version(2), approved.version());
        assertEquals(approved, requests.get(filed.id()));
        assertEquals(AccessRequest.Status.APPROVED, requests.get(filed.id()).status());
    }

    @Test
    @DisplayName("a save based on an older version is a concurrent modification; unknown ids are not found")
    void guards() {
        AccessRequests requests = newAccessRequests();
        AccessRequest filed = AccessSamples.aRequest(CameraId.newId(), PersonId.newId(), AccessSamples.MONDAY_8AM);
        requests.save(filed);

        assertThrows(ConcurrentModification.class, () -> requests.save(filed));
        assertTrue(requests.find(AccessRequestId.newId()).isEmpty());
        assertThrows(NotFound.class, () -> requests.get(AccessRequestId.newId()));
    }

    @Test
    @DisplayName("requests are listed by filing time within a half-open period")
    void filedBetween() {
        AccessRequests requests = newAccessRequests();
        AccessRequest first = requests.save(AccessSamples.aRequest(CameraId.newId(), PersonId.newId(), AccessSamples.MONDAY_8AM));
        AccessRequest second = requests.save(AccessSamples.aRequest(CameraId.newId(), PersonId.newId(), AccessSamples.MONDAY_8AM.plusSeconds(3600)));
        requests.save(AccessSamples.aRequest(CameraId.newId(), PersonId.newId(), AccessSamples.MONDAY_8AM.plusSeconds(7200)));

        assertEquals(List.of(first.id(), second.id()), requests.filedBetween(AccessSamples.MONDAY_8AM, AccessSamples.MONDAY_8AM.plusSeconds(7200))
                .stream().map(AccessRequest::id).toList());
    }
}
