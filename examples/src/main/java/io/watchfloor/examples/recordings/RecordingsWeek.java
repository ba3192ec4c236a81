package io.watchfloor.examples.recordings;

import io.watchfloor.examples.Centre;
import io.watchfloor.examples.DemoWeek;
import io.watchfloor.examples.DutyReport;
import io.watchfloor.examples.WeekPart;
import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.people.port.in.RegisterPerson;
import io.watchfloor.recordings.DestructionCause;
import io.watchfloor.recordings.DestructionRecord;
import io.watchfloor.recordings.EvidenceReference;
import io.watchfloor.recordings.Hold;
import io.watchfloor.recordings.HoldKind;
import io.watchfloor.recordings.HoldReason;
import io.watchfloor.recordings.LockMode;
import io.watchfloor.recordings.RecordingsEvent;
import io.watchfloor.recordings.RecordingsModule;
import io.watchfloor.recordings.RetentionPolicy;
import io.watchfloor.recordings.Segment;
import io.watchfloor.recordings.ShortageChoice;
import io.watchfloor.recordings.StorageArea;
import io.watchfloor.recordings.StoragePressure;
import io.watchfloor.recordings.SweepReport;
import io.watchfloor.recordings.Trigger;
import io.watchfloor.recordings.port.in.AdoptRetentionPolicy;
import io.watchfloor.recordings.port.in.ChangeHold;
import io.watchfloor.recordings.port.in.PlaceHold;
import io.watchfloor.recordings.port.in.RegisterBackup;
import io.watchfloor.recordings.port.in.RegisterSegments;
import io.watchfloor.recordings.port.in.RelieveStoragePressure;
import io.watchfloor.recordings.port.in.SweepRetention;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.IncidentId;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.ZoneImportance;
import io.watchfloor.testkit.recordings.InMemoryBackups;
import io.watchfloor.testkit.recordings.InMemoryCameraZones;
import io.watchfloor.testkit.recordings.InMemoryDestructionRecords;
import io.watchfloor.testkit.recordings.InMemoryEvidenceReferences;
import io.watchfloor.testkit.recordings.InMemoryHolds;
import io.watchfloor.testkit.recordings.InMemoryRecordingControl;
import io.watchfloor.testkit.recordings.InMemoryRecordingStore;
import io.watchfloor.testkit.recordings.InMemoryRetentionPolicies;
import io.watchfloor.testkit.recordings.InMemorySegments;
import io.watchfloor.testkit.recordings.RecordingsFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recordings of the example centre over the week: thirteen cameras on four NVRs report an hour of
 * footage each on the hour; the old NVR-07 reconnects on Monday and reports a year-old archive, which
 * the nightly sweep destroys past the one-year maximum except what an old court case holds; a theft on
 * Nanjing Road on Tuesday is locked as evidence and backed up; a fight at the Huaihai Road bus stop on
 * Thursday night opens a case and a legal hold; the residential NVR-03 fills up and overwrites its oldest
 * footage; the ATM's NVR-05 is too small for the 90 days an important zone needs and raises an alarm.
 */
public final class RecordingsWeek implements WeekPart {

    /** Bytes of one hour of footage at about 4 Mbit/s. */
    public static final long HOUR_BYTES = 1_800_000_000L;
    /** Bytes one camera writes a day. */
    public static final long DAY_BYTES = 24 * HOUR_BYTES;
    public static final StorageArea NVR_01 = new StorageArea("NVR-01 People's Square");
    public static final StorageArea NVR_03 = new StorageArea("NVR-03 Fuxing Road");
    public static final StorageArea NVR_05 = new StorageArea("NVR-05 Bank branch");
    public static final StorageArea NVR_07 = new StorageArea("NVR-07 Old Town (archive)");
    /** Each area's capacity in bytes. */
    public static final Map<StorageArea, Long> CAPACITY = Map.of(
            NVR_01, 20_000_000_000_000L,
            NVR_03, 31 * 4 * DAY_BYTES,
            NVR_05, 60 * DAY_BYTES,
            NVR_07, 4_000_000_000_000L);
    /** Days of residential footage already on NVR-03 when the week starts (31 to 54 days old). */
    public static final int RESIDENTIAL_BACKLOG_DAYS = 24;
    /** How many hours of archive NVR-07 reports on Monday: a year and a week old. */
    public static final int ARCHIVE_HOURS = 72;
    /** The archive hours the 2025 court case holds. */
    public static final int ARCHIVE_HELD_HOURS = 6;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE dd MMM HH:mm").withZone(Centre.ZONE);

