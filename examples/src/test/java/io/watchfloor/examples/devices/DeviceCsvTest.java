package io.watchfloor.examples.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.devices.Device;
import io.watchfloor.devices.DeviceDetails;
import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.DevicePolicy;
import io.watchfloor.devices.DevicesModule;
import io.watchfloor.devices.ImportReport;
import io.watchfloor.devices.port.in.ImportDevices;
import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.shared.PageRequest;
import io.watchfloor.testkit.devices.DeviceSamples;
import io.watchfloor.testkit.devices.DevicesGens;
import io.watchfloor.testkit.devices.InMemoryDeviceStores;
import io.watchfloor.testkit.devices.ScriptedCameraGateway;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.RecordingEventSink;
import io.watchfloor.testkit.shared.SettableClock;
import io.watchfloor.testkit.shared.Validators;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The archive as a CSV file, read and written at the edge with Commons CSV (DEVICE-01). */
@Tag("DEVICE-01")
@DisplayName("DEVICE-01: the device archive as a CSV file")
class DeviceCsvTest {

    /** A devices context on in-memory adapters with a technician. */
    private static final class Centre {
        final InMemoryTransactions transactions = new InMemoryTransactions();
        final InMemoryPeople people = new InMemoryPeople(transactions);
        final InMemoryDeviceStores stores = new InMemoryDeviceStores(transactions);
        final SettableClock clock = SettableClock.at(Instant.parse("2026-11-23T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
        final Person technician = people.save(Person.newPerson("Zheng Kai", Set.of(Role.TECHNICIAN), null));
        final DevicesModule module = DevicesModule.create(stores.stores(), new ScriptedCameraGateway(clock), people,
                new RecordingEventSink(), transactions, clock, Validators.validator(), DevicePolicy.DEFAULT);

        ImportReport importCsv(String csv) {
            return module.importDevices().importRows(DeviceCsv.read(technician.id(), new StringReader(csv)));
        }

        String exportCsv() {
            StringBuilder out = new StringBuilder();
            DeviceCsv.write(module.exportDevices(), out);
            return out.toString();
        }
    }

    private static String csv(List<List<String>> records) {
        StringBuilder out = new StringBuilder();
        DeviceCsv.writeRecords(out, records);
        return out.toString();
    }

    private static String line(List<String> fields) {
        return csv(List.of(fields)).replace("\r\n", "");
    }

    @Test
    @DisplayName("malformed CSV records are reported with the line they start on, and reading goes on after them")
    void malformedRows() {
        Centre centre = new Centre();
        List<String> good3 = new ArrayList<>(DeviceSamples.row("HP-CAM-00003", 3));
        good3.set(ImportDevices.COLUMNS.indexOf("address"), "two\nlines, \"People's Square\"");
        String csv = line(ImportDevices.COLUMNS) + "\r\n"
                + line(DeviceSamples.row("HP-CAM-00001", 1)) + "\r\n"                  // line 2
                + "x,\"broken\"y,z\r\n"                                                 // line 3
                + "only,three,fields\r\n"                                               // line 4
                + "\r\n"                                                                // line 5, blank: skipped
                + line(good3) + "\r\n"                                                  // lines 6-7
                + "a,b\"c,d\r\n"                                                        // line 8
                + line(DeviceSamples.row("HP-CAM-00004", 4)) + "\r\n"                  // line 9
                + "\"never closed,\r\nstill open\r\n";                                  // line 10 to the end

        ImportReport report = centre.importCsv(csv);

        assertEquals(3, report.imported());
        assertEquals(List.of(3L, 4L, 8L, 10L), report.badRows().stream().map(ImportReport.BadRow::line).toList());
        assertEquals("a field has text after its closing quote", report.badRows().get(0).reason());
        assertEquals("has 3 fields, the header has " + ImportDevices.COLUMNS.size(), report.badRows().get(1).reason());
        assertEquals("field 2 has a quote inside an unquoted value", report.badRows().get(2).reason());
        assertEquals("a quoted field opened on line 10 is never closed", report.badRows().get(3).reason());
        assertEquals("two\nlines, \"People's Square\"", centre.stores.devices.withAssetNumber("HP-CAM-00003").orElseThrow()
                .details().installation().location().address());
        assertTrue(line(good3).contains("\"two\nlines, \"\"People's Square\"\"\""), "written in quotes, inner quotes doubled");
    }

    @Test
    @DisplayName("an empty file has no header, and a file without a final line break reads its last record")
    void edges() {
        ImportDevices.Command empty = DeviceCsv.read(new Centre().technician.id(), new StringReader(""));
        ImportDevices.Command lastLine = DeviceCsv.read(new Centre().technician.id(), new StringReader("a,b\r\n\"c\"\"\",d"));

        assertNull(empty.header());
        assertEquals(List.of(), empty.rows());
        assertEquals(List.of(ImportDevices.Row.of(2, List.of("c\"", "d"))), lastLine.rows());
    }

    @Test
    @DisplayName("10,000 rows written as CSV with seven bad ones: each bad row is reported with its line, the good ones are stored")
    void tenThousandRows() {
        Centre centre = new Centre();
        List<List<String>> records = new ArrayList<>();
        records.add(ImportDevices.COLUMNS);
        records.addAll(DeviceSamples.rows(10_000, Set.of(17, 1_234, 2_500, 4_999, 6_000, 8_765, 9_999)));

        ImportReport report = centre.importCsv(csv(records));

        assertEquals(10_000 - 7, report.imported());
        assertEquals(List.of(19L, 1_236L, 2_502L, 5_001L, 6_002L, 8_767L, 10_001L), report.badRows().stream().map(ImportReport.BadRow::line).toList());
        assertEquals("DEVICE-01: asset number HP-CAM-00000 is already on line 2", report.badRows().get(4).reason());
    }

    @Test
    @DisplayName("what the archive exports as CSV imports again as the same devices: quotes, commas, line breaks and Chinese text survive")
    void roundTrip() {
        Property.forAll(Gens.lists(DevicesGens.details(), 1, 8)).tries(50).check(generated -> {
            Map<String, DeviceDetails> unique = new LinkedHashMap<>();
            generated.forEach(d -> unique.putIfAbsent(d.assetNumber(), d));
            Centre source = new Centre();
            for (DeviceDetails d : unique.values()) {
                source.stores.devices.save(Device.register(DeviceId.newId(), null, d, false, source.clock.instant(), source.technician.id()));
            }
            Property.classify(unique.values().stream().anyMatch(d -> d.model().contains("\n") || d.model().contains("\"")), "quotes or line breaks");

            String csv = source.exportCsv();
            Centre target = new Centre();
            ImportReport report = target.importCsv(csv);

            assertEquals(List.of(), report.badRows());
            assertEquals(unique.size(), report.imported());
            for (Device original : source.stores.devices.list(PageRequest.first(100)).items()) {
                Device copy = target.stores.devices.get(original.id());
                assertEquals(original.details(), copy.details());
                assertEquals(original.camera(), copy.camera());
            }
        });
    }
}
