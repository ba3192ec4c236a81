package io.watchfloor.fuzz;

import io.watchfloor.access.AccessModule;
import io.watchfloor.access.AccessPolicy;
import io.watchfloor.access.Ed25519Signer;
import io.watchfloor.shared.Runtime;
import io.watchfloor.testkit.access.InMemorySignedCheckpoints;
import io.watchfloor.testkit.access.InMemoryStaffIdNumbers;
import io.watchfloor.access.CameraProfile;
import io.watchfloor.cases.CaseCategory;
import io.watchfloor.cases.CasePolicy;
import io.watchfloor.cases.CasesModule;
import io.watchfloor.cases.ReportSource;
import io.watchfloor.cases.TimeBasis;
import io.watchfloor.cases.port.in.ReceiveReport;
import io.watchfloor.devices.DevicePolicy;
import io.watchfloor.devices.DevicesModule;
import io.watchfloor.people.Department;
import io.watchfloor.people.DepartmentKind;
import io.watchfloor.people.Person;
import io.watchfloor.people.PeopleModule;
import io.watchfloor.people.Role;
import io.watchfloor.people.port.in.RegisterDepartment;
import io.watchfloor.plans.PlanPolicy;
import io.watchfloor.plans.PlansModule;
import io.watchfloor.recordings.RecordingsModule;
import io.watchfloor.recordings.RetentionPolicy;
import io.watchfloor.recordings.Segment;
import io.watchfloor.recordings.ShortageChoice;
import io.watchfloor.recordings.StorageArea;
import io.watchfloor.recordings.Trigger;
import io.watchfloor.recordings.port.in.RegisterSegments;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.Location;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.WorkingCalendar;
import io.watchfloor.shared.ZoneImportance;
import io.watchfloor.shifts.RotaPolicy;
import io.watchfloor.shifts.ShiftsModule;
import io.watchfloor.testkit.access.AccessSamples;
import io.watchfloor.testkit.access.InMemoryAccessLog;
import io.watchfloor.testkit.access.InMemoryAccessRequests;
import io.watchfloor.testkit.access.InMemoryCameraDirectory;
import io.watchfloor.testkit.access.InMemoryClearances;
import io.watchfloor.testkit.access.InMemoryDutyStatus;
import io.watchfloor.testkit.access.InMemoryExports;
import io.watchfloor.testkit.access.InMemoryFootageArchive;
import io.watchfloor.testkit.access.InMemoryGrants;
import io.watchfloor.testkit.access.InMemoryVisits;
import io.watchfloor.testkit.access.RecordingMasker;
import io.watchfloor.testkit.cases.InMemoryCases;
import io.watchfloor.testkit.cases.InMemoryErrorRecords;
import io.watchfloor.testkit.cases.InMemoryIncidents;
import io.watchfloor.testkit.devices.InMemoryDeviceStores;
import io.watchfloor.testkit.devices.ScriptedCameraGateway;
import io.watchfloor.testkit.people.InMemoryDepartments;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.plans.InMemoryActivations;
import io.watchfloor.testkit.plans.InMemoryContingencyPlans;
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
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.RecordingEventSink;
import io.watchfloor.testkit.shared.SettableClock;
import io.watchfloor.testkit.shared.Validators;
import io.watchfloor.testkit.shifts.InMemoryShifts;
import io.watchfloor.testkit.shifts.PeopleStaff;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole centre in Shanghai for the fuzzer, every module built by its {@code create} factory over
 * the testkit's in-memory stores, as domain-tests wires each context: a 24/7 centre and an office-hours
 * Roads Bureau, one person for every role (and a shift leader who is also an operator), cameras in
 * every zone, footage of the past days, one case received. The clock stands still at Monday
 * 23 November 2026, 09:00. Everything it seeds is offered to the fuzzer as a known id.
 */
final class FuzzedCentre {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = LocalDateTime.of(2026, 11, 23, 9, 0).atZone(SHANGHAI).toInstant();

    final InMemoryTransactions transactions = new InMemoryTransactions();
    final RecordingEventSink events = new RecordingEventSink();
    final SettableClock clock = SettableClock.at(NOW, SHANGHAI);

