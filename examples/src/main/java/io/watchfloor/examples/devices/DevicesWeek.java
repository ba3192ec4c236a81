package io.watchfloor.examples.devices;

import io.watchfloor.devices.ChangeKind;
import io.watchfloor.devices.ChangeRequest;
import io.watchfloor.devices.Device;
import io.watchfloor.devices.DevicePolicy;
import io.watchfloor.devices.DeviceStatus;
import io.watchfloor.devices.DeviceType;
import io.watchfloor.devices.DevicesModule;
import io.watchfloor.devices.HealthSweep;
import io.watchfloor.devices.ImportReport;
import io.watchfloor.devices.Inspection;
import io.watchfloor.devices.InspectionFrequency;
import io.watchfloor.devices.InspectionSchedule;
import io.watchfloor.devices.ObservedChangeOutcome;
import io.watchfloor.devices.PictureProblem;
import io.watchfloor.devices.PlaceClass;
import io.watchfloor.devices.ProposedChange;
import io.watchfloor.devices.RepairOrder;
import io.watchfloor.devices.RepairTimes;
import io.watchfloor.devices.ServiceKind;
import io.watchfloor.devices.Symptom;
import io.watchfloor.devices.port.in.ApplyChange;
import io.watchfloor.devices.port.in.DecideChange;
import io.watchfloor.devices.port.in.ImportDevices;
import io.watchfloor.devices.port.in.MoveRepair;
import io.watchfloor.devices.port.in.RecordInspection;
import io.watchfloor.devices.port.in.RecordObservedChange;
import io.watchfloor.devices.port.in.RecordServicing;
import io.watchfloor.devices.port.in.ReportFault;
import io.watchfloor.devices.port.in.RequestChange;
import io.watchfloor.devices.port.in.ScheduleInspections;
import io.watchfloor.examples.Centre;
import io.watchfloor.examples.DemoWeek;
import io.watchfloor.examples.DutyReport;
import io.watchfloor.examples.WeekPart;
import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.Location;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.testkit.devices.InMemoryDeviceStores;
import io.watchfloor.testkit.devices.ScriptedCamera;
import io.watchfloor.testkit.devices.ScriptedCameraGateway;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The devices of a Huangpu district centre through one week: on Monday the archive is imported from
 * the asset register's CSV (a few rows are refused: a password instead of a credentials reference, a
 * camera in a hotel room, a duplicate); operators check the cameras at every shift start; the health
 * monitor sweeps every camera every five minutes. Tuesday afternoon a camera on the Bund goes dark
 * and becomes a fault; Wednesday night a camera's clock drifts; Thursday a fogged lens fails its
 * inspection and a spare stands in; a bus-stop camera is re-aimed with approval, a move into a
 * changing room is refused, and two cameras turned without approval are recorded as violations;
 * firmware is upgraded; on Sunday evening an operator falls ill and half the cameras miss their check.
 */
public final class DevicesWeek implements WeekPart {

    /** Where the district's cameras are: place, latitude, longitude. */
    private static final List<Object[]> PLACES = List.of(
            new Object[] {"Nanjing Road East at Henan Road", 31.2376, 121.4828},
            new Object[] {"People's Square, north gate", 31.2330, 121.4751},
            new Object[] {"People's Square bus terminus", 31.2319, 121.4716},
            new Object[] {"The Bund, Chen Yi Square", 31.2400, 121.4905},
            new Object[] {"The Bund, Waibaidu Bridge", 31.2446, 121.4886},
            new Object[] {"Yu Garden bazaar, Fuyou Road", 31.2270, 121.4920},
            new Object[] {"Huaihai Road at Huangpi Road", 31.2220, 121.4730},
            new Object[] {"Xintiandi, Madang Road", 31.2200, 121.4750},
            new Object[] {"Metro Line 2, People's Square concourse", 31.2335, 121.4737},
            new Object[] {"Fuzhou Road book street", 31.2357, 121.4800});

