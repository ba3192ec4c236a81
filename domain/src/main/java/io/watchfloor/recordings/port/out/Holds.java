package io.watchfloor.recordings.port.out;

import io.watchfloor.recordings.Hold;
import io.watchfloor.recordings.HoldId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.NotFound;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The holds (RET-04, RET-09). {@link #save} inserts a new hold (version 0) as version 1 and updates a
 * stored one only when its version is still the stored one, raising
 * {@link io.watchfloor.shared.ConcurrentModification} otherwise. Holds are never deleted: a released
 * hold stays with who released it and when.
 */
public interface Holds {

    /** Stores {@code hold} and returns it with its new version. */
    Hold save(Hold hold);

    /** The hold with this id. */
    Optional<Hold> find(HoldId id);

    /** The hold with this id; throws {@link NotFound} when there is none. */
    default Hold get(HoldId id) {
        return find(id).orElseThrow(() -> new NotFound("hold", id));
    }

    /** Every hold not released (expired locks included), by placement then id. */
    List<Hold> unreleased();

    /** Every hold naming {@code camera}, released or not, by placement then id. */
    List<Hold> on(CameraId camera);

    /**
     * Takes the protection lock of each camera until the caller's unit of work ends. Placing a hold and
     * claiming a segment's destruction both take it, so the two serialize: a hold committed before a
     * claim is seen by the claim's protection check (ADR 0006). The cases context takes the same lock
     * when it records an evidence reference. SQL: {@code SELECT ... FROM camera_protection WHERE camera
     * IN (...) ORDER BY camera FOR UPDATE}, in id order so two lockers never deadlock.
     */
    void lockProtection(Set<CameraId> cameras);
}
