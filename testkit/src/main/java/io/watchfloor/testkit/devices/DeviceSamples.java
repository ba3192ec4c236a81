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
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ready-made devices, commands and CSV for tests, contract suites, demos and benchmarks: cameras and
 * other equipment of a Shanghai district (People's Square, around 31.23 N 121.47 E).
 */
public final class DeviceSamples {

    private DeviceSamples() {
    }

    /** An installed camera's details, asset number {@code asset}, at the n-th spot of the district. */
    public static DeviceDetails camera(String asset, int n) {
        return details(asset, DeviceType.CAMERA, n, true);
    }

    /** Details of a device of any type; only cameras record. */
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

    /** The n-th spot of the district. */
    public static Location spot(int n) {
        return new Location(31.2304 + (n % 100) * 0.0003, 121.4737 + (n / 100 % 100) * 0.0003, "Huangpu district, spot " + n);
    }

    /** A registered, not yet stored device. */
    public static Device registered(DeviceDetails details, Instant at, PersonId by) {
        return Device.register(DeviceId.newId(), null, details, false, at, by);
    }

    /** A staff fault report on {@code device}. */
    public static FaultReport fault(DeviceId device, PersonId by, Instant at) {
        return new FaultReport(FaultReportId.newId(), device, Set.of(Symptom.ABNORMAL_PICTURE), "picture flickers", FaultSource.STAFF, by, at);
    }

    /** A register command for a camera at the n-th spot. */
    public static RegisterDevice.Command registerCamera(PersonId actor, String asset, int n) {
        DeviceDetails d = camera(asset, n);
        return command(actor, d, false);
    }

    /** The register command that describes {@code d}. */
    public static RegisterDevice.Command command(PersonId actor, DeviceDetails d, boolean spare) {
        return spare ? RegisterDevice.Command.spare(actor, d) : RegisterDevice.Command.inService(actor, d);
    }

    /** The header line of an import file, without its line end. */
    public static String csvHeader() {
        return String.join(",", ImportDevices.COLUMNS);
    }

    /** One good CSV row (no line end) for a camera at the n-th spot, asset number {@code asset}. */
    public static String csvRow(String asset, int n) {
        Map<String, String> text = new java.util.HashMap<>(camera(asset, n).asText());
        text.put("id", "");
        text.put("status", "IN_SERVICE");
        text.put("cameraId", "");
        text.put("address", "\"" + text.get("address").replace("\"", "\"\"") + ", \"\"People's Square\"\"\"");
        List<String> values = ImportDevices.COLUMNS.stream().map(c -> c.equals("address") ? text.get(c) : plain(text.get(c))).toList();
        return String.join(",", values);
    }

    private static String plain(String v) {
        if (v.contains(",") || v.contains("\"")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /**
     * An import file of {@code rows} camera rows (header on line 1, row i on line i + 2), CRLF line
     * ends, in which the rows whose index is in {@code badRows} are broken in turn: a password as
     * credentials, a recording camera in a toilet, a purchase before production, an unknown type, a
     * duplicate asset number, a bad network address, a missing model.
     */
    public static String csv(int rows, Set<Integer> badRows) {
        StringBuilder out = new StringBuilder(rows * 300);
        out.append(csvHeader()).append("\r\n");
        int broken = 0;
        for (int i = 0; i < rows; i++) {
            String asset = String.format("HP-CAM-%05d", i);
            String row = csvRow(asset, i);
            if (badRows.contains(i)) {
                row = breakRow(row, asset, broken++);
            }
            out.append(row).append("\r\n");
        }
        return out.toString();
    }

    private static String breakRow(String row, String asset, int how) {
        return switch (how % 7) {
            case 0 -> row.replace("vault:cctv/huangpu/" + asset.toLowerCase(), "admin:Hik12345");
            case 1 -> row.replace("PUBLIC_SPACE", "TOILET");
            case 2 -> row.replace("2023-06-15", "2022-01-01");
            case 3 -> row.replace(",CAMERA,", ",TELESCOPE,");
            case 4 -> row.replace(asset, "HP-CAM-00000");
            case 5 -> row.replaceFirst("10\\.20\\.(\\d+)\\.(\\d+):80", "10.20.$1.$2:99999");
            default -> row.replace("DS-2CD2T47G2", "");
        };
    }
}
