package io.watchfloor.testkit.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.access.CameraProfile;
import io.watchfloor.access.port.out.CameraDirectory;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.NotFound;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CameraDirectory} must answer (ACCESS-02, ACCESS-06), for the devices context's
 * adapter and any deployment's own: each known camera's levels and privacy flag as recorded.
 */
@Tag("ACCESS-02")
public abstract class CameraDirectoryContract {

    /**
     * {@return a directory that knows exactly these cameras}
     *
     * @param cameras the profiles it holds
     */
    protected abstract CameraDirectory directoryWith(List<CameraProfile> cameras);

    @Test
    @DisplayName("a known camera comes back with its level, its zone's level and its privacy flag; the effective level is the higher")
    void knownCameras() {
        CameraProfile gate = new CameraProfile(CameraId.newId(), "District government gate", AccessLevel.BASIC, AccessLevel.HIGHEST, false);
        CameraProfile clinic = new CameraProfile(CameraId.newId(), "Community clinic", AccessLevel.ADVANCED, AccessLevel.BASIC, true);
        CameraDirectory directory = directoryWith(List.of(gate, clinic));

        assertEquals(gate, directory.get(gate.id()));
        assertEquals(clinic, directory.get(clinic.id()));
        assertEquals(AccessLevel.HIGHEST, directory.get(gate.id()).effectiveLevel());
        assertEquals(AccessLevel.ADVANCED, directory.get(clinic.id()).effectiveLevel());
        assertTrue(directory.get(clinic.id()).privacyFlagged());
    }

    @Test
    @DisplayName("an unknown camera is not found")
    void unknownCamera() {
        CameraDirectory directory = directoryWith(List.of());

        assertTrue(directory.find(CameraId.newId()).isEmpty());
        assertThrows(NotFound.class, () -> directory.get(CameraId.newId()));
    }
}
