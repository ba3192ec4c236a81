package io.watchfloor.devices.internal;

import io.watchfloor.devices.CredentialsReference;
import io.watchfloor.devices.Device;
import io.watchfloor.devices.DeviceDetails;
import io.watchfloor.devices.DeviceEvent;
import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.DeviceStatus;
import io.watchfloor.devices.ImportReport;
import io.watchfloor.devices.Installation;
import io.watchfloor.devices.NetworkAddress;
import io.watchfloor.devices.Zone;
import io.watchfloor.devices.port.in.ExportDevices;
import io.watchfloor.devices.port.in.ImportDevices;
import io.watchfloor.devices.port.in.RegisterDevice;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.Location;
import io.watchfloor.shared.PageRequest;
import io.watchfloor.shared.Page;
import io.watchfloor.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The archive use cases: register, import and export (DEVICE-01, DEVICE-07). */
public final class ArchiveService implements RegisterDevice, ImportDevices, ExportDevices {

    static final Set<Role> KEEPERS = Set.of(Role.TECHNICIAN, Role.CENTRE_HEAD);

    private final Ports ports;

    public ArchiveService(Ports ports) {
        this.ports = ports;
    }

    @Override
    public Device register(RegisterDevice.Command command) {
        ports.validation().valid(command);
        return ports.transactions().inTransaction(() -> {
            ports.actor(command.actor(), KEEPERS, "register a device");
            Instant at = ports.clock().instant();
            Device device = build(command, DeviceId.newId(), at);
            requireNew(device);
            Device stored = ports.devices().save(device);
            ports.events().publish(registered(stored, at));
            return stored;
        });
    }

    private static DeviceEvent registered(Device device, Instant at) {
        return new DeviceEvent.DeviceRegistered(device.id(), device.assetNumber(), device.type(), device.camera(), at);
    }

    private void requireNew(Device device) {
        ports.devices().withAssetNumber(device.assetNumber()).ifPresent(other -> {
            throw new RuleViolation("DEVICE-01", "asset number " + device.assetNumber() + " is already in the archive, for a "
                    + other.type().title() + " at " + other.details().installation().location().address());
        });
        if (device.camera() != null) {
            ports.devices().withCamera(device.camera()).ifPresent(other -> {
                throw new RuleViolation("DEVICE-01", "camera id " + device.camera() + " already belongs to " + other.assetNumber());
            });
        }
        ports.devices().find(device.id()).ifPresent(other -> {
            throw new RuleViolation("DEVICE-01", "device id " + device.id() + " already belongs to " + other.assetNumber());
        });
    }