    private final Map<String, CameraId> cameras = new LinkedHashMap<>();
    private final Map<CameraId, String> names = new LinkedHashMap<>();
    private final Map<CameraId, StorageArea> areaOf = new LinkedHashMap<>();
    private InMemorySegments segments;
    private InMemoryHolds holds;
    private InMemoryBackups backups;
    private InMemoryDestructionRecords records;
    private InMemoryEvidenceReferences references;
    private InMemoryRecordingStore store;
    private InMemoryRecordingControl control;
    private RecordingsModule module;
    private Person head;
    private Person leader;
    private Person operator;
    private Hold theftLock;
    private final List<SweepReport> sweeps = new ArrayList<>();
    private final List<StoragePressure> pressures = new ArrayList<>();

    @Override
    public void setUp(Centre centre) {
        var tx = centre.transactions();
        segments = new InMemorySegments(tx);
        holds = new InMemoryHolds(tx);
        backups = new InMemoryBackups(tx);
        records = new InMemoryDestructionRecords(tx);
        references = new InMemoryEvidenceReferences();
        store = new InMemoryRecordingStore();
        control = new InMemoryRecordingControl();
        InMemoryCameraZones zones = new InMemoryCameraZones();
        RetentionPolicy policy = RetentionPolicy.builder("Shanghai 2026", ShortageChoice.ALARM_ONLY)
                .trigger(Trigger.ALARM, Duration.ofDays(180)).maximum(Duration.ofDays(365)).build();
        module = RecordingsModule.create(new RecordingsModule.Ports(segments, holds, backups, records,
                new InMemoryRetentionPolicies(tx, RetentionPolicy.defaults(ShortageChoice.ALARM_ONLY)), zones, references, store,
                control, centre.people()), centre.runtime());

        head = someone(centre, Role.CENTRE_HEAD, "Sun Jianguo");
        leader = someone(centre, Role.SHIFT_LEADER, "Zhou Min");
        operator = someone(centre, Role.OPERATOR, "Li Na");
        module.adoptRetentionPolicy().adopt(new AdoptRetentionPolicy.Command(head.id(), policy));

        camera(zones, "People's Square north", ZoneImportance.IMPORTANT, NVR_01);
        camera(zones, "People's Square metro exit 2", ZoneImportance.IMPORTANT, NVR_01);
        camera(zones, "Nanjing Road East crossing", ZoneImportance.IMPORTANT, NVR_01);
        camera(zones, "Nanjing Road pedestrian street", ZoneImportance.IMPORTANT, NVR_01);
        camera(zones, "Fuxing Road lane 12", ZoneImportance.ORDINARY, NVR_03);
        camera(zones, "Fuxing Road lane 14", ZoneImportance.ORDINARY, NVR_03);
        camera(zones, "Huaihai Road bus stop", ZoneImportance.ORDINARY, NVR_03);
        camera(zones, "Shaanxi Road car park", ZoneImportance.ORDINARY, NVR_03);
        camera(zones, "Bank branch ATM", ZoneImportance.IMPORTANT, NVR_05);
        CameraId oldGate = camera(zones, "Old Town gate", ZoneImportance.ORDINARY, NVR_07);
        CameraId oldMarket = camera(zones, "Old Town market", ZoneImportance.ORDINARY, NVR_07);

        Instant start = DemoWeek.START;
        List<RegisterSegments.Command> backlog = new ArrayList<>();
        for (int day = RESIDENTIAL_BACKLOG_DAYS + 30; day > 30; day--) {
            for (String name : List.of("Fuxing Road lane 12", "Fuxing Road lane 14", "Huaihai Road bus stop", "Shaanxi Road car park")) {
                backlog.add(report(cameras.get(name), start.minus(Duration.ofDays(day)), Duration.ofDays(1), DAY_BYTES, Trigger.CONTINUOUS));
            }
        }
        register(backlog);

        Instant archiveStart = start.minus(Duration.ofDays(372));
        CaseId courtCase = new CaseId(centre.runtime().ids().next());
        module.placeHold().place(new PlaceHold.Command(head.id(), HoldKind.LEGAL_HOLD, null, Set.of(oldGate), archiveStart,
                archiveStart.plus(Duration.ofHours(ARCHIVE_HELD_HOURS)), HoldReason.ROBBERY, courtCase, null,
                "robbery at the Old Town gate, 2025 court case", null));
    }

    private static Person someone(Centre centre, Role role, String name) {
        List<Person> holders = centre.people().withRole(role);
        if (!holders.isEmpty()) {
            return holders.get(0);
        }
        return centre.peopleModule().registerPerson().register(new RegisterPerson.Command(name, Set.of(role), null));
    }

    private CameraId camera(InMemoryCameraZones zones, String name, ZoneImportance importance, StorageArea area) {
        CameraId camera = zones.newCamera(importance);
        cameras.put(name, camera);
        names.put(camera, name);
        areaOf.put(camera, area);
        return camera;
    }

