package io.watchfloor.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.watchfloor.devices.port.in.ImportDevices;
import io.watchfloor.testkit.devices.DevicesGens;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("DEVICE-01")
@DisplayName("DEVICE-01 properties: the archive as rows")
class ArchiveRowsPropertyTest {

    @Test
    @DisplayName("any archive, with commas, quotes, line breaks and Chinese in its text, exports and imports back to the same devices as rows")
    void roundTrip() {
        Property.forAll(Gens.lists(DevicesGens.details(), 1, 8)).tries(100).check(generated -> {
            Map<String, DeviceDetails> unique = new LinkedHashMap<>();
            generated.forEach(d -> unique.putIfAbsent(d.assetNumber(), d));
            DevicesFixtures source = new DevicesFixtures();
            for (DeviceDetails d : unique.values()) {
                source.stores.devices.save(Device.register(DeviceId.newId(), null, d, false, source.clock.instant(), source.technician.id()));
            }
            Property.classify(unique.values().stream().anyMatch(d -> d.model().contains("\n") || d.model().contains("\"")), "quotes or line breaks");
            List<List<String>> rows = new ArrayList<>();
            source.module.exportDevices().exportRows(rows::add);
            List<ImportDevices.Row> numbered = new ArrayList<>();
            for (int i = 1; i < rows.size(); i++) {
                numbered.add(ImportDevices.Row.of(i + 1, rows.get(i)));
            }

            DevicesFixtures target = new DevicesFixtures();
            ImportReport report = target.module.importDevices().importRows(
                    new ImportDevices.Command(target.technician.id(), ImportDevices.Row.of(1, rows.get(0)), numbered));

            assertEquals(List.of(), report.badRows());
            assertEquals(unique.size(), report.imported());
            for (Device original : source.stores.devices.list(io.watchfloor.shared.PageRequest.first(100)).items()) {
                Device copy = target.stores.devices.get(original.id());
                assertEquals(original.details(), copy.details());
                assertEquals(original.camera(), copy.camera());
            }
        });
    }

    @Test
    @DisplayName("network addresses and credentials references built by the generators are accepted, and their text checks agree with their constructors")
    void valueTexts() {
        Property.forAll(DevicesGens.networkAddresses(), DevicesGens.credentials()).tries(300).check((address, credentials) -> {
            assertEquals(true, NetworkAddress.isValid(address.value()));
            assertEquals(true, CredentialsReference.isValid(credentials.value()));
            assertEquals(false, CredentialsReference.isValid("admin:" + credentials.path()));
        });
    }
}