    private DevicesModule module;
    private InMemoryDeviceStores stores;
    private ScriptedCameraGateway gateway;
    private String archiveCsv;
    private ImportReport imported;
    private final List<Device> cameras = new ArrayList<>();
    private final Map<Instant, List<Consumer<Centre>>> agenda = new LinkedHashMap<>();
    private final List<String> refusals = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private InspectionSchedule shiftCheck;
    private int healthSweeps;
    private Person technician;
    private Person centreHead;
    private List<Person> operators;
    private List<Person> shiftLeaders;
    private Person supervisor;

    /** The devices module of the week, for other parts to wire to. */
    public DevicesModule module() {
        return module;
    }

    /** The device stores of the week. */
    public InMemoryDeviceStores stores() {
        return stores;
    }

    /** The CSV the archive was imported from. */
    public String archiveCsv() {
        return archiveCsv;
    }

    /** What the import did. */
    public ImportReport importReport() {
        return imported;
    }

    /** The camera ids of the archive, for recordings and access to refer to. */
    public List<CameraId> cameraIds() {
        return stores.devices.ofType(DeviceType.CAMERA).stream().map(Device::camera).toList();
    }

    /** Instant of {@code day} (0 = Monday) at {@code time} in Shanghai. */
    public static Instant at(int day, String time) {
        return DemoWeek.START.atZone(Centre.ZONE).plusDays(day).with(LocalTime.parse(time)).toInstant();
    }

    private void plan(Instant when, Consumer<Centre> action) {
        agenda.computeIfAbsent(when, w -> new ArrayList<>()).add(action);
    }

    @Override
    public void setUp(Centre centre) {
        stores = new InMemoryDeviceStores(centre.transactions());
        gateway = new ScriptedCameraGateway(centre.clock());
        module = DevicesModule.create(new DevicesModule.Ports(stores.stores(), gateway, centre.people(), DevicePolicy.DEFAULT),
                centre.runtime());
        technician = staff(centre, Role.TECHNICIAN).get(0);
        centreHead = staff(centre, Role.CENTRE_HEAD).get(0);
        operators = staff(centre, Role.OPERATOR).stream().filter(p -> !p.hasRole(Role.SHIFT_LEADER)).toList();
        shiftLeaders = staff(centre, Role.SHIFT_LEADER);
        supervisor = staff(centre, Role.FIELD_SUPERVISOR).get(0);

        archiveCsv = archive();
        imported = module.importDevices().importRows(DeviceCsv.read(technician.id(), new StringReader(archiveCsv)));
        cameras.addAll(stores.devices.ofType(DeviceType.CAMERA).stream().filter(d -> d.status() == DeviceStatus.IN_SERVICE).toList());
        for (Device camera : cameras) {
            gateway.install(camera.endpoint().orElseThrow());
        }
        shiftCheck = module.scheduleInspections().schedule(new ScheduleInspections.Command(technician.id(), "Camera check at shift start",
                DeviceType.CAMERA, InspectionFrequency.AT_SHIFT_START, InspectionSchedule.SHIFT_START_CAMERA_CHECKS));
        module.scheduleInspections().schedule(new ScheduleInspections.Command(technician.id(), "NVR weekly check", DeviceType.NVR_DVR,
                InspectionFrequency.WEEKLY, List.of("all channels recording", "disk health", "time synchronised")));
        module.scheduleInspections().schedule(new ScheduleInspections.Command(technician.id(), "UPS monthly full check", DeviceType.POWER,
                InspectionFrequency.MONTHLY, List.of("battery test", "load below 70 %", "alarm contacts")));
        script();
    }

    private static List<Person> staff(Centre centre, Role role) {
        List<Person> people = centre.people().withRole(role);
        if (people.isEmpty()) {
            throw new IllegalStateException("the devices week needs a " + role.title() + " on the staff records: play it after the people part");
        }
        return people;
    }

    private Device camera(String asset) {
        return stores.devices.withAssetNumber(asset).orElseThrow();
    }

    private ScriptedCamera scripted(String asset) {
        return gateway.at(camera(asset).details().address());
    }

