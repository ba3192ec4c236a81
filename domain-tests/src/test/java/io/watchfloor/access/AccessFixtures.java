package io.watchfloor.access;

import io.watchfloor.access.port.in.DecideAccess;
import io.watchfloor.access.port.in.RequestAccess;
import io.watchfloor.access.port.out.FootageArchive;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.Runtime;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.testkit.access.AccessSamples;
import io.watchfloor.testkit.access.InMemoryAccessLog;
import io.watchfloor.testkit.access.InMemoryAccessRequests;
import io.watchfloor.testkit.access.InMemoryCameraDirectory;
import io.watchfloor.testkit.access.InMemoryClearances;
import io.watchfloor.testkit.access.InMemoryDutyStatus;
import io.watchfloor.testkit.access.InMemoryExports;
import io.watchfloor.testkit.access.InMemoryFootageArchive;
import io.watchfloor.testkit.access.InMemoryGrants;
import io.watchfloor.testkit.access.InMemorySignedCheckpoints;
import io.watchfloor.testkit.access.InMemoryStaffIdNumbers;
import io.watchfloor.testkit.access.InMemoryVisits;
import io.watchfloor.testkit.access.RecordingMasker;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.RecordingEventSink;
import io.watchfloor.testkit.shared.SettableClock;
import io.watchfloor.testkit.shared.Validators;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An access context on in-memory adapters with a small centre: a centre head, a deputy leader, a
 * general manager, a shift leader on duty, two operators (one on duty), a technician; cameras at every
 * level, one in a zone of the highest level, one privacy-flagged, all recording the past week.
 */
final class AccessFixtures {

    static final Instant NOW = AccessSamples.MONDAY_8AM;
    /** The deployment's checkpoint key: held by the signer, never by a store. */
    static final java.security.KeyPair KEYS = Ed25519Signer.newKeyPair();
    static final Ed25519Signer SIGNER = Ed25519Signer.of(KEYS);
    /** One hour of footage, yesterday evening. */
    static final TimeRange LAST_NIGHT = TimeRange.starting(NOW.minus(Duration.ofHours(14)), Duration.ofHours(1));

    final InMemoryTransactions transactions = new InMemoryTransactions();
    final InMemoryPeople people = new InMemoryPeople(transactions);
    final InMemoryAccessRequests requests = new InMemoryAccessRequests(transactions);
    final InMemoryGrants grants = new InMemoryGrants(transactions);
    final InMemoryAccessLog log = new InMemoryAccessLog(transactions);
    final InMemorySignedCheckpoints checkpoints = new InMemorySignedCheckpoints(transactions);
    final InMemoryExports exports = new InMemoryExports(transactions);
    final InMemoryVisits visits = new InMemoryVisits(transactions);
    final InMemoryCameraDirectory cameras = new InMemoryCameraDirectory();
    final InMemoryClearances clearances = new InMemoryClearances();
    final InMemoryDutyStatus duty = new InMemoryDutyStatus();
    final InMemoryStaffIdNumbers idNumbers = new InMemoryStaffIdNumbers(AccessSamples.TEST_SEAL);
    /** Each staff member's ID number, as the staff records hold it. */
    final Map<PersonId, String> idNumberOf = new HashMap<>();
    final InMemoryFootageArchive archive = new InMemoryFootageArchive();
    final RecordingMasker masker = new RecordingMasker();
    final RecordingEventSink events = new RecordingEventSink();
    final SettableClock clock = SettableClock.at(NOW);
    final AccessModule module;

    final Person centreHead = person("Sun Jianguo", AccessLevel.HIGHEST, Role.CENTRE_HEAD);
    final Person deputy = person("Lin Qiang", AccessLevel.ADVANCED, Role.DEPUTY_LEADER);
    final Person manager = person("Gu Wen", AccessLevel.HIGHEST, Role.GENERAL_MANAGER);
    final Person shiftLeader = person("Zhou Min", AccessLevel.ADVANCED, Role.SHIFT_LEADER, Role.OPERATOR);
    final Person operator = person("Li Na", AccessLevel.BASIC, Role.OPERATOR);
    final Person offDutyOperator = person("Wang Fang", AccessLevel.BASIC, Role.OPERATOR);
    final Person technician = person("Zheng Kai", AccessLevel.BASIC, Role.TECHNICIAN);

    final CameraId street = camera("Nanjing Rd / Henan Rd", AccessLevel.BASIC, AccessLevel.BASIC, false);
    final CameraId square = camera("People's Square north", AccessLevel.ADVANCED, AccessLevel.BASIC, false);
    final CameraId government = camera("District government gate", AccessLevel.BASIC, AccessLevel.HIGHEST, false);
    final CameraId clinic = camera("Community clinic entrance", AccessLevel.BASIC, AccessLevel.BASIC, true);