    final InMemoryPeople people = new InMemoryPeople(transactions);
    final InMemoryDepartments departments = new InMemoryDepartments(transactions);
    final InMemoryContingencyPlans plans = new InMemoryContingencyPlans(transactions);
    final InMemoryActivations activations = new InMemoryActivations(transactions);
    final InMemoryCases cases = new InMemoryCases(transactions);
    final InMemoryErrorRecords errors = new InMemoryErrorRecords(transactions);
    final InMemoryIncidents incidents = new InMemoryIncidents(transactions);
    final InMemoryDeviceStores devices = new InMemoryDeviceStores(transactions);
    final ScriptedCameraGateway cameraGateway = new ScriptedCameraGateway(clock);
    final InMemorySegments segments = new InMemorySegments(transactions);
    final InMemoryHolds holds = new InMemoryHolds(transactions);
    final InMemoryBackups backups = new InMemoryBackups(transactions);
    final InMemoryDestructionRecords destructions = new InMemoryDestructionRecords(transactions);
    final InMemoryRetentionPolicies retention = new InMemoryRetentionPolicies(transactions, RetentionPolicy.defaults(ShortageChoice.ALARM_ONLY));
    final InMemoryCameraZones zones = new InMemoryCameraZones();
    final InMemoryEvidenceReferences references = new InMemoryEvidenceReferences();
    final InMemoryRecordingStore media = new InMemoryRecordingStore(clock);
    final InMemoryRecordingControl recordingControl = new InMemoryRecordingControl();
    final InMemoryAccessRequests accessRequests = new InMemoryAccessRequests(transactions);
    final InMemoryGrants grants = new InMemoryGrants(transactions);
    final InMemoryAccessLog accessLog = new InMemoryAccessLog(transactions);
    final InMemoryExports exports = new InMemoryExports(transactions);
    final InMemoryVisits visits = new InMemoryVisits(transactions);
    final InMemoryCameraDirectory cameraDirectory = new InMemoryCameraDirectory();
    final InMemoryClearances clearances = new InMemoryClearances();
    final InMemoryDutyStatus dutyStatus = new InMemoryDutyStatus();
    final InMemoryFootageArchive archive = new InMemoryFootageArchive();
    final RecordingMasker masker = new RecordingMasker();
    final InMemoryShifts shiftStores = InMemoryShifts.create(transactions);

    final ShiftsModule shifts = ShiftsModule.create(shiftStores.stores(), new PeopleStaff(people), RotaPolicy.defaults(SHANGHAI), events,
            transactions, clock, Validators.validator());
    final PeopleModule peopleModule = PeopleModule.create(people, departments, shifts.dutyRoster(), events, transactions, clock,
            Validators.validator());
    final PlansModule plansModule = PlansModule.create(plans, activations, people, events, transactions, clock, Validators.validator(),
            PlanPolicy.in(SHANGHAI));
    final DevicesModule devicesModule = DevicesModule.create(devices.stores(), cameraGateway, people, events, transactions, clock,
            Validators.validator(), DevicePolicy.DEFAULT);
    final RecordingsModule recordingsModule = RecordingsModule.create(new RecordingsModule.Ports(segments, holds, backups, destructions,
            retention, zones, references, media, recordingControl, people), events, transactions, clock, Validators.validator());
    final AccessModule accessModule = AccessModule.create(new AccessModule.Ports(
            new AccessModule.Stores(accessRequests, grants, accessLog, exports, visits, new InMemorySignedCheckpoints(transactions)),
            new AccessModule.Gateways(cameraDirectory, clearances, dutyStatus, archive, masker,
                    new InMemoryStaffIdNumbers(AccessSamples.TEST_SEAL), Ed25519Signer.of(Ed25519Signer.newKeyPair())),
            people, AccessSamples.TEST_SEAL, AccessPolicy.defaults()), Runtime.of(clock, Validators.validator(), transactions, events));
    final CasesModule casesModule;

    /** Every id the centre was seeded with, and every one its use cases handed out since. */
    final List<Object> knownIds = new ArrayList<>();

