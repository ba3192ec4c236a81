package io.watchfloor.testkit.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.access.Grant;
import io.watchfloor.access.GrantId;
import io.watchfloor.access.port.out.Grants;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.Version;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link Grants} adapter must do; supply a fresh, empty store per test. */
public abstract class GrantsContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract Grants newGrants();

    @Test
    @DisplayName("a grant is stored as version 1 with its scope, levels and validity intact, and listed by start")
    void storesAndLists() {
        Grants grants = newGrants();
        Grant later = AccessSamples.aGrant(CameraId.newId(), AccessSamples.MONDAY_8AM.plusSeconds(60));
        Grant earlier = AccessSamples.aGrant(CameraId.newId(), AccessSamples.MONDAY_8AM);

        Grant stored = grants.save(later);
        grants.save(earlier);

        assertEquals(new Version(1), stored.version());
        assertEquals(later.withVersion(new Version(1)), grants.get(later.id()));
        assertEquals(List.of(earlier.id(), later.id()), grants.all().stream().map(Grant::id).toList());
    }

    @Test
    @DisplayName("storing the same new grant twice is a concurrent modification; unknown ids are not found")
    void guards() {
        Grants grants = newGrants();
        Grant grant = AccessSamples.aGrant(CameraId.newId(), AccessSamples.MONDAY_8AM);
        grants.save(grant);

        assertThrows(ConcurrentModification.class, () -> grants.save(grant));
        assertThrows(NotFound.class, () -> grants.get(GrantId.newId()));
    }
}
