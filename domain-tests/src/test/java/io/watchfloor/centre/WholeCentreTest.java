package io.watchfloor.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.access.AccessLogEntry;
import io.watchfloor.access.port.in.ViewLive;
import io.watchfloor.cases.Case;
import io.watchfloor.cases.CaseCategory;
import io.watchfloor.cases.CasePolicy;
import io.watchfloor.cases.CasesEvent;
import io.watchfloor.cases.Incident;
import io.watchfloor.cases.IncidentType;
import io.watchfloor.cases.ReportSource;
import io.watchfloor.cases.Severity;
import io.watchfloor.cases.TimeBasis;
import io.watchfloor.cases.port.in.ChaseCase;
import io.watchfloor.cases.port.in.DispatchCase;
import io.watchfloor.cases.port.in.HandleCase;
import io.watchfloor.cases.port.in.ReceiveReport;
import io.watchfloor.cases.port.in.RecordIncident;
import io.watchfloor.cases.port.in.RegisterCase;
import io.watchfloor.devices.Device;
import io.watchfloor.people.Certification;
import io.watchfloor.people.Department;
import io.watchfloor.people.DepartmentKind;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.recordings.HoldReason;
import io.watchfloor.recordings.RetentionPolicy;
import io.watchfloor.recordings.Segment;
import io.watchfloor.recordings.ShortageChoice;
import io.watchfloor.recordings.Trigger;
import io.watchfloor.recordings.port.in.PlaceHold;
import io.watchfloor.recordings.port.in.RegisterSegments;
import io.watchfloor.recordings.port.in.SweepRetention;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.Runtime;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.Version;
import io.watchfloor.shared.WorkingCalendar;
import io.watchfloor.shared.ZoneImportance;
import io.watchfloor.shifts.Assignment;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.RotaPolicy;
import io.watchfloor.shifts.Shift;
import io.watchfloor.shifts.ShiftTemplate;
import io.watchfloor.testkit.centre.InMemoryEquipment;
import io.watchfloor.testkit.centre.InMemoryStores;
import io.watchfloor.testkit.devices.DeviceSamples;
import io.watchfloor.testkit.recordings.RecordingsFixture;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.RecordingEventSink;
import io.watchfloor.testkit.shared.SettableClock;
import io.watchfloor.testkit.shared.Validators;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A whole centre assembled in one call: the contexts serve each other through the bridges")
class WholeCentreTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final Instant MONDAY_10AM = MONDAY.atTime(10, 0).atZone(SHANGHAI).toInstant();

    private final SettableClock clock = SettableClock.at(MONDAY_10AM, SHANGHAI);
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final RecordingEventSink events = new RecordingEventSink();
    private final InMemoryStores stores = new InMemoryStores(transactions, RetentionPolicy.builder("Shanghai 2026", ShortageChoice.ALARM_ONLY)
            .trigger(Trigger.ALARM, Duration.ofDays(180)).maximum(Duration.ofDays(365)).build());
    private final InMemoryEquipment equipment = new InMemoryEquipment(clock);

    private final Department centreDepartment = stores.departments.save(Department.newDepartment("Monitoring Centre", DepartmentKind.CENTRE,
            WorkingCalendar.twentyFourSeven(SHANGHAI)));
    private final Department sanitation = stores.departments.save(Department.newDepartment("Sanitation Department",
            DepartmentKind.RESPONSIBLE, WorkingCalendar.twentyFourSeven(SHANGHAI)));
    private final Person leaderOnDuty = staff("Zhou Min", Role.SHIFT_LEADER);
    private final Person nightLeader = staff("Wu Gang", Role.SHIFT_LEADER);
    private final Person operatorOnDuty = staff("Li Na", Role.OPERATOR);
    private final Person nightOperator = staff("Chen Jie", Role.OPERATOR);
    private final Person acceptor = staff("Gao Yan", Role.ACCEPTOR);
    private final Person dispatcher = staff("Ma Li", Role.DISPATCHER);
    private final Person centreHead = staff("Sun Jianguo", Role.CENTRE_HEAD);
    private final Person technician = staff("Zheng Kai", Role.TECHNICIAN);
    private final Person sanitationStaff = stores.people.save(Person.newPerson("Hu Jun", Set.of(Role.DEPARTMENT_STAFF), sanitation.id()));

    private final Centre centre = Centre.assemble(stores, equipment.equipment(),
            Runtime.seeded(clock, Validators.validator(), transactions, events, 2026L),
            Centre.Policies.defaults(SHANGHAI).withCases(CasePolicy.defaults()
                    .withCategory(new CaseCategory("LITTER", "Litter and overflowing bins", sanitation.id(), Duration.ofHours(2),
                            TimeBasis.CONTINUOUS))));

    WholeCentreTest() {
        publishTodaysRota();
    }

    @Test
    @Tag("PEOPLE-03")
    @DisplayName("a case the centre head supervises is reported to the shift leader the rota has on duty")
    void escalationFromACaseReachesTheShiftLeaderOnDuty() {
        Case supervised = acceptedLitterCase();

        centre.cases().chaseCase().supervise(new ChaseCase.Supervision(supervised.id(), centreHead.id(), "the district head asked"));

        assertEquals(leaderOnDuty.id(), centre.cases().findCases().hardCases(clock.instant()).get(0).reportTo());
        assertEquals(leaderOnDuty.id(), events.ofType(CasesEvent.HardCaseReported.class).get(0).reportedTo());
    }

    @Test
    @Tag("PEOPLE-03")
    @DisplayName("a major incident notifies the shift leader on duty first, then the centre head; at night the night's leader")
    void majorIncidentNotifiesTheLeaderOnDuty() {
        CameraId camera = registeredCamera("HP-CAM-00005", 5);

        majorFireSeenOn(camera, clock.instant().minus(Duration.ofMinutes(5)));
        clock.set(MONDAY.atTime(23, 0).atZone(SHANGHAI).toInstant());
        majorFireSeenOn(camera, clock.instant().minus(Duration.ofMinutes(5)));

        List<CasesEvent.LeadershipNotified> notified = events.ofType(CasesEvent.LeadershipNotified.class);
        assertEquals(List.of(leaderOnDuty.id(), centreHead.id()), notified.get(0).leaders());
        assertEquals(List.of(nightLeader.id(), centreHead.id()), notified.get(1).leaders());
    }

    @Test
    @Tag("RET-04")
    @Tag("RET-06")
    @DisplayName("footage held for an open case, or seen in an open investigation, outlives its retention; the rest is swept")
    void openCasesAndInvestigationsProtectFootage() {
        CameraId camera = registeredCamera("HP-CAM-00005", 5);
        Instant earlier = MONDAY_10AM.minus(Duration.ofHours(6));
        Segment heldForTheCase = recorded(camera, earlier, Duration.ofHours(1));
        Segment seenInTheIncident = recorded(camera, MONDAY_10AM.minus(Duration.ofMinutes(20)), Duration.ofMinutes(15));
        Segment nobodysFootage = recorded(camera, MONDAY_10AM.minus(Duration.ofHours(3)), Duration.ofHours(1));
        Case open = acceptedLitterCase();
        centre.recordings().placeHold().place(PlaceHold.Command.legalHold(centreHead.id(), open.id(), Set.of(camera),
                TimeRange.starting(earlier, Duration.ofHours(1)), HoldReason.OTHER, "bins set on fire, footage for the case"));
        majorFireSeenOn(camera, MONDAY_10AM.minus(Duration.ofMinutes(10)));

        clock.advance(Duration.ofDays(800));
        var report = centre.recordings().sweepRetention().sweep(SweepRetention.Command.standard());

        assertEquals(1, report.destroyed());
        assertTrue(equipment.recordingStore.contains(heldForTheCase.location()));
        assertTrue(equipment.recordingStore.contains(seenInTheIncident.location()));
        assertFalse(equipment.recordingStore.contains(nobodysFootage.location()));
    }

    @Test
    @Tag("RET-02")
    @Tag("ACCESS-02")
    @Tag("ACCESS-09")
    @DisplayName("a camera registered in the archive becomes known to recordings (its zone) and to access (its level), and the rota says who may watch it live")
    void cameraRegisteredInTheArchiveIsKnownEverywhere() {
        CameraId unknown = CameraId.newId();
        assertThrows(NotFound.class, () -> recorded(unknown, MONDAY_10AM, Duration.ofMinutes(5)));

        CameraId metro = registeredCamera("HP-CAM-00005", 5);
        Segment segment = recorded(metro, MONDAY_10AM.minus(Duration.ofMinutes(30)), Duration.ofMinutes(5));
        equipment.clearances.set(operatorOnDuty.id(), AccessLevel.ADVANCED).set(nightOperator.id(), AccessLevel.ADVANCED);
        AccessLogEntry viewed = centre.access().viewLive().view(new ViewLive.Command(operatorOnDuty.id(), metro));

        assertEquals(ZoneImportance.IMPORTANT, segment.importance());
        assertEquals(List.of(metro), viewed.record().cameras());
        assertTrue(viewed.record().detail().contains("Metro Line 2 entrance"), viewed.record().detail());
        assertEquals("ACCESS-09", assertThrows(io.watchfloor.shared.RuleViolation.class,
                () -> centre.access().viewLive().view(new ViewLive.Command(nightOperator.id(), metro))).ruleId());
    }

    // ------------------------------------------------------------ fixtures

    private Person staff(String name, Role role) {
        Instant from = MONDAY_10AM.minus(Duration.ofDays(100));
        Certification certificate = new Certification(role, role.name() + "-" + name.hashCode(), from, from.plus(Duration.ofDays(400)));
        return stores.people.save(new Person(PersonId.newId(), name, Set.of(role), centreDepartment.id(), List.of(certificate), Version.NEW));
    }

    /** Monday's rota, published: days 08:00-20:00 Zhou Min and Li Na, nights Wu Gang and Chen Jie. */
    private void publishTodaysRota() {
        RotaPolicy policy = RotaPolicy.defaults(SHANGHAI).withMinimumStaffing(Map.of(Role.SHIFT_LEADER, 1, Role.OPERATOR, 1))
                .withTemplates(List.of(ShiftTemplate.of("day", "08:00", "20:00"), ShiftTemplate.of("night", "20:00", "08:00")));
        Rota rota = Rota.draft(policy, MONDAY, 1);
        List<Assignment> all = new ArrayList<>();
        for (Shift shift : rota.shifts()) {
            boolean day = shift.template().name().equals("day");
            all.add(Assignment.of(day ? leaderOnDuty.id() : nightLeader.id(), Role.SHIFT_LEADER, shift.duty()));
            all.add(Assignment.of(day ? operatorOnDuty.id() : nightOperator.id(), Role.OPERATOR, shift.duty()));
        }
        stores.shifts.rotas().save(rota.withAssignments(all).publish(MONDAY_10AM.minus(Duration.ofDays(3))).rota());
    }

    private CameraId registeredCamera(String asset, int spot) {
        Device device = centre.devices().registerDevice().register(DeviceSamples.registerCamera(technician.id(), asset, spot));
        return device.cameraId().orElseThrow();
    }

    private Segment recorded(CameraId camera, Instant start, Duration length) {
        Segment segment = centre.recordings().registerSegments().register(new RegisterSegments.Command(camera, start, start.plus(length),
                RecordingsFixture.NVR_1, camera + "/" + start.getEpochSecond() + ".mp4", 1_000_000, RecordingsFixture.sha256(camera + "@" + start),
                Trigger.CONTINUOUS));
        equipment.recordingStore.write(segment);
        return segment;
    }

    private Incident majorFireSeenOn(CameraId camera, Instant seenAt) {
        return centre.cases().recordIncident().record(new RecordIncident.Command(operatorOnDuty.id(), seenAt, camera, "Metro Line 2 entrance",
                IncidentType.FIRE, Severity.MAJOR, "smoke from the bins by the entrance", List.of("119")));
    }

    private Case acceptedLitterCase() {
        Case received = centre.cases().receiveReport().receive(new ReceiveReport.Command(acceptor.id(), ReportSource.CAMERA,
                "Overflowing bins at the metro entrance", DeviceSamples.spot(5)));
        centre.cases().registerCase().register(new RegisterCase.Command(received.id(), acceptor.id(), "LITTER", "seen on camera"));
        centre.cases().dispatchCase().dispatch(new DispatchCase.Command(received.id(), dispatcher.id(), null));
        return centre.cases().handleCase().accept(new HandleCase.Step(received.id(), sanitationStaff.id(), "on our way"));
    }
}