    /** The device a valid command describes; refuses a future production date and DEVICE-07. */
    private Device build(RegisterDevice.Command c, DeviceId id, Instant at) {
        if (c.producedOn().isAfter(LocalDate.ofInstant(at, ports.clock().getZone()))) {
            throw Ports.invalid(c, "producedOn", "must not be in the future");
        }
        DeviceDetails details = new DeviceDetails(c.assetNumber(), c.type(), c.model().strip(), c.manufacturer().strip(), c.serial().strip(),
                c.producedOn(), c.purchasedOn(), c.purchaseChannel().strip(),
                new Installation(new Location(c.latitude(), c.longitude(), c.address().strip()), c.placeClass(), c.aim()),
                new Zone(c.zone().strip(), c.zoneImportance(), c.accessLevel()),
                blank(c.networkAddress()) ? null : new NetworkAddress(c.networkAddress()),
                blank(c.credentialsReference()) ? null : new CredentialsReference(c.credentialsReference()),
                c.recording(), c.firmware());
        return Device.register(id, c.camera(), details, c.spare(), at, c.actor());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // ---- import ----

    private record Pending(long line, Device device) {
    }

    @Override
    public ImportReport importRows(ImportDevices.Command command) {
        ports.validation().valid(command);
        Person actor = ports.actor(command.actor(), KEEPERS, "import devices");
        ImportDevices.Row header = command.header();
        if (header == null || !header.isWellFormed()) {
            throw Ports.invalid(command, "header", header == null ? "is missing: the first line names the columns"
                    : "is malformed on line " + header.line() + ": " + header.malformed());
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            index.put(header.fields().get(i).strip(), i);
        }
        List<String> missing = COLUMNS.stream().filter(col -> !index.containsKey(col)).toList();
        if (!missing.isEmpty()) {
            throw Ports.invalid(command, "header", "misses the columns " + missing + " in its header on line " + header.line());
        }
        Instant at = ports.clock().instant();
        List<ImportReport.BadRow> bad = new ArrayList<>();
        Map<String, Long> assetLines = new HashMap<>();
        Map<CameraId, Long> cameraLines = new HashMap<>();
        Map<DeviceId, Long> idLines = new HashMap<>();
        List<Pending> batch = new ArrayList<>();
        int[] imported = {0};
        int[] batches = {0};
        for (ImportDevices.Row row : command.rows()) {
            if (row.isWellFormed() && row.fields().stream().allMatch(String::isBlank) && row.fields().size() <= 1) {
                continue;
            }
            String problem;
            Device device = null;
            if (!row.isWellFormed()) {
                problem = row.malformed();
            } else if (row.fields().size() != header.fields().size()) {
                problem = "has " + row.fields().size() + " fields, the header has " + header.fields().size();
            } else {
                try {
                    device = parse(row, index, actor.id(), at);
                    problem = duplicate(device, assetLines, cameraLines, idLines);
                } catch (InvalidCommand e) {
                    problem = e.errors().stream().map(InvalidCommand.FieldError::toString).collect(Collectors.joining("; "));
                } catch (RuleViolation | IllegalArgumentException e) {
                    problem = e.getMessage();
                }
            }
            if (problem != null) {
                bad.add(new ImportReport.BadRow(row.line(), problem));
                continue;
            }
            assetLines.put(device.assetNumber(), row.line());
            idLines.put(device.id(), row.line());
            if (device.camera() != null) {
                cameraLines.put(device.camera(), row.line());
            }
            batch.add(new Pending(row.line(), device));
            if (batch.size() >= ports.policy().importBatchSize()) {
                store(batch, bad, imported, batches, at);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            store(batch, bad, imported, batches, at);
        }
        bad.sort(java.util.Comparator.comparingLong(ImportReport.BadRow::line));
        return new ImportReport(imported[0], batches[0], bad);
    }

    private String duplicate(Device device, Map<String, Long> assetLines, Map<CameraId, Long> cameraLines, Map<DeviceId, Long> idLines) {
        Long earlier = assetLines.get(device.assetNumber());
        if (earlier != null) {
            return "DEVICE-01: asset number " + device.assetNumber() + " is already on line " + earlier;
        }
        if (ports.devices().withAssetNumber(device.assetNumber()).isPresent()) {
            return "DEVICE-01: asset number " + device.assetNumber() + " is already in the archive";
        }
        if (idLines.containsKey(device.id()) || ports.devices().find(device.id()).isPresent()) {
            return "DEVICE-01: device id " + device.id() + " is already " + (idLines.containsKey(device.id()) ? "on line " + idLines.get(device.id()) : "in the archive");
        }
        if (device.camera() != null && (cameraLines.containsKey(device.camera()) || ports.devices().withCamera(device.camera()).isPresent())) {
            return "DEVICE-01: camera id " + device.camera() + " is already " + (cameraLines.containsKey(device.camera()) ? "on line " + cameraLines.get(device.camera()) : "in the archive");
        }
        return null;
    }

    /** Stores one batch in one unit of work; when it fails, retries its rows one by one so only the bad ones are lost. */
    private void store(List<Pending> batch, List<ImportReport.BadRow> bad, int[] imported, int[] batches, Instant at) {
        try {
            ports.transactions().run(() -> saveAll(batch, at));
            imported[0] += batch.size();
            batches[0]++;
        } catch (RuntimeException batchFailed) {
            for (Pending one : batch) {
                try {
                    ports.transactions().run(() -> saveAll(List.of(one), at));
                    imported[0]++;
                    batches[0]++;
                } catch (RuntimeException e) {
                    bad.add(new ImportReport.BadRow(one.line(), "not stored: " + e.getMessage()));
                }
            }
        }
    }

    private void saveAll(List<Pending> batch, Instant at) {
        for (Pending p : batch) {
            Device stored = ports.devices().save(p.device());
            ports.events().publish(registered(stored, at));
        }
        ports.events().publish(new DeviceEvent.DevicesImported(batch.size(), batch.get(0).line(), batch.get(batch.size() - 1).line(), at));
    }

    private Device parse(ImportDevices.Row row, Map<String, Integer> index, PersonId actor, Instant at) {
        List<InvalidCommand.FieldError> errors = new ArrayList<>();
        Map<String, String> v = new HashMap<>();
        index.forEach((name, i) -> v.put(name, row.fields().get(i)));
        Fields f = new Fields(v, errors);
        String statusText = f.text("status");
        boolean spare = false;
        if (statusText != null) {
            if (statusText.equalsIgnoreCase(DeviceStatus.SPARE.name())) {
                spare = true;
            } else if (!statusText.equalsIgnoreCase(DeviceStatus.IN_SERVICE.name())) {
                errors.add(new InvalidCommand.FieldError("status", "'" + statusText + "' cannot be imported: give IN_SERVICE or SPARE"));
            }
        }
        DeviceId id = f.parse("id", DeviceId::of, "is not a UUID");
        CameraId camera = f.parse("cameraId", CameraId::of, "is not a UUID");
        RegisterDevice.Command command = new RegisterDevice.Command(actor, f.text("assetNumber"),
                f.enumValue("type", io.watchfloor.devices.DeviceType.class), f.text("model"), f.text("manufacturer"), f.text("serial"),
                f.parse("producedOn", LocalDate::parse, "is not a date yyyy-mm-dd"), f.parse("purchasedOn", LocalDate::parse, "is not a date yyyy-mm-dd"),
                f.text("purchaseChannel"), f.parse("latitude", Double::valueOf, "is not a number"), f.parse("longitude", Double::valueOf, "is not a number"),
                f.text("address"), f.enumValue("placeClass", io.watchfloor.devices.PlaceClass.class), f.text("aim"), f.text("zone"),
                f.enumValue("zoneImportance", io.watchfloor.shared.ZoneImportance.class), f.enumValue("accessLevel", io.watchfloor.shared.AccessLevel.class),
                f.text("networkAddress"), f.text("credentialsReference"), f.bool("recording"), f.text("firmware"), spare, camera);
        if (!errors.isEmpty()) {
            throw new InvalidCommand("row", errors);
        }
        ports.validation().valid(command);
        return build(command, id != null ? id : DeviceId.newId(), at);
    }

    /** Reads typed values from one row, collecting what cannot be read. */
    private record Fields(Map<String, String> values, List<InvalidCommand.FieldError> errors) {

        String text(String name) {
            String value = values.get(name);
            return value == null || value.isBlank() ? null : value.strip();
        }

        <T> T parse(String name, java.util.function.Function<String, T> parser, String problem) {
            String value = text(name);
            if (value == null) {
                return null;
            }
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                errors.add(new InvalidCommand.FieldError(name, "'" + value + "' " + problem));
                return null;
            }
        }

        <E extends Enum<E>> E enumValue(String name, Class<E> type) {
            String value = text(name);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidCommand.FieldError(name, "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants())));
                return null;
            }
        }

        boolean bool(String name) {
            String value = text(name);
            if (value == null || value.equalsIgnoreCase("false")) {
                return false;
            }
            if (value.equalsIgnoreCase("true")) {
                return true;
            }
            errors.add(new InvalidCommand.FieldError(name, "'" + value + "' is not true or false"));
            return false;
        }
    }

    // ---- export ----

    @Override
    public int exportRows(java.util.function.Consumer<List<String>> rows) {
        io.watchfloor.shared.Bounds.present("ExportDevices", "rows", rows);
        rows.accept(COLUMNS);
        int written = 0;
        PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            Page<Device> page = ports.devices().list(request);
            for (Device d : page.items()) {
                Map<String, String> text = new HashMap<>(d.details().asText());
                text.put("id", d.id().toString());
                text.put("status", d.status().name());
                text.put("cameraId", d.camera() == null ? "" : d.camera().toString());
                rows.accept(COLUMNS.stream().map(text::get).toList());
                written++;
            }
            if (!page.hasNext()) {
                return written;
            }
            request = request.next();
        }
    }
}
