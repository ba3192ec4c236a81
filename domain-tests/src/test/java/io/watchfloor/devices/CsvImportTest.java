package io.watchfloor.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.devices.port.in.ImportDevices;
import io.watchfloor.devices.port.out.Devices;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.Page;
import io.watchfloor.shared.PageRequest;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.testkit.devices.DeviceSamples;
import io.watchfloor.testkit.devices.InMemoryDevices;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.Validators;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("DEVICE-01")
@DisplayName("DEVICE-01: importing and exporting the archive as CSV")
class CsvImportTest {

    private final DevicesFixtures centre = new DevicesFixtures();

    private ImportReport importCsv(DevicesFixtures into, String csv) {
        return into.module.importDevices().importCsv(new ImportDevices.Command(into.technician.id(), new StringReader(csv)));
    }

    @Test
    @DisplayName("10,000 rows with seven bad ones: the good rows are stored batch by batch, each bad row is reported with its line and reason")
    void tenThousandRows() {
        Set<Integer> bad = Set.of(17, 1_234, 2_500, 4_999, 6_000, 8_765, 9_999);
        String csv = DeviceSamples.csv(10_000, bad);
        int committedBefore = centre.transactions.committed();

        ImportReport report = importCsv(centre, csv);

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
        StringBuilder out = new StringBuilder();

        int written = centre.module.exportDevices().exportCsv(out);
        DevicesFixtures other = new DevicesFixtures();
        ImportReport report = importCsv(other, out.toString());

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
        assertTrue(out.toString().contains("\"Fuzhou Road 1, \"\"Book City\"\"\r\nnorth gate\""));
    }

    @Test
    @DisplayName("malformed CSV rows are reported with the line they start on, and reading goes on after them")
    void malformedRows() {
        String good3 = DeviceSamples.csvRow("HP-CAM-00003", 3);
        String csv = DeviceSamples.csvHeader() + "\r\n"
                + DeviceSamples.csvRow("HP-CAM-00001", 1) + "\r\n"                      // line 2
                + "x,\"broken\"y,z\r\n"                                                  // line 3
                + "only,three,fields\r\n"                                                // line 4
                + "\r\n"                                                                 // line 5, blank: skipped
                + good3.replace("Huangpu district, spot 3", "two\nlines") + "\r\n"       // lines 6-7
                + "a,b\"c,d\r\n"                                                         // line 8
                + DeviceSamples.csvRow("HP-CAM-00004", 4) + "\r\n"                      // line 9
                + "\"never closed,\r\nstill open\r\n";                                   // line 10 to the end

        ImportReport report = importCsv(centre, csv);

        assertEquals(3, report.imported());
        assertEquals(List.of(3L, 4L, 8L, 10L), report.badRows().stream().map(ImportReport.BadRow::line).toList());
        assertEquals("field 2 has text after its closing quote", report.badRows().get(0).reason());
        assertEquals("has 3 fields, the header has " + ImportDevices.COLUMNS.size(), report.badRows().get(1).reason());
        assertEquals("field 2 has a quote inside an unquoted value", report.badRows().get(2).reason());
        assertEquals("a quoted field opened on line 10 is never closed", report.badRows().get(3).reason());
        assertEquals("two\nlines, \"People's Square\"", centre.stores.devices.withAssetNumber("HP-CAM-00003").orElseThrow()
                .details().installation().location().address());
    }

    @Test
    @DisplayName("a file without the columns, or an empty one, is refused before anything is stored")
    void badHeader() {
        InvalidCommand empty = assertThrows(InvalidCommand.class, () -> importCsv(centre, ""));
        InvalidCommand missing = assertThrows(InvalidCommand.class, () -> importCsv(centre, "assetNumber,type\r\nHP-1,CAMERA\r\n"));
        RuleViolation operator = assertThrows(RuleViolation.class, () -> centre.module.importDevices()
                .importCsv(new ImportDevices.Command(centre.operator.id(), new StringReader(DeviceSamples.csv(3, Set.of())))));

        assertEquals("csv", empty.errors().get(0).field());
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

        ImportReport report = module.importDevices().importCsv(new ImportDevices.Command(base.technician.id(), new StringReader(DeviceSamples.csv(25, Set.of()))));

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
