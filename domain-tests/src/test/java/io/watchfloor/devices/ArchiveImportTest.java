package io.watchfloor.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.devices.port.in.ImportDevices;
import io.watchfloor.devices.port.out.Devices;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.Page;
import io.watchfloor.shared.PageRequest;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.testkit.devices.DeviceSamples;
import io.watchfloor.testkit.devices.InMemoryDevices;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.Validators;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The archive's import and export as rows; reading and writing them as CSV is the edge's (examples' DeviceCsvTest). */
@Tag("DEVICE-01")
@DisplayName("DEVICE-01: importing and exporting the archive as rows")
class ArchiveImportTest {

    private final DevicesFixtures centre = new DevicesFixtures();

    private static ImportReport importRows(DevicesFixtures into, List<List<String>> rows) {
        List<ImportDevices.Row> numbered = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            numbered.add(ImportDevices.Row.of(i + 1, rows.get(i)));
        }
        return into.module.importDevices().importRows(new ImportDevices.Command(into.technician.id(), ImportDevices.Row.of(1, rows.get(0)), numbered));
    }

    private static ImportReport importRows(DevicesFixtures into, ImportDevices.Row... rows) {
        return into.module.importDevices().importRows(new ImportDevices.Command(into.technician.id(), DeviceSamples.header(), List.of(rows)));
    }

    @Test
    @DisplayName("10,000 rows with seven bad ones: the good rows are stored batch by batch, each bad row is reported with its line and reason")
    void tenThousandRows() {
        Set<Integer> bad = Set.of(17, 1_234, 2_500, 4_999, 6_000, 8_765, 9_999);
        ImportDevices.Command rows = DeviceSamples.importCommand(centre.technician.id(), 10_000, bad);
        int committedBefore = centre.transactions.committed();

        ImportReport report = centre.module.importDevices().importRows(rows);

        assertEquals(10_000 - bad.size(), report.imported());
        assertEquals(10_000 - bad.size(), centre.stores.devices.count());
        int batchSize = DevicePolicy.DEFAULT.importBatchSize();
        assertEquals((report.imported() + batchSize - 1) / batchSize, report.batches());
        assertEquals(report.batches(), centre.transactions.committed() - committedBefore);
        Map<Long, String> reasons = report.badRows().stream().collect(Collectors.toMap(ImportReport.BadRow::line, ImportReport.BadRow::reason, (a, b) -> a, TreeMap::new));
        assertEquals(bad.stream().map(i -> i + 2L).sorted().toList(), List.copyOf(reasons.keySet()));
        assertTrue(reasons.get(19L).startsWith("credentialsReference: looks like a password"), reasons.get(19L));
        assertTrue(!reasons.get(19L).contains("Hik12345"), "the password is not repeated");
        assertTrue(reasons.get(1_236L).startsWith("DEVICE-07: camera HP-CAM-01234 may not record in a toilet"), reasons.get(1_236L));
        assertEquals("purchasedOn: must not be before producedOn", reasons.get(2_502L));
        assertTrue(reasons.get(5_001L).startsWith("type: 'TELESCOPE' is not one of"), reasons.get(5_001L));
        assertEquals("DEVICE-01: asset number HP-CAM-00000 is already on line 2", reasons.get(6_002L));
        assertEquals("networkAddress: must be an IPv4 address, an IPv6 address or a host name, with an optional :port, and no user or password",
                reasons.get(8_767L));
        assertEquals("model: must not be blank", reasons.get(10_001L));
        for (int i : bad) {
            if (i != 6_000) {
                assertTrue(centre.stores.devices.withAssetNumber(String.format("HP-CAM-%05d", i)).isEmpty(), "row " + i + " is not stored");
            }
        }
        Device one = centre.stores.devices.withAssetNumber("HP-CAM-00042").orElseThrow();
        assertEquals("Huangpu district, spot 42, \"People's Square\"", one.details().installation().location().address());
        assertEquals(report.batches(), centre.events.ofType(DeviceEvent.DevicesImported.class).size());
        assertEquals(report.imported(), centre.events.ofType(DeviceEvent.DeviceRegistered.class).size());
    }

    @Test
    @DisplayName("what the archive exports imports again into an empty archive as the same devices")
    void roundTrip() {
        centre.camera("HP-CAM-00001", 1);
        centre.device("HP-NVR-001", DeviceType.NVR_DVR, 2, false);
        centre.device("HP-CAM-SPARE-1", DeviceType.CAMERA, 3, true);
        Device tricky = centre.module.registerDevice().register(Records.with(Records.with(centre.cameraCommand(centre.technician.id(), "HP-CAM-00009", 9),
                "address", "Fuzhou Road 1, \"Book City\"\r\nnorth gate"), "aim", " leading space, and a comma"));
        List<List<String>> out = new ArrayList<>();

        int written = centre.module.exportDevices().exportRows(out::add);
        DevicesFixtures other = new DevicesFixtures();
        ImportReport report = importRows(other, out);

        assertEquals(4, written);
        assertEquals(List.of(), report.badRows());
        assertEquals(4, report.imported());
        for (Device original : centre.stores.devices.list(PageRequest.first(10)).items()) {
            Device copy = other.stores.devices.get(original.id());
            assertEquals(original.details(), copy.details());
            assertEquals(original.camera(), copy.camera());
            assertEquals(original.status(), copy.status());
        }
        assertEquals("leading space, and a comma", other.stores.devices.get(tricky.id()).details().installation().aim());
        assertEquals(ImportDevices.COLUMNS, out.get(0), "the header comes first");
        assertEquals(5, out.size());
    }

    @Test
    @DisplayName("rows the edge could not read, and rows with the wrong number of fields, are reported with their lines; blank rows are skipped")
    void unreadableRows() {
        List<String> good3 = new ArrayList<>(DeviceSamples.row("HP-CAM-00003", 3));
        good3.set(ImportDevices.COLUMNS.indexOf("address"), "two\nlines, \"People's Square\"");

        ImportReport report = importRows(centre,
                ImportDevices.Row.of(2, DeviceSamples.row("HP-CAM-00001", 1)),
                ImportDevices.Row.malformed(3, "a field has text after its closing quote"),
                ImportDevices.Row.of(4, List.of("only", "three", "fields")),
                ImportDevices.Row.of(5, List.of("")),
                ImportDevices.Row.of(6, good3),
                ImportDevices.Row.malformed(8, "field 2 has a quote inside an unquoted value"),
                ImportDevices.Row.of(9, DeviceSamples.row("HP-CAM-00004", 4)),
                ImportDevices.Row.malformed(10, "a quoted field opened on line 10 is never closed"));

        assertEquals(3, report.imported());
        assertEquals(List.of(3L, 4L, 8L, 10L), report.badRows().stream().map(ImportReport.BadRow::line).toList());
        assertEquals("a field has text after its closing quote", report.badRows().get(0).reason());
        assertEquals("has 3 fields, the header has " + ImportDevices.COLUMNS.size(), report.badRows().get(1).reason());
        assertEquals("field 2 has a quote inside an unquoted value", report.badRows().get(2).reason());
        assertEquals("a quoted field opened on line 10 is never closed", report.badRows().get(3).reason());
        assertEquals("two\nlines, \"People's Square\"", centre.stores.devices.withAssetNumber("HP-CAM-00003").orElseThrow()
                .details().installation().location().address());
    }

    @Test
    @DisplayName("a file without the columns, an empty one or one with an unreadable header is refused before anything is stored")
    void badHeader() {
        ImportDevices importer = centre.module.importDevices();
        PersonId technician = centre.technician.id();
        InvalidCommand empty = assertThrows(InvalidCommand.class, () -> importer.importRows(new ImportDevices.Command(technician, null, List.of())));
        InvalidCommand malformed = assertThrows(InvalidCommand.class, () -> importer.importRows(new ImportDevices.Command(technician,
                ImportDevices.Row.malformed(1, "a field has text after its closing quote"), List.of())));
        InvalidCommand missing = assertThrows(InvalidCommand.class, () -> importRows(centre, List.of(List.of("assetNumber", "type"), List.of("HP-1", "CAMERA"))));
        RuleViolation operator = assertThrows(RuleViolation.class, () -> importer.importRows(DeviceSamples.importCommand(centre.operator.id(), 3, Set.of())));

        assertEquals("header", empty.errors().get(0).field());
        assertEquals("header: is malformed on line 1: a field has text after its closing quote", malformed.errors().get(0).toString());
        assertTrue(missing.getMessage().contains("misses the columns [id, model"), missing.getMessage());
        assertEquals("PEOPLE-01", operator.ruleId());
        assertEquals(0, centre.stores.devices.count());
    }

    /** An archive that fails on the save of one asset number, to see what a failing batch leaves behind. */
    private static final class FailingDevices implements Devices {
        private final InMemoryDevices inner;
        private final String failOn;

        FailingDevices(InMemoryTransactions tx, String failOn) {
            this.inner = new InMemoryDevices(tx);
            this.failOn = failOn;
        }

        @Override
        public Device save(Device device) {
            if (device.assetNumber().equals(failOn)) {
                throw new ConcurrentModification("the database refused " + failOn);
            }
            return inner.save(device);
        }

        @Override
        public Optional<Device> find(DeviceId id) {
            return inner.find(id);
        }

        @Override
        public Optional<Device> withAssetNumber(String assetNumber) {
            return inner.withAssetNumber(assetNumber);
        }

        @Override
        public Optional<Device> withCamera(io.watchfloor.shared.CameraId camera) {
            return inner.withCamera(camera);
        }

        @Override
        public List<Device> ofType(DeviceType type) {
            return inner.ofType(type);
        }

        @Override
        public List<Device> inStatus(DeviceStatus status) {
            return inner.inStatus(status);
        }

        @Override
        public Page<Device> list(PageRequest page) {
            return inner.list(page);
        }

        @Override
        public long count() {
            return inner.count();
        }
    }

    @Test
    @DisplayName("when storing a batch fails, the batch is undone whole and its rows are stored one by one, so only the failing row is lost and reported")
    void failingBatch() {
        DevicesFixtures base = new DevicesFixtures();
        FailingDevices devices = new FailingDevices(base.transactions, "HP-CAM-00012");
        var stores = base.stores;
        DevicesModule module = DevicesModule.create(new DevicesModule.Ports(new DevicesModule.Stores(devices, stores.schedules,
                stores.inspections, stores.faults, stores.repairs, stores.changes, stores.violations, stores.health, stores.servicing),
                base.gateway, base.people, DevicePolicy.DEFAULT.withImportBatchSize(10)), base.runtime);

        ImportReport report = module.importDevices().importRows(DeviceSamples.importCommand(base.technician.id(), 25, Set.of()));

        assertEquals(24, report.imported());
        assertEquals(24, devices.count());
        assertEquals(List.of(new ImportReport.BadRow(14, "not stored: the database refused HP-CAM-00012")), report.badRows());
        assertEquals(2, base.transactions.rolledBack(), "the failed batch of ten, then the failing row alone");
        assertEquals(1 + 9 + 1, report.batches());
        for (int i = 10; i < 20; i++) {
            assertEquals(i != 12, devices.withAssetNumber(String.format("HP-CAM-%05d", i)).isPresent(), "row " + i);
        }
    }
}
