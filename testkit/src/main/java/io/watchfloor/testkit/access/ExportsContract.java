package io.watchfloor.testkit.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.access.Export;
import io.watchfloor.access.ExportId;
import io.watchfloor.access.port.out.Exports;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.Version;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link Exports} adapter must do (ACCESS-05); supply a fresh, empty store per test. */
public abstract class ExportsContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract Exports newExports();

    @Test
    @DisplayName("an export keeps its manifest and every copy handed over, advancing its version")
    void storesManifestAndHandovers() {
        Exports exports = newExports();
        Export export = exports.save(AccessSamples.anExport(CameraId.newId(), AccessSamples.MONDAY_8AM));

        Export handed = exports.save(export.handedOver(new Export.Handover("Officer Zhang Wei", "Huangpu PSB", "encrypted USB drive",
                PersonId.newId(), AccessSamples.MONDAY_8AM.plusSeconds(900))));

        assertEquals(new Version(2), handed.version());
        Export found = exports.get(export.id());
        assertEquals(handed, found);
        assertEquals(export.files(), found.files());
        assertEquals(1, found.handovers().size());
    }

    @Test
    @DisplayName("a stale save is a concurrent modification and changes nothing; unknown ids are not found")
    void guards() {
        Exports exports = newExports();
        Export export = exports.save(AccessSamples.anExport(CameraId.newId(), AccessSamples.MONDAY_8AM));
        exports.save(export.handedOver(new Export.Handover("A", "B", "DVD", PersonId.newId(), AccessSamples.MONDAY_8AM)));

        assertThrows(ConcurrentModification.class, () -> exports.save(export.handedOver(
                new Export.Handover("C", "D", "DVD", PersonId.newId(), AccessSamples.MONDAY_8AM))));
        assertEquals("A", exports.get(export.id()).handovers().get(0).recipientName());
        assertThrows(NotFound.class, () -> exports.get(ExportId.newId()));
    }
}