    private RegisterSegments.Command report(CameraId camera, Instant start, Duration length, long bytes, Trigger trigger) {
        String path = names.get(camera).replace(' ', '_') + "/" + start.getEpochSecond() + ".mp4";
        return new RegisterSegments.Command(camera, start, start.plus(length), areaOf.get(camera), path, bytes,
                RecordingsFixture.sha256(camera + path), trigger);
    }

    private void register(List<RegisterSegments.Command> reports) {
        for (int from = 0; from < reports.size(); from += 1_000) {
            var batch = reports.subList(from, Math.min(reports.size(), from + 1_000));
            for (RegisterSegments.Command r : batch) {
                store.write(new io.watchfloor.recordings.MediaLocation(r.area(), r.path()));
            }
            module.registerSegments().registerAll(new RegisterSegments.Batch(List.copyOf(batch)));
        }
    }

    private static Instant local(int dayOfWeek, int hour, int minute) {
        return LocalDateTime.ofInstant(DemoWeek.START, Centre.ZONE).plusDays(dayOfWeek).withHour(hour).withMinute(minute)
                .atZone(Centre.ZONE).toInstant();
    }

    @Override
    public void onTick(Centre centre, Instant now) {
        LocalDateTime wall = LocalDateTime.ofInstant(now, Centre.ZONE);
        if (now.equals(local(0, 1, 0))) {
            archiveReconnects(now);
        }
        if (wall.getMinute() == 0) {
            List<RegisterSegments.Command> hour = new ArrayList<>();
            Instant from = now.minus(Duration.ofHours(1));
            for (CameraId camera : cameras.values()) {
                if (areaOf.get(camera).equals(NVR_07) || control.stopped().containsKey(camera)) {
                    continue;
                }
                boolean theft = names.get(camera).equals("Nanjing Road pedestrian street") && from.equals(local(1, 14, 0));
                hour.add(report(camera, from, Duration.ofHours(1), HOUR_BYTES, theft ? Trigger.ALARM : Trigger.CONTINUOUS));
            }
            register(hour);
        }
        if (wall.getHour() == 3 && wall.getMinute() == 0) {
            sweeps.add(module.sweepRetention().sweep(SweepRetention.Command.standard()));
        }
        if (wall.getHour() == 4 && wall.getMinute() == 0) {
            for (StorageArea area : List.of(NVR_01, NVR_03, NVR_05)) {
                pressures.add(module.relieveStoragePressure().relieve(new RelieveStoragePressure.Command(area, free(area), rates(area))));
            }
        }
        if (now.equals(local(1, 14, 25))) {
            theftLock = module.placeHold().place(new PlaceHold.Command(leader.id(), HoldKind.EVIDENCE_LOCK, LockMode.GOVERNANCE,
                    Set.of(cameras.get("Nanjing Road East crossing"), cameras.get("Nanjing Road pedestrian street")),
                    local(1, 14, 0), local(1, 15, 0), HoldReason.THEFT, null, new IncidentId(centre.runtime().ids().next()),
                    "handbag theft reported by a tourist", now.plus(Duration.ofDays(180)))).hold();
        }
        if (now.equals(local(1, 16, 30))) {
            module.registerBackup().register(new RegisterBackup.Command(operator.id(), theftLock.cameras(), theftLock.range().start(),
                    theftLock.range().end(), HoldReason.THEFT, "evidence room safe 2, disc SH-2026-1124-01", local(1, 16, 10), theftLock.id()));
        }
        if (now.equals(local(4, 9, 0))) {
            CaseId fight = new CaseId(centre.runtime().ids().next());
            CameraId busStop = cameras.get("Huaihai Road bus stop");
            TimeRange night = new TimeRange(local(3, 23, 0), local(4, 0, 30));
            references.refer(EvidenceReference.byCase(fight, busStop, night));
            module.placeHold().place(new PlaceHold.Command(head.id(), HoldKind.LEGAL_HOLD, null, Set.of(busStop), night.start(), night.end(),
                    HoldReason.FIGHT, fight, null, "fight at the bus stop, police case opened", null));
        }
        if (now.equals(local(5, 10, 0))) {
            module.changeHold().shorten(new ChangeHold.Shorten(head.id(), theftLock.id(), now.plus(Duration.ofDays(90)),
                    "suspect identified; the disc copy is kept with the police file"));
        }
    }