    /** The asset register's CSV: 40 cameras, NVRs, storage, UPS, radios and extinguishers, and four bad rows. */
    static String archive() {
        StringBuilder csv = new StringBuilder();
        DeviceCsv.writeRecords(csv, List.of(ImportDevices.COLUMNS));
        for (int i = 1; i <= 40; i++) {
            Object[] place = PLACES.get((i - 1) % PLACES.size());
            boolean important = ((String) place[0]).startsWith("Metro") || ((String) place[0]).startsWith("The Bund");
            String credentials = "vault:cctv/huangpu/hp-cam-" + String.format("%03d", i);
            String placeClass = "PUBLIC_SPACE";
            String asset = String.format("HP-CAM-%03d", i);
            if (i == 13) {
                credentials = "admin:Hik12345";
            }
            if (i == 27) {
                placeClass = "HOTEL_ROOM";
            }
            if (i == 33) {
                asset = "HP-CAM-032";
            }
            row(csv, asset, "CAMERA", i % 3 == 0 ? "DS-2DE4425IW-DE" : "DS-2CD2T47G2-L", "Hikvision", "DS" + (2_310_000 + i),
                    "2023-0" + (1 + i % 9) + "-15", "2023-11-20", "district procurement HP-2023-17",
                    ((double) place[1]) + (i / 10) * 0.0004, ((double) place[2]) - (i / 10) * 0.0004,
                    "Huangpu, " + place[0] + (i > 10 ? ", pole " + i : ""), placeClass, i % 3 == 0 ? "PTZ patrol" : "towards the crossing",
                    (String) place[0], important ? "IMPORTANT" : "ORDINARY", important ? "ADVANCED" : "BASIC",
                    "10.21." + (i / 50) + "." + (100 + i) + ":80", credentials, "true", "V5.7.1", "IN_SERVICE");
        }
        row(csv, "HP-CAM-SPARE-1", "CAMERA", "DS-2CD2T47G2-L", "Hikvision", "DS2319901", "2024-02-01", "2024-05-10", "district procurement HP-2024-03",
                31.2300, 121.4740, "Huangpu centre store room", "EQUIPMENT_ROOM", "", "Store room", "ORDINARY", "BASIC", "", "", "false", "V5.7.1", "SPARE");
        for (int i = 1; i <= 4; i++) {
            row(csv, "HP-NVR-0" + i, "NVR_DVR", "DS-9664NI-M8", "Hikvision", "NVR" + (870_000 + i), "2023-05-01", "2023-11-20",
                    "district procurement HP-2023-17", 31.2305, 121.4745, "Huangpu monitoring centre, rack " + i, "EQUIPMENT_ROOM", "",
                    "Equipment room", "IMPORTANT", "HIGHEST", "10.21.9." + i + ":8000", "vault:cctv/huangpu/nvr-0" + i, "false", "V4.62.210", "IN_SERVICE");
        }
        row(csv, "HP-NVR-01", "NVR_DVR", "DS-9664NI-M8", "Hikvision", "NVR870099", "2023-05-01", "2023-11-20", "district procurement HP-2023-17",
                31.2305, 121.4745, "Huangpu monitoring centre, rack 9", "EQUIPMENT_ROOM", "", "Equipment room", "IMPORTANT", "HIGHEST",
                "10.21.9.9:8000", "vault:cctv/huangpu/nvr-09", "false", "V4.62.210", "IN_SERVICE");
        row(csv, "HP-STO-01", "STORAGE", "CVR-2024", "Dahua", "ST5501", "2023-04-01", "2023-11-20", "district procurement HP-2023-17", 31.2305, 121.4745,
                "Huangpu monitoring centre, rack 5", "EQUIPMENT_ROOM", "", "Equipment room", "IMPORTANT", "HIGHEST", "10.21.9.20", "vault:cctv/huangpu/cvr",
                "false", "", "IN_SERVICE");
        row(csv, "HP-UPS-01", "POWER", "Santak C10KS", "Santak", "UPS77120", "2022-09-01", "2023-01-10", "facility budget 2023", 31.2305, 121.4745,
                "Huangpu monitoring centre, power room", "EQUIPMENT_ROOM", "", "Equipment room", "IMPORTANT", "HIGHEST", "", "", "false", "", "IN_SERVICE");
        for (int i = 1; i <= 6; i++) {
            row(csv, "HP-RAD-0" + i, "RADIO", "Motorola P8608i", "Motorola", "RAD" + (4400 + i), "2024-01-05", "2024-03-01", "facility budget 2024",
                    31.2305, 121.4745, "Huangpu monitoring centre, duty desk", "OFFICE", "", "Control room", "ORDINARY", "BASIC", "", "", "false", "", "IN_SERVICE");
        }
        for (int i = 1; i <= 3; i++) {
            row(csv, "HP-EXT-0" + i, "EXTINGUISHER", "MFZ/ABC4", "Nanfang", "EXT" + (900 + i), "2025-03-01", "2025-04-01", "facility budget 2025",
                    31.2305, 121.4745, "Huangpu monitoring centre, \"fire point " + i + "\"", "BUILDING_COMMON_AREA", "", "Control room", "ORDINARY",
                    "BASIC", "", "", "false", "", "IN_SERVICE");
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String asset, String type, String model, String maker, String serial, String produced, String purchased,
                            String channel, double lat, double lon, String address, String placeClass, String aim, String zone, String importance,
                            String access, String networkAddress, String credentials, String recording, String firmware, String status) {
        List<String> values = List.of("", asset, type, model, maker, serial, produced, purchased, channel,
                String.format(Locale.ROOT, "%.6f", lat), String.format(Locale.ROOT, "%.6f", lon), address, placeClass, aim, zone, importance,
                access, networkAddress, credentials, recording, firmware, status, "");
        DeviceCsv.writeRecords(csv, List.of(values));
    }

    private void script() {
        // Monday: a fight at the bus terminus; the operator asks to re-aim the camera, the shift leader approves, the technician applies.
        plan(at(0, "10:00"), c -> remember(module.requestChange().request(new RequestChange.Command(operators.get(0).id(), camera("HP-CAM-003").id(),
                ChangeKind.REAIM, ProposedChange.reaim("bus terminus platforms 1-3"), "repeated fights at the terminus at night"))));
        plan(at(0, "10:30"), c -> module.decideChange().approve(new DecideChange.Command(shiftLeaders.get(0).id(), lastRequest, "approved for the night watch")));
        plan(at(0, "14:00"), c -> module.applyChange().apply(new ApplyChange.Command(technician.id(), lastRequest)));
        // Tuesday: the Bund camera goes dark at 14:05 (fibre cut by road works) and comes back at 16:40.
        scripted("HP-CAM-004").at(at(1, "14:05"), ScriptedCamera::goOffline).at(at(1, "16:40"), ScriptedCamera::comeBack);
        plan(at(1, "14:45"), c -> repairFor("HP-CAM-004", order -> {
            module.moveRepair().assign(new MoveRepair.Assign(technician.id(), order, technician.id()));
        }));
        plan(at(1, "15:10"), c -> repairFor("HP-CAM-004", order -> module.moveRepair().start(new MoveRepair.Step(technician.id(), order))));
        plan(at(1, "16:35"), c -> repairFor("HP-CAM-004", order -> module.moveRepair().finish(new MoveRepair.Finish(technician.id(), order, "fibre spliced"))));
        plan(at(1, "17:00"), c -> repairFor("HP-CAM-004", order -> module.moveRepair().verify(new MoveRepair.Step(technician.id(), order))));
        // Wednesday: the NTP relay fails at 03:00; camera 12's clock runs 9 s ahead until it is fixed at 09:20.
        scripted("HP-CAM-012").at(at(2, "03:00"), cam -> cam.setClockOffset(Duration.ofSeconds(9)))
                .at(at(2, "09:20"), cam -> cam.setClockOffset(Duration.ZERO));
        plan(at(2, "08:30"), c -> repairFor("HP-CAM-012", order -> module.moveRepair().assign(new MoveRepair.Assign(technician.id(), order, technician.id()))));
        plan(at(2, "09:00"), c -> repairFor("HP-CAM-012", order -> module.moveRepair().start(new MoveRepair.Step(technician.id(), order))));
        plan(at(2, "09:25"), c -> repairFor("HP-CAM-012", order -> module.moveRepair().finish(new MoveRepair.Finish(technician.id(), order, "NTP relay restarted"))));
        plan(at(2, "10:00"), c -> repairFor("HP-CAM-012", order -> module.moveRepair().verify(new MoveRepair.Step(technician.id(), order))));
        // Wednesday: someone asks to move a camera into the sports centre's changing room: refused (DEVICE-07).
        plan(at(2, "11:00"), c -> refuse(() -> module.requestChange().request(new RequestChange.Command(operators.get(1).id(), camera("HP-CAM-018").id(),
                ChangeKind.MOVE, ProposedChange.move(new Location(31.2260, 121.4700, "Huangpu sports centre, changing room"), PlaceClass.CHANGING_ROOM,
                        "lockers"), "thefts from lockers"))));
        // Thursday: camera 21's lens fogs; it fails the 08:00 check; a spare stands in until the housing is resealed on Friday.
        plan(at(3, "08:10"), c -> fogged = "HP-CAM-021");
        plan(at(3, "09:00"), c -> repairFor("HP-CAM-021", order -> {
            module.moveRepair().assign(new MoveRepair.Assign(technician.id(), order, technician.id()));
            module.moveRepair().standIn(new MoveRepair.StandIn(technician.id(), order, camera("HP-CAM-SPARE-1").id()));
        }));
        plan(at(3, "10:00"), c -> repairFor("HP-CAM-021", order -> module.moveRepair().start(new MoveRepair.Step(technician.id(), order))));
        plan(at(4, "11:00"), c -> {
            fogged = null;
            repairFor("HP-CAM-021", order -> module.moveRepair().finish(new MoveRepair.Finish(technician.id(), order, "housing resealed, desiccant replaced")));
        });
        plan(at(4, "11:30"), c -> repairFor("HP-CAM-021", order -> module.moveRepair().verify(new MoveRepair.Step(technician.id(), order))));
        // Thursday afternoon: the security patch goes onto the Bund and Metro cameras; three lenses are cleaned.
        plan(at(3, "15:00"), c -> {
            for (String asset : List.of("HP-CAM-004", "HP-CAM-009", "HP-CAM-014", "HP-CAM-019", "HP-CAM-024")) {
                Device d = camera(asset);
                module.recordServicing().record(new RecordServicing.Command(technician.id(), d.id(), ServiceKind.FIRMWARE_UPGRADE,
                        "security patch (ISAPI authentication bypass)", d.details().firmware(), "V5.7.17"));
            }
            for (String asset : List.of("HP-CAM-001", "HP-CAM-002", "HP-CAM-006")) {
                module.recordServicing().record(new RecordServicing.Command(technician.id(), camera(asset).id(), ServiceKind.CLEANING,
                        "lens and housing cleaned after the sandstorm", null, null));
            }
        });
        // Friday night: camera 30's picture analysis sees its scene change: someone turned it.
        scripted("HP-CAM-030").at(at(4, "22:00"), cam -> cam.reportPicture(Set.of(PictureProblem.SCENE_CHANGED)));
        plan(at(5, "08:30"), c -> {
            scripted("HP-CAM-030").reportPicture(Set.of());
            Device d = camera("HP-CAM-030");
            ChangeRequest back = module.requestChange().request(new RequestChange.Command(shiftLeaders.get(0).id(), d.id(), ChangeKind.REAIM,
                    ProposedChange.reaim("towards the crossing (restored)"), "turned by someone on Friday night"));
            module.decideChange().approve(new DecideChange.Command(centreHead.id(), back.id(), "restore it"));
            module.applyChange().apply(new ApplyChange.Command(technician.id(), back.id()));
            repairFor("HP-CAM-030", order -> {
                module.moveRepair().assign(new MoveRepair.Assign(technician.id(), order, technician.id()));
                module.moveRepair().start(new MoveRepair.Step(technician.id(), order));
                module.moveRepair().finish(new MoveRepair.Finish(technician.id(), order, "turned back and locked"));
            });
        });
        plan(at(5, "08:45"), c -> repairFor("HP-CAM-030", order -> module.moveRepair().verify(new MoveRepair.Step(technician.id(), order))));
        // Saturday: the field supervisor finds camera 25 pointing at residential windows.
        plan(at(5, "09:00"), c -> {
            ObservedChangeOutcome outcome = module.recordObservedChange().record(new RecordObservedChange.Command(supervisor.id(),
                    camera("HP-CAM-025").id(), ChangeKind.REAIM, "pointing at the residential windows across Fuzhou Road"));
            notes.add("Sat 09:00 field supervisor: camera HP-CAM-025 turned without approval ("
                    + (outcome instanceof ObservedChangeOutcome.Unapproved ? "violation recorded" : "covered") + ")");
        });
        // Sunday evening: the operator of the 16:00 shift falls ill; half the cameras miss their check.
        plan(at(6, "16:10"), c -> halfShift = true);
    }

    private io.watchfloor.devices.ChangeRequestId lastRequest;
    private String fogged;
    private boolean halfShift;

    private void remember(ChangeRequest request) {
        lastRequest = request.id();
    }

    private void refuse(Runnable action) {
        try {
            action.run();
            throw new IllegalStateException("expected a refusal");
        } catch (RuleViolation refused) {
            refusals.add(refused.getMessage());
        }
    }

    private void repairFor(String asset, Consumer<io.watchfloor.devices.RepairOrderId> step) {
        RepairOrder order = stores.repairs.openFor(camera(asset).id())
                .orElseThrow(() -> new IllegalStateException("no open repair order for " + asset));
        step.accept(order.id());
    }

    @Override
    public void onTick(Centre centre, Instant now) {
        List<Consumer<Centre>> due = agenda.remove(now);
        boolean shiftStart = List.of("00:10", "08:10", "16:10").contains(now.atZone(Centre.ZONE).toLocalTime().toString());
        if (due != null) {
            due.forEach(action -> action.accept(centre));
        }
        if (shiftStart) {
            inspect(now);
        }
        HealthSweep sweep = module.monitorCameraHealth().sweep();
        healthSweeps++;
        if (!sweep.faults().isEmpty()) {
            sweep.faults().forEach(f -> notes.add(WHEN.format(now) + " " + stores.devices.get(f.device()).assetNumber() + ", " + f.description()));
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH).withZone(Centre.ZONE);

    private void inspect(Instant now) {
        int shift = (int) (Duration.between(DemoWeek.START, now).toHours() / 8);
        Person operator = operators.get(shift % operators.size());
        List<Device> installed = stores.devices.ofType(DeviceType.CAMERA).stream().filter(Device::isInstalled).toList();
        int limit = halfShift ? installed.size() / 2 : installed.size();
        halfShift = false;
        for (Device camera : installed.subList(0, limit)) {
            boolean clear = !camera.assetNumber().equals(fogged);
            Inspection inspection = module.recordInspection().record(new RecordInspection.Command(operator.id(), camera.id(), shiftCheck.id(),
                    Map.of("picture clear", clear, "recording on", true, "storage space", true), clear ? null : "picture fogged"));
            if (!inspection.passed() && stores.repairs.openFor(camera.id()).isEmpty()) {
                module.reportFault().report(new ReportFault.Command(operator.id(), camera.id(), Set.of(Symptom.ABNORMAL_PICTURE),
                        "failed the shift-start check: picture fogged"));
                notes.add(WHEN.format(now) + " " + operator.name() + ": " + camera.assetNumber() + " failed its check, fault reported");
            }
        }
    }

    @Override
    public void report(Centre centre, DutyReport report) {
        String section = "Devices (设备管理)";
        long total = stores.devices.count();
        long cameraCount = stores.devices.ofType(DeviceType.CAMERA).size();
        report.figure("devices.archive.total", total);
        report.figure("devices.archive.cameras", cameraCount);
        report.figure("devices.import.imported", imported.imported());
        report.figure("devices.import.badRows", imported.badRows().size());
        report.line(section, "Archive: " + total + " devices, " + cameraCount + " of them cameras; imported " + imported.imported()
                + " rows from the asset register in " + imported.batches() + " unit(s) of work, refused " + imported.badRows().size() + ":");
        imported.badRows().forEach(bad -> report.line(section, "  " + bad));

        List<Inspection> inspections = stores.inspections.between(DemoWeek.START, DemoWeek.START.plus(DemoWeek.LENGTH).plusSeconds(1));
        long failed = inspections.stream().filter(i -> !i.passed()).count();
        int overdue = module.listOverdueInspections().overdue().size();
        report.figure("devices.inspections.recorded", inspections.size());
        report.figure("devices.inspections.failed", failed);
        report.figure("devices.inspections.overdueAtEnd", overdue);
        report.line(section, "Inspections: " + inspections.size() + " recorded, " + failed + " failed; " + overdue + " overdue now (DEVICE-02)");

        var faults = stores.faults.all();
        long byMonitor = faults.stream().filter(f -> f.source() == io.watchfloor.devices.FaultSource.HEALTH_MONITOR).count();
        report.figure("devices.faults.reported", faults.size());
        report.figure("devices.faults.byHealthMonitor", byMonitor);
        List<RepairOrder> orders = stores.repairs.all();
        long verified = orders.stream().filter(o -> !o.isOpen()).count();
        report.figure("devices.repairs.verified", verified);
        report.figure("devices.repairs.open", orders.size() - verified);
        report.line(section, "Faults: " + faults.size() + " reported (" + byMonitor + " by the health monitor); repairs verified " + verified
                + ", open " + (orders.size() - verified) + " (DEVICE-03)");
        for (RepairTimes times : module.measureRepairs().meanTimeToRepair()) {
            report.figure("devices.repairs.mttrMinutes." + times.type().name().toLowerCase(Locale.ROOT), times.mean().toMinutes());
            report.line(section, "  mean time to repair, " + times.type().title() + ": " + times.mean().toMinutes() + " min over "
                    + times.verifiedRepairs() + " repair(s)");
        }
        notes.forEach(n -> report.line(section, "  " + n));

        var changes = stores.changes.all();
        long applied = changes.stream().filter(r -> r.state() == io.watchfloor.devices.ChangeState.APPLIED).count();
        var violations = stores.violations.all();
        report.figure("devices.changes.requested", changes.size());
        report.figure("devices.changes.applied", applied);
        report.figure("devices.changes.refused", refusals.size());
        report.figure("devices.changes.violations", violations.size());
        report.line(section, "Changes: " + changes.size() + " requested, " + applied + " applied after approval, " + refusals.size()
                + " refused; " + violations.size() + " unapproved change(s) recorded (DEVICE-04, DEVICE-07)");
        refusals.forEach(r -> report.line(section, "  refused: " + r));
        violations.forEach(v -> report.line(section, "  " + v.sentence()));

        long appeared = centre.events().ofType(io.watchfloor.devices.DeviceEvent.HealthProblemAppeared.class).size();
        long cleared = centre.events().ofType(io.watchfloor.devices.DeviceEvent.HealthProblemCleared.class).size();
        report.figure("devices.health.sweeps", healthSweeps);
        report.figure("devices.health.problemsAppeared", appeared);
        report.figure("devices.health.problemsCleared", cleared);
        report.line(section, "Health: " + healthSweeps + " sweeps of every camera; " + appeared + " problem(s) appeared, " + cleared
                + " cleared; unhealthy now: " + stores.health.unhealthy().size() + " (DEVICE-05)");

        var service = stores.servicing.all();
        long upgrades = service.stream().filter(s -> s.kind() == ServiceKind.FIRMWARE_UPGRADE).count();
        report.figure("devices.servicing.records", service.size());
        report.figure("devices.servicing.firmwareUpgrades", upgrades);
        report.line(section, "Servicing: " + service.size() + " record(s), " + upgrades + " firmware upgrade(s) (DEVICE-06)");
        long faulty = stores.devices.inStatus(DeviceStatus.FAULTY).size();
        report.figure("devices.faultyAtEnd", faulty);
        report.line(section, "Devices with faults at handover: " + faulty);
    }

}