    FuzzedCentre() {
        Department centre = peopleModule.registerDepartment().register(new RegisterDepartment.Command("Monitoring Centre",
                DepartmentKind.CENTRE, WorkingCalendar.twentyFourSeven(SHANGHAI)));
        Department roads = peopleModule.registerDepartment().register(new RegisterDepartment.Command("Roads Bureau",
                DepartmentKind.RESPONSIBLE, WorkingCalendar.in(SHANGHAI).weekdays(WorkingCalendar.Hours.of("08:30", "12:00"))
                        .weekdays(WorkingCalendar.Hours.of("13:30", "17:30")).build()));
        knownIds.add(centre.id());
        knownIds.add(roads.id());
        TimeRange today = TimeRange.starting(NOW.minus(Duration.ofHours(1)), Duration.ofHours(12));
        Person acceptor = null;
        for (Role role : Role.values()) {
            Person person = people.save(Person.newPerson("Staff " + role, Set.of(role),
                    role == Role.DEPARTMENT_STAFF ? roads.id() : centre.id()));
            clearances.set(person.id(), AccessLevel.HIGHEST);
            dutyStatus.onDuty(person.id(), today);
            knownIds.add(person.id());
            acceptor = role == Role.ACCEPTOR ? person : acceptor;
        }
        Person leader = people.save(Person.newPerson("Zhou Min", Set.of(Role.SHIFT_LEADER, Role.OPERATOR), centre.id()));
        clearances.set(leader.id(), AccessLevel.ADVANCED);
        knownIds.add(leader.id());
        for (ZoneImportance importance : ZoneImportance.values()) {
            CameraId camera = zones.newCamera(importance);
            cameraDirectory.put(new CameraProfile(camera, "Camera " + importance, AccessLevel.BASIC, AccessLevel.BASIC, false));
            archive.record(camera, TimeRange.starting(NOW.minus(Duration.ofDays(7)), Duration.ofDays(7)));
            knownIds.add(camera);
            for (int hour = 1; hour <= 3; hour++) {
                Instant start = NOW.minus(Duration.ofHours(hour * 24L));
                Segment segment = recordingsModule.registerSegments().register(new RegisterSegments.Command(camera, start,
                        start.plus(Duration.ofHours(1)), new StorageArea("NVR-01"), camera + "/" + hour + ".mp4", 1_000_000,
                        RecordingsFixture.sha256(camera + "#" + hour), Trigger.CONTINUOUS));
                media.write(segment);
                knownIds.add(segment.id());
            }
        }
        casesModule = CasesModule.create(new CasesModule.Ports(cases, errors, incidents, people, departments,
                peopleModule.findEscalationTarget(), plansModule.gateway(), CasePolicy.defaults()
                        .withCategory(new CaseCategory("ROAD", "Road damage", roads.id(), Duration.ofHours(8), TimeBasis.WORKING))
                        .withCategory(new CaseCategory("LITTER", "Litter", centre.id(), Duration.ofHours(2), TimeBasis.CONTINUOUS))),
                Runtime.of(clock, Validators.validator(), transactions, events));
        knownIds.add(casesModule.receiveReport().receive(new ReceiveReport.Command(acceptor.id(), ReportSource.CAMERA,
                "Pothole in the cycle lane", new Location(31.2304, 121.4737, "People's Square"))).id());
        events.clear();
    }

    /** The modules that hand out use cases, by name. */
    Map<String, Object> modules() {
        Map<String, Object> modules = new LinkedHashMap<>();
        modules.put("people", peopleModule);
        modules.put("plans", plansModule);
        modules.put("cases", casesModule);
        modules.put("devices", devicesModule);
        modules.put("recordings", recordingsModule);
        modules.put("access", accessModule);
        modules.put("shifts", shifts);
        return modules;
    }

    /** Every store and gateway that keeps state: a refused command must leave each one as it was. */
    Map<String, Object> stores() {
        Map<String, Object> stores = new LinkedHashMap<>();
        for (Object store : List.of(people, departments, plans, activations, cases, errors, incidents, devices, cameraGateway, segments,
                holds, backups, destructions, retention, zones, references, media, recordingControl, accessRequests, grants, exports,
                visits, cameraDirectory, clearances, dutyStatus, archive, masker, shiftStores)) {
            stores.put(store.getClass().getSimpleName(), store);
        }
        return stores;
    }
}
