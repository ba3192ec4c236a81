package io.watchfloor.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.watchfloor.devices.port.in.ImportDevices;
import io.watchfloor.testkit.devices.DevicesGens;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("DEVICE-01")
@DisplayName("DEVICE-01 properties: the CSV archive")
class CsvRoundTripPropertyTest {

    @Test
    @DisplayName("any archive, with commas, quotes, line breaks and Chinese in its text, exports and imports back to the same devices")
    void roundTrip() {
        Property.forAll(Gens.lists(DevicesGens.details(), 1, 8)).tries(100).check(generated -> {
            Map<String, DeviceDetails> unique = new LinkedHashMap<>();
            generated.forEach(d -> unique.putIfAbsent(d.assetNumber(), d));
            DevicesFixtures source = new DevicesFixtures();
            for (DeviceDetails d : unique.values()) {
                source.stores.devices.save(Device.register(DeviceId.newId(), null, d, false, source.clock.instant(), source.technician.id()));
            }
            Property.classify(unique.values().stream().anyMatch(d -> d.model().contains("\n") || d.model().contains("\"")), "quotes or line breaks");
            StringBuilder csv = new StringBuilder();
            source.module.exportDevices().exportCsv(csv);

            DevicesFixtures target = new DevicesFixtures();
            ImportReport report = target.module.importDevices().importCsv(new ImportDevices.Command(target.technician.id(), new StringReader(csv.toString())));

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