    private void archiveReconnects(Instant now) {
        Instant archiveStart = DemoWeek.START.minus(Duration.ofDays(372));
        List<RegisterSegments.Command> archive = new ArrayList<>();
        for (int h = 0; h < ARCHIVE_HOURS; h++) {
            for (String name : List.of("Old Town gate", "Old Town market")) {
                archive.add(report(cameras.get(name), archiveStart.plus(Duration.ofHours(h)), Duration.ofHours(1), HOUR_BYTES, Trigger.CONTINUOUS));
            }
        }
        register(archive);
    }

    /** The free space of an area: its capacity less the footage stored in it. */
    public long free(StorageArea area) {
        return CAPACITY.get(area) - segments.in(area).stream().mapToLong(Segment::sizeBytes).sum();
    }

    private Map<CameraId, Long> rates(StorageArea area) {
        Map<CameraId, Long> rates = new LinkedHashMap<>();
        areaOf.forEach((camera, a) -> {
            if (a.equals(area)) {
                rates.put(camera, control.stopped().containsKey(camera) ? 0L : DAY_BYTES);
            }
        });
        return rates;
    }

    @Override
    public void report(Centre centre, DutyReport report) {
        String section = "Recordings and retention";
        long registered = centre.events().ofType(RecordingsEvent.SegmentRegistered.class).size();
        List<DestructionRecord> all = records.all();
        long bySweep = count(all, DestructionCause.PAST_MAXIMUM);
        long overwritten = count(all, DestructionCause.CAPACITY_OVERWRITE);
        List<RecordingsEvent.RetentionAtRisk> alarms = centre.events().ofType(RecordingsEvent.RetentionAtRisk.class);
        Instant now = centre.clock().instant();
        long holding = holds.all().stream().filter(h -> h.protectsAt(now)).count();

        report.figure("recordings.segmentsRegistered", registered);
        report.figure("recordings.segmentsExisting", segments.count());
        report.figure("recordings.destroyedBySweep", bySweep);
        report.figure("recordings.overwritten", overwritten);
        report.figure("recordings.destructionRecords", all.size());
        report.figure("recordings.holdsInForce", holding);
        report.figure("recordings.backups", backups.all().size());
        report.figure("recordings.alarms", alarms.size());
        report.figure("recordings.sweeps", sweeps.size());

        report.line(section, registered + " segments registered (with NVR-03's backlog and NVR-07's archive); " + segments.count() + " segments of footage exist now");
        report.line(section, sweeps.size() + " nightly sweeps destroyed " + bySweep + " archive segments past the one-year maximum (RET-09); "
                + ARCHIVE_HELD_HOURS + " hours of the Old Town gate stay under the 2025 court case's legal hold (RET-04)");
        report.line(section, "Loop overwrite on " + NVR_03 + " removed " + overwritten + " of its oldest segments past their 30 days (RET-07)");
        report.line(section, all.size() + " destruction records, each with segment, time, policy and SHA-256 (RET-06)");
        for (Hold h : holds.all()) {
            report.line(section, "Hold: " + h.describe() + (h.protectsAt(now) ? "" : ", no longer in force"));
        }
        backups.all().forEach(b -> report.line(section, "Backup register: " + b.reason().name().toLowerCase() + " footage copied to " + b.location()
                + " at " + WHEN.format(b.madeAt())));
        if (!alarms.isEmpty()) {
            RecordingsEvent.RetentionAtRisk last = alarms.get(alarms.size() - 1);
            StringBuilder who = new StringBuilder();
            last.daysAtRisk().forEach((camera, days) -> who.append(names.get(camera)).append(" ").append(days).append(" days; "));
            report.line(section, alarms.size() + " alarms (RET-10): " + last.area() + " cannot keep the minimum retention: " + who
                    + (last.fullAt() == null ? "" : "full by " + WHEN.format(last.fullAt())) + "; policy: keep recording and alarm");
        }
    }

    private static long count(List<DestructionRecord> all, DestructionCause cause) {
        return all.stream().filter(r -> r.cause() == cause && r.stage() == DestructionRecord.Stage.DONE).count();
    }

    public InMemorySegments segments() {
        return segments;
    }

    public InMemoryHolds holds() {
        return holds;
    }

    public InMemoryBackups backups() {
        return backups;
    }

    public InMemoryDestructionRecords records() {
        return records;
    }

    public InMemoryRecordingStore store() {
        return store;
    }

    /** The camera with this name. */
    public CameraId camera(String name) {
        return cameras.get(name);
    }

    /** The area a camera records into. */
    public StorageArea areaOf(CameraId camera) {
        return areaOf.get(camera);
    }

    /** Every storage pressure relieved this week, in order. */
    public List<StoragePressure> pressures() {
        return List.copyOf(pressures);
    }

    /** Every sweep of the week, in order. */
    public List<SweepReport> sweeps() {
        return List.copyOf(sweeps);
    }
}