    AccessFixtures() {
        this(AccessPolicy.defaults(), null);
    }

    AccessFixtures(AccessPolicy policy, FootageArchive archiveOverride) {
        module = AccessModule.create(new AccessModule.Ports(new AccessModule.Stores(requests, grants, log, exports, visits, checkpoints),
                new AccessModule.Gateways(cameras, clearances, duty, archiveOverride == null ? archive : archiveOverride, masker, idNumbers, SIGNER),
                people, AccessSamples.TEST_SEAL, policy), Runtime.of(clock, Validators.validator(), transactions, events));
        TimeRange today = TimeRange.starting(NOW.minus(Duration.ofHours(1)), Duration.ofHours(12));
        duty.onDuty(shiftLeader.id(), today).onDuty(operator.id(), today);
    }

    private Person person(String name, AccessLevel level, Role... roles) {
        Person stored = people.save(Person.newPerson(name, Set.of(roles), null));
        clearances.set(stored.id(), level);
        String idNumber = String.format("31010119800101%04d", idNumberOf.size() + 1);
        idNumbers.record(stored.id(), idNumber);
        idNumberOf.put(stored.id(), idNumber);
        return stored;
    }

    private CameraId camera(String name, AccessLevel level, AccessLevel zone, boolean privacy) {
        CameraId id = CameraId.newId();
        cameras.put(new CameraProfile(id, name, level, zone, privacy));
        archive.record(id, TimeRange.starting(NOW.minus(Duration.ofDays(7)), Duration.ofDays(7)));
        return id;
    }

    /** A police officer's request, registered by the operator on duty. */
    RequestAccess.Command policeRequest(Set<CameraId> cameras, Set<AccessAction> actions) {
        return new RequestAccess.Command(RequesterClass.LAW_ENFORCEMENT, "Officer Zhang Wei", "Huangpu Public Security Sub-bureau",
                "SH-310101-4471", null, "theft of a bicycle on Nanjing Road", cameras, LAST_NIGHT.start(), LAST_NIGHT.end(), actions,
                Gravity.ORDINARY, null, operator.id());
    }

    /** A request of {@code kind} (not staff, not police), registered by the operator on duty; Chen Xiaoyu gives her ID number. */
    RequestAccess.Command outsideRequest(RequesterClass kind, Gravity gravity, Set<CameraId> cameras, Set<AccessAction> actions) {
        return new RequestAccess.Command(kind, "Chen Xiaoyu", kind == RequesterClass.OTHER_ORGANISATION ? "Pudong Insurance Co." : "private",
                null, null, "a scratched car parked on Henan Road", cameras, LAST_NIGHT.start(), LAST_NIGHT.end(), actions,
                gravity, null, operator.id(), "310101199203154417");
    }

    /** A staff request by {@code staff}, registered by themselves. */
    RequestAccess.Command staffRequest(Person staff, Set<CameraId> cameras, Set<AccessAction> actions) {
        return new RequestAccess.Command(RequesterClass.STAFF, staff.name(), "Monitoring Centre", null, staff.id(),
                "review of a missed incident", cameras, LAST_NIGHT.start(), LAST_NIGHT.end(), actions, Gravity.ORDINARY, null, staff.id());
    }

    AccessRequest file(RequestAccess.Command command) {
        return module.requestAccess().request(command);
    }

    /** Files a police request for {@code cameras} and has the shift leader approve it; returns the grant. */
    Grant policeGrant(Set<CameraId> cameras, Set<AccessAction> actions, boolean allowUnmasked) {
        AccessRequest request = file(policeRequest(cameras, actions));
        AccessRequest approved = module.decideAccess().approve(new DecideAccess.Approve(request.id(), shiftLeader.id(),
                "credential checked at the desk", null, null, allowUnmasked));
        return grants.get(approved.decision().grant());
    }

    Grant policeGrant(CameraId camera, AccessAction... actions) {
        return policeGrant(Set.of(camera), Set.of(actions), false);
    }

    /** Everything the access stores hold, for checking that a refused command changed nothing. */
    record Snapshot(java.util.List<AccessRequest> requests, java.util.List<Grant> grants, java.util.List<AccessLogEntry> log,
                    java.util.List<Export> exports, java.util.List<Visit> visits, int events) {
    }

    Snapshot snapshot() {
        return new Snapshot(requests.all(), grants.all(), log.read(1, 100_000), exports.all(),
                visits.enteredBetween(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")), events.all().size());
    }

    PersonId operatorId() {
        return operator.id();
    }
}
