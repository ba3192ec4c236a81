package io.watchfloor.testkit.devices;

import io.watchfloor.devices.CredentialsReference;
import io.watchfloor.devices.Device;
import io.watchfloor.devices.DeviceDetails;
import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.DeviceType;
import io.watchfloor.devices.FaultReport;
import io.watchfloor.devices.FaultReportId;
import io.watchfloor.devices.FaultSource;
import io.watchfloor.devices.Installation;
import io.watchfloor.devices.NetworkAddress;
import io.watchfloor.devices.PlaceClass;
import io.watchfloor.devices.Symptom;
import io.watchfloor.devices.Zone;
import io.watchfloor.devices.port.in.ImportDevices;
import io.watchfloor.devices.port.in.RegisterDevice;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.Location;
import io.watchfloor.shared.ZoneImportance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ready-made devices, commands and import rows for tests, contract suites, demos and benchmarks: cameras and
 * other equipment of a Shanghai district (People's Square, around 31.23 N 121.47 E).
 */
public final class DeviceSamples {

    private DeviceSamples() {
    }

    /**
     * {@return an installed camera's details, asset number {@code asset}, at the n-th spot of the district}
     *
     * @param asset its asset number
     * @param n which spot of the district
     */
    public static DeviceDetails camera(String asset, int n) {
        return details(asset, DeviceType.CAMERA, n, true);
    }

    /**
     * Details of a device of any type; only cameras record.
     *
     * @param asset its asset number
     * @param type what kind of device
     * @param n which spot of the district
     * @param recording whether it records (cameras only)
     * @return the details
     */
    public static DeviceDetails details(String asset, DeviceType type, int n, boolean recording) {
        return new DeviceDetails(asset, type, type == DeviceType.CAMERA ? "DS-2CD2T47G2" : "Model-" + type.ordinal(),
                type == DeviceType.CAMERA ? "Hikvision" : "Dahua", "SN" + (100_000 + n),
                LocalDate.of(2023, 3, 1), LocalDate.of(2023, 6, 15), "district government procurement 2023-17",
                new Installation(spot(n), PlaceClass.PUBLIC_SPACE, type == DeviceType.CAMERA ? "towards the crossing" : ""),
                new Zone(n % 5 == 0 ? "Metro Line 2 entrance" : "Nanjing Road East", n % 5 == 0 ? ZoneImportance.IMPORTANT : ZoneImportance.ORDINARY,
                        n % 5 == 0 ? AccessLevel.ADVANCED : AccessLevel.BASIC),
                new NetworkAddress("10.20." + (n / 250 % 250) + "." + (n % 250 + 1) + ":80"),
                new CredentialsReference("vault:cctv/huangpu/" + asset.toLowerCase()),
                recording && type == DeviceType.CAMERA, "V5.7." + (n % 3));
    }

    /**
     * {@return the n-th spot of the district}
     *
     * @param n which spot, from 0
     */
    public static Location spot(int n) {
        return new Location(31.2304 + (n % 100) * 0.0003, 121.4737 + (n / 100 % 100) * 0.0003, "Huangpu district, spot " + n);
    }

    /**
     * {@return a registered, not yet stored device}
     *
     * @param details what the device is
     * @param at when it was registered
     * @param by who registered it
     */
    public static Device registered(DeviceDetails details, Instant at, PersonId by) {
        return Device.register(DeviceId.newId(), null, details, false, at, by);
    }

    /**
     * {@return a staff fault report on {@code device}}
     *
     * @param device the faulty device
     * @param by who reports it
     * @param at when
     */
    public static FaultReport fault(DeviceId device, PersonId by, Instant at) {
        return new FaultReport(FaultReportId.newId(), device, Set.of(Symptom.ABNORMAL_PICTURE), "picture flickers", FaultSource.STAFF, by, at);
    }

    /**
     * {@return a register command for a camera at the n-th spot}
     *
     * @param actor who registers it
     * @param asset its asset number
     * @param n which spot of the district
     */
    public static RegisterDevice.Command registerCamera(PersonId actor, String asset, int n) {
        DeviceDetails d = camera(asset, n);
        return command(actor, d, false);
    }

    /**
     * {@return the register command that describes {@code d}}
     *
     * @param actor who registers it
     * @param d the details
     * @param spare whether it is registered as a spare
     */
    public static RegisterDevice.Command command(PersonId actor, DeviceDetails d, boolean spare) {
        return spare ? RegisterDevice.Command.spare(actor, d) : RegisterDevice.Command.inService(actor, d);
    }

    /** {@return the header row of an import, on line 1: {@link ImportDevices#COLUMNS}} */
    public static ImportDevices.Row header() {
        return ImportDevices.Row.of(1, ImportDevices.COLUMNS);
    }

    /**
     * The fields of one good import row for a camera at the n-th spot, asset number {@code asset}; its
     * address ends in {@code , "People's Square"}, so written as CSV it needs quotes.
     *
     * @param asset its asset number
     * @param n which spot of the district
     * @return the fields in the order of {@link ImportDevices#COLUMNS}
     */
    public static List<String> row(String asset, int n) {
        Map<String, String> text = new HashMap<>(camera(asset, n).asText());
        text.put("id", "");
        text.put("status", "IN_SERVICE");
        text.put("cameraId", "");
        text.put("address", text.get("address") + ", \"People's Square\"");
        return ImportDevices.COLUMNS.stream().map(text::get).toList();
    }

    /**
     * The fields of {@code rows} camera rows (row i is asset {@code HP-CAM-0000i}), in which the rows
     * whose index is in {@code badRows} are broken in turn: a password as credentials, a recording
     * camera in a toilet, a purchase before production, an unknown type, a duplicate asset number, a
     * bad network address, a missing model.
     *
     * @param rows how many rows
     * @param badRows the indexes of the rows to break
     * @return the rows, without a header
     */
    public static List<List<String>> rows(int rows, Set<Integer> badRows) {
        List<List<String>> out = new ArrayList<>(rows);
        int broken = 0;
        for (int i = 0; i < rows; i++) {
            String asset = String.format("HP-CAM-%05d", i);
            List<String> row = row(asset, i);
            out.add(badRows.contains(i) ? breakRow(row, asset, broken++) : row);
        }
        return out;
    }

    /**
     * An import of {@link #rows(int, Set)} as a file holds them: the header on line 1 and row i on
     * line i + 2.
     *
     * @param actor who imports
     * @param rows how many rows
     * @param badRows the indexes of the rows to break
     * @return the command
     */
    public static ImportDevices.Command importCommand(PersonId actor, int rows, Set<Integer> badRows) {
        List<List<String>> fields = rows(rows, badRows);
        List<ImportDevices.Row> numbered = new ArrayList<>(rows);
        for (int i = 0; i < fields.size(); i++) {
            numbered.add(ImportDevices.Row.of(i + 2, fields.get(i)));
        }
        return new ImportDevices.Command(actor, header(), numbered);
    }

    private static List<String> breakRow(List<String> row, String asset, int how) {
        List<String> broken = new ArrayList<>(row);
        java.util.function.BiConsumer<String, java.util.function.UnaryOperator<String>> change =
                (column, f) -> broken.set(ImportDevices.COLUMNS.indexOf(column), f.apply(broken.get(ImportDevices.COLUMNS.indexOf(column))));
        switch (how % 7) {
            case 0 -> change.accept("credentialsReference", v -> "admin:Hik12345");
            case 1 -> change.accept("placeClass", v -> "TOILET");
            case 2 -> change.accept("purchasedOn", v -> "2022-01-01");
            case 3 -> change.accept("type", v -> "TELESCOPE");
            case 4 -> change.accept("assetNumber", v -> "HP-CAM-00000");
            case 5 -> change.accept("networkAddress", v -> v.replace(":80", ":99999"));
            default -> change.accept("model", v -> "");
        }
        return broken;
    }
}
