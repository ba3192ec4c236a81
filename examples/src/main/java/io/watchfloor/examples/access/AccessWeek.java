package io.watchfloor.examples.access;

import io.watchfloor.access.AccessAction;
import io.watchfloor.access.AccessAudit;
import io.watchfloor.access.AccessModule;
import io.watchfloor.access.AccessPolicy;
import io.watchfloor.access.AccessRequest;
import io.watchfloor.access.CameraProfile;
import io.watchfloor.access.Ed25519Signer;
import io.watchfloor.access.Export;
import io.watchfloor.access.Gravity;
import io.watchfloor.access.IdNumberSeal;
import io.watchfloor.access.RequesterClass;
import io.watchfloor.access.SignedCheckpoint;
import io.watchfloor.access.Verification;
import io.watchfloor.access.Visit;
import io.watchfloor.access.port.in.DecideAccess;
import io.watchfloor.access.port.in.ExportFootage;
import io.watchfloor.access.port.in.HandOverCopy;
import io.watchfloor.access.port.in.RegisterVisit;
import io.watchfloor.access.port.in.RequestAccess;
import io.watchfloor.access.port.in.UseFootage;
import io.watchfloor.access.port.in.ViewLive;
import io.watchfloor.examples.Centre;
import io.watchfloor.examples.DemoWeek;
import io.watchfloor.examples.DutyReport;
import io.watchfloor.examples.WeekPart;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.PageRequest;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Access to footage in the example centre's week (Huangpu district, Shanghai): police, staff and a
 * private person ask for footage; the shift leader on duty or the centre head decides as the policy
 * says; operators view, export and hand copies over under their grants; the on-duty operator checks
 * a street camera live every hour; two visitors come to the control room; refused attempts are
 * logged; the log's head is signed every midnight and the log verified at the end of the week.
 */
public final class AccessWeek implements WeekPart {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE HH:mm").withZone(Centre.ZONE);
    private static final List<String> DAY_OPERATORS = List.of("Li Na", "Wang Fang", "Chen Jie", "Liu Yang");
    private static final List<String> NIGHT_OPERATORS = List.of("Yang Xue", "Huang Lin", "Xu Tao", "He Jing");

    private InMemoryAccessRequests requests;
    private InMemoryGrants grants;
    private InMemoryAccessLog log;
    private InMemorySignedCheckpoints signedCheckpoints;
    private InMemoryExports exports;
    private InMemoryVisits visits;
    private final InMemoryCameraDirectory cameras = new InMemoryCameraDirectory();
    private final InMemoryClearances clearances = new InMemoryClearances();
    private final InMemoryDutyStatus duty = new InMemoryDutyStatus();
    private final InMemoryFootageArchive archive = new InMemoryFootageArchive();
    private final RecordingMasker masker = new RecordingMasker();
    private AccessModule module;

    private final Map<String, CameraId> camera = new LinkedHashMap<>();
    private final Map<String, Person> staff = new LinkedHashMap<>();
    private final List<Scheduled> schedule = new ArrayList<>();
    private final List<String> story = new ArrayList<>();
    private final List<RuleViolation> refusals = new ArrayList<>();
    private final List<SignedCheckpoint> checkpoints = new ArrayList<>();
    private int next;

    private record Scheduled(Instant at, Runnable action) {
    }

    /** The instant of {@code hh:mm} on the {@code day}th day of the week (0 = Monday), Shanghai time. */
    public static Instant at(int day, int hour, int minute) {
        return DemoWeek.START.atZone(Centre.ZONE).plusDays(day).withHour(hour).withMinute(minute).toInstant();
    }

    @Override
    public void setUp(Centre centre) {
        requests = new InMemoryAccessRequests(centre.transactions());
        grants = new InMemoryGrants(centre.transactions());
        log = new InMemoryAccessLog(centre.transactions());
        signedCheckpoints = new InMemorySignedCheckpoints(centre.transactions());
        exports = new InMemoryExports(centre.transactions());
        visits = new InMemoryVisits(centre.transactions());
        IdNumberSeal seal = IdNumberSeal.withKey(sha256("example centre's visit key: kept in the deployment's secret store"));
        InMemoryStaffIdNumbers idNumbers = new InMemoryStaffIdNumbers(seal);
        // The checkpoint key: a deployment loads it from its secret store or a hardware module, never from the log's database.
        Ed25519Signer signer = Ed25519Signer.of(Ed25519Signer.newKeyPair());
        module = AccessModule.create(new AccessModule.Ports(new AccessModule.Stores(requests, grants, log, exports, visits, signedCheckpoints),
                new AccessModule.Gateways(cameras, clearances, duty, archive, masker, idNumbers, signer), centre.people(), seal,
                AccessPolicy.defaults()), centre.runtime());

        for (Person p : centre.people().list(new PageRequest(0, PageRequest.MAX_SIZE)).items()) {
            staff.put(p.name(), p);
            idNumbers.record(p.id(), String.format("31010119850101%04d", staff.size()));
            clearances.set(p.id(), p.hasRole(Role.CENTRE_HEAD) ? AccessLevel.HIGHEST
                    : p.hasRole(Role.SHIFT_LEADER) ? AccessLevel.ADVANCED : AccessLevel.BASIC);
        }
        camera("Nanjing Rd pedestrian street / Henan Rd", AccessLevel.BASIC, AccessLevel.BASIC, false);
        camera("People's Square north exit", AccessLevel.BASIC, AccessLevel.BASIC, false);
        camera("The Bund / Guangdong Rd", AccessLevel.BASIC, AccessLevel.BASIC, false);
        camera("Yan'an Rd elevated, Xizang Rd ramp", AccessLevel.BASIC, AccessLevel.BASIC, false);
        camera("Metro line 2 East Nanjing Rd exit 3", AccessLevel.ADVANCED, AccessLevel.BASIC, false);
        camera("District government gate", AccessLevel.BASIC, AccessLevel.HIGHEST, false);
        camera("Community clinic entrance, Jinling Rd", AccessLevel.BASIC, AccessLevel.BASIC, true);
        rota();
        script();
    }

    private void camera(String name, AccessLevel level, AccessLevel zone, boolean privacy) {
        CameraId id = CameraId.of(java.util.UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
        cameras.put(new CameraProfile(id, name, level, zone, privacy));
        archive.record(id, new TimeRange(DemoWeek.START.minus(Duration.ofDays(30)), DemoWeek.START.plus(DemoWeek.LENGTH)));
        camera.put(name, id);
    }

    /** Day shifts 08:00-20:00, night shifts 20:00-08:00; shift leaders alternate by day, operators work fixed shifts. */
    private void rota() {
        for (int day = -1; day < 7; day++) {
            TimeRange dayShift = new TimeRange(at(day, 8, 0), at(day, 20, 0));
            TimeRange nightShift = new TimeRange(at(day, 20, 0), at(day + 1, 8, 0));
            boolean even = Math.floorMod(day, 2) == 0;
            duty.onDuty(person(even ? "Zhou Min" : "Qian Hui").id(), dayShift);
            duty.onDuty(person(even ? "Zhao Lei" : "Wu Gang").id(), nightShift);
            DAY_OPERATORS.forEach(n -> duty.onDuty(person(n).id(), dayShift));
            NIGHT_OPERATORS.forEach(n -> duty.onDuty(person(n).id(), nightShift));
        }
    }

    /** The shift leader on duty at {@code at}. */
    public PersonId shiftLeaderAt(Instant at) {
        return staff.values().stream().filter(p -> p.hasRole(Role.SHIFT_LEADER) && duty.isOnDuty(p.id(), at)).findFirst()
                .orElseThrow().id();
    }

    private Person person(String name) {
        Person p = staff.get(name);
        if (p == null) {
            throw new IllegalStateException("the people part has no " + name);
        }
        return p;
    }

    private void on(Instant at, Runnable action) {
        schedule.add(new Scheduled(at, action));
    }

    private void script() {
        TimeRange sundayEvening = new TimeRange(at(-1, 20, 0), at(-1, 21, 0));
        CameraId nanjing = camera.get("Nanjing Rd pedestrian street / Henan Rd");
        CameraId clinic = camera.get("Community clinic entrance, Jinling Rd");
        CameraId gate = camera.get("District government gate");
        CameraId metro = camera.get("Metro line 2 East Nanjing Rd exit 3");
        AccessRequest[] police = new AccessRequest[4];
        Export[] export = new Export[1];

        // Monday: a bicycle theft on Nanjing Road reported by the police sub-bureau.
        on(at(0, 10, 20), () -> police[0] = request(RequesterClass.LAW_ENFORCEMENT, "Officer Zhang Wei", "Huangpu Public Security Sub-bureau",
                "SH-310101-4471", null, "bicycle theft reported Sunday evening on Nanjing Road", Set.of(nanjing, clinic), sundayEvening,
                EnumSet.of(AccessAction.VIEW, AccessAction.EXPORT, AccessAction.COPY), Gravity.ORDINARY, "Li Na"));
        on(at(0, 10, 35), () -> approve(police[0], shiftLeaderAt(now()), "officer's credential checked at the desk", null));
        on(at(0, 10, 50), () -> use(police[0], "Li Na", nanjing, sundayEvening, AccessAction.VIEW));
        on(at(0, 11, 5), () -> export[0] = export(police[0], "Li Na", Set.of(nanjing, clinic), sundayEvening, false));
        on(at(0, 11, 10), () -> {
            module.handOverCopy().handOver(new HandOverCopy.Command(export[0].id(), person("Li Na").id(), "Officer Zhang Wei",
                    "Huangpu Public Security Sub-bureau", "encrypted USB drive"));
            story.add(WHEN.format(now()) + " a copy of the export was handed to Officer Zhang Wei on an encrypted USB drive");
        });

        // Tuesday: an operator reviews a missed incident; then tries a camera outside the grant.
        AccessRequest[] staffRequest = new AccessRequest[1];
        TimeRange mondayNight = new TimeRange(at(0, 22, 0), at(0, 23, 0));
        CameraId bund = camera.get("The Bund / Guangdong Rd");
        on(at(1, 14, 0), () -> staffRequest[0] = request(RequesterClass.STAFF, "Wang Fang", "Monitoring Centre", null, person("Wang Fang").id(),
                "review of a missed crowding alarm on the Bund", Set.of(bund), mondayNight, EnumSet.of(AccessAction.PLAYBACK),
                Gravity.ORDINARY, "Wang Fang"));
        on(at(1, 15, 0), () -> approve(staffRequest[0], person("Sun Jianguo").id(), "training review approved", null));
        on(at(1, 15, 30), () -> use(staffRequest[0], "Wang Fang", bund, mondayNight, AccessAction.PLAYBACK));
        on(at(1, 16, 0), () -> use(staffRequest[0], "Wang Fang", camera.get("People's Square north exit"), mondayNight, AccessAction.PLAYBACK));

        // Wednesday: a private person asks; only the deputy leader may approve, in writing.
        AccessRequest[] privatePerson = new AccessRequest[1];
        on(at(2, 9, 30), () -> privatePerson[0] = request(RequesterClass.PRIVATE_PERSON, "Chen Xiaoyu", "private", null, null,
                "car scratched while parked on Henan Road", Set.of(nanjing), new TimeRange(at(1, 18, 0), at(1, 20, 0)),
                EnumSet.of(AccessAction.VIEW), Gravity.ORDINARY, "Liu Yang", "310101199203154417"));
        on(at(2, 9, 45), () -> approve(privatePerson[0], shiftLeaderAt(now()), "looks legitimate", null));

        // Wednesday: the police need the government gate, a zone of the highest level.
        TimeRange tuesdayMorning = new TimeRange(at(1, 7, 0), at(1, 8, 0));
        on(at(2, 11, 0), () -> police[1] = request(RequesterClass.LAW_ENFORCEMENT, "Officer Ma Li", "Huangpu Public Security Sub-bureau",
                "SH-310101-5820", null, "suspicious parcel left at the government gate", Set.of(gate), tuesdayMorning,
                EnumSet.of(AccessAction.VIEW, AccessAction.PLAYBACK), Gravity.ORDINARY, "Chen Jie"));
        on(at(2, 11, 10), () -> approve(police[1], shiftLeaderAt(now()), "credential checked", null));
        on(at(2, 11, 20), () -> approve(police[1], person("Sun Jianguo").id(), "credential checked; highest-level zone", null));
        on(at(2, 11, 40), () -> use(police[1], "Chen Jie", gate, tuesdayMorning, AccessAction.PLAYBACK));

        // Thursday evening: a traffic accident; the police export for the press office (made public: masked).
        TimeRange accident = new TimeRange(at(3, 18, 0), at(3, 19, 0));
        CameraId yanan = camera.get("Yan'an Rd elevated, Xizang Rd ramp");
        on(at(3, 21, 0), () -> police[2] = request(RequesterClass.LAW_ENFORCEMENT, "Officer Xu Jun", "Huangpu Traffic Police Brigade",
                "SH-310101-6032", null, "collision on the Yan'an Rd ramp; footage for the police press release", Set.of(yanan), accident,
                EnumSet.of(AccessAction.VIEW, AccessAction.EXPORT), Gravity.ORDINARY, "Yang Xue"));
        on(at(3, 21, 15), () -> approve(police[2], shiftLeaderAt(now()), "credential checked; press release by the police", null));
        on(at(3, 21, 30), () -> export(police[2], "Yang Xue", Set.of(yanan), accident, true));

        // Friday and Saturday: visitors to the control room.
        Visit[] visit = new Visit[2];
        on(at(4, 10, 0), () -> visit[0] = admit("Fang Yu", "310101198203154417", "139 1762 0831", "Huangpu District Audit Office",
                "Sun Jianguo", shiftLeaderAt(now()), "annual inspection of the control room"));
        on(at(4, 11, 15), () -> leave(visit[0]));
        on(at(5, 9, 0), () -> visit[1] = admit("Peng Hao", "440305199011208839", "137 2406 5512", "Hikvision field service",
                "Zheng Kai", person("Sun Jianguo").id(), "replacing the video wall controller"));

        // Saturday night: an operator off duty tries to watch live; Sunday: an expired grant.
        on(at(5, 3, 0), () -> live("Li Na", nanjing));
        on(at(6, 18, 0), () -> use(police[0], "Li Na", nanjing, sundayEvening, AccessAction.VIEW));

        // Every hour, the first operator on duty checks a street camera live; the metro camera needs a higher level.
        List<CameraId> streets = List.of(nanjing, camera.get("People's Square north exit"), bund, yanan);
        for (int hour = 1; hour < 7 * 24; hour++) {
            Instant when = DemoWeek.START.plus(Duration.ofHours(hour));
            CameraId which = streets.get(hour % streets.size());
            on(when, () -> live(onDutyOperator(now()), which));
        }
        on(at(4, 15, 5), () -> live(onDutyOperator(now()), metro));

        // Every midnight, the head of the log is signed with the centre's key and exported for safekeeping.
        for (int day = 1; day <= 7; day++) {
            on(at(day, 0, 0), () -> checkpoints.add(module.verifyAccessLog().signCheckpoint()));
        }
        schedule.sort(java.util.Comparator.comparing(Scheduled::at));
    }

    private Instant now;

    private Instant now() {
        return now;
    }

    private String onDutyOperator(Instant at) {
        return java.util.stream.Stream.concat(DAY_OPERATORS.stream(), NIGHT_OPERATORS.stream())
                .filter(n -> duty.isOnDuty(person(n).id(), at)).findFirst().orElseThrow();
    }

    private AccessRequest request(RequesterClass kind, String name, String unit, String credential, PersonId staffMember, String purpose,
                                  Set<CameraId> cams, TimeRange footage, Set<AccessAction> actions, Gravity gravity, String registeredBy) {
        return request(kind, name, unit, credential, staffMember, purpose, cams, footage, actions, gravity, registeredBy, null);
    }

    private AccessRequest request(RequesterClass kind, String name, String unit, String credential, PersonId staffMember, String purpose,
                                  Set<CameraId> cams, TimeRange footage, Set<AccessAction> actions, Gravity gravity, String registeredBy,
                                  String idNumber) {
        AccessRequest filed = module.requestAccess().request(new RequestAccess.Command(kind, name, unit, credential, staffMember, purpose,
                cams, footage.start(), footage.end(), actions, gravity, null, person(registeredBy).id(), idNumber));
        story.add(WHEN.format(now()) + " " + kind.title() + " request by " + filed.requester().identity() + ": " + purpose);
        return filed;
    }

    private void approve(AccessRequest request, PersonId approver, String reason, String written) {
        attempt(() -> {
            module.decideAccess().approve(new DecideAccess.Approve(request.id(), approver, reason, written, null, false));
            story.add(WHEN.format(now()) + " approved by " + name(approver) + ": " + reason);
        });
    }

    private void use(AccessRequest request, String actor, CameraId cam, TimeRange footage, AccessAction action) {
        attempt(() -> {
            AccessRequest decided = requests.get(request.id());
            module.useFootage().use(new UseFootage.Command(decided.decision().grant(), person(actor).id(), cam, footage.start(), footage.end(), action));
            story.add(WHEN.format(now()) + " " + actor + " " + (action == AccessAction.VIEW ? "viewed" : "played back") + " "
                    + cameras.get(cam).name());
        });
    }

    private Export export(AccessRequest request, String actor, Set<CameraId> cams, TimeRange footage, boolean forPublication) {
        Export made = module.exportFootage().export(new ExportFootage.Command(requests.get(request.id()).decision().grant(),
                person(actor).id(), cams, footage.start(), footage.end(), forPublication));
        long masked = made.files().stream().filter(f -> !f.masked().isEmpty()).count();
        story.add(WHEN.format(now()) + " " + actor + " exported " + made.files().size() + " files (" + masked + " masked"
                + (forPublication ? ", for publication" : "") + ") with a SHA-256 manifest");
        return made;
    }

    private void live(String viewer, CameraId cam) {
        attempt(() -> module.viewLive().view(new ViewLive.Command(person(viewer).id(), cam)));
    }

    private Visit admit(String name, String idNumber, String contact, String organisation, String host, PersonId approvedBy, String purpose) {
        Visit v = module.registerVisit().admit(new RegisterVisit.Admit(name, idNumber, contact, organisation, person(host).id(), approvedBy, purpose));
        story.add(WHEN.format(now()) + " visitor " + name + " (" + organisation + ", ID " + v.idNumber().masked() + ") admitted, host "
                + host + ", approved by " + name(approvedBy));
        return v;
    }

    private void leave(Visit visit) {
        module.registerVisit().leave(new RegisterVisit.Leave(visit.id()));
        story.add(WHEN.format(now()) + " visitor " + visit.visitorName() + " left");
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation refused) {
            refusals.add(refused);
            story.add(WHEN.format(now()) + " refused: " + refused.getMessage());
        }
    }

    private String name(PersonId id) {
        return staff.values().stream().filter(p -> p.id().equals(id)).findFirst().map(Person::name).orElse(id.toString());
    }

    @Override
    public void onTick(Centre centre, Instant now) {
        this.now = now;
        while (next < schedule.size() && !schedule.get(next).at().isAfter(now)) {
            schedule.get(next++).action().run();
        }
    }

    @Override
    public void report(Centre centre, DutyReport report) {
        String section = "Access to footage";
        TimeRange week = TimeRange.starting(DemoWeek.START, DemoWeek.LENGTH);
        AccessAudit audit = module.auditAccess().audit(week);
        int filed = 0;
        int approved = 0;
        int refused = 0;
        int pending = 0;
        for (RequesterClass kind : RequesterClass.values()) {
            AccessAudit.RequestCounts c = audit.requestsByClass().get(kind);
            report.figure("access.requests." + kind.name().toLowerCase(), c.filed());
            filed += c.filed();
            approved += c.approved();
            refused += c.refused();
            pending += c.pending();
        }
        report.figure("access.requests.filed", filed);
        report.figure("access.requests.approved", approved);
        report.figure("access.requests.refused", refused);
        report.figure("access.requests.pending", pending);
        report.line(section, filed + " requests for footage: " + approved + " approved, " + refused + " refused, " + pending
                + " awaiting the deputy leader's written approval");

        Map<String, Integer> looks = new TreeMap<>();
        audit.lookedAt().forEach(e -> looks.merge(e.record().kind().name().toLowerCase(), 1, Integer::sum));
        for (String kind : List.of("view", "playback", "export", "copy", "live_view")) {
            report.figure("access.log." + kind, looks.getOrDefault(kind, 0));
        }
        report.figure("access.log.refused", audit.refusedAttempts().size());
        report.figure("access.log.entries", log.size());
        report.line(section, log.size() + " access-log entries: " + looks + ", " + audit.refusedAttempts().size() + " refused attempts");

        List<Export> all = exports.all();
        long files = all.stream().mapToLong(e -> e.files().size()).sum();
        long masked = all.stream().flatMap(e -> e.files().stream()).filter(f -> !f.masked().isEmpty()).count();
        report.figure("access.exports", all.size());
        report.figure("access.exports.files", files);
        report.figure("access.exports.maskedFiles", masked);
        report.figure("access.exports.copiesHandedOver", all.stream().mapToInt(e -> e.handovers().size()).sum());
        report.line(section, all.size() + " exports of " + files + " files (" + masked + " masked for privacy or publication)");

        List<Visit> week0 = visits.enteredBetween(week.start(), week.end());
        report.figure("access.visits", week0.size());
        report.figure("access.visits.stillInside", week0.stream().filter(v -> v.exitAt() == null).count());
        report.line(section, week0.size() + " visits to the control room, "
                + week0.stream().filter(v -> v.exitAt() == null).count() + " visitor still signed in");

        Map<String, Integer> byRule = new TreeMap<>();
        refusals.forEach(r -> byRule.merge(r.ruleId(), 1, Integer::sum));
        byRule.forEach((rule, n) -> report.figure("access.refusals." + rule, n));
        report.line(section, "refusals by rule: " + byRule);

        Verification verified = module.verifyAccessLog().verify();
        long checkpointsHeld = checkpoints.stream().filter(c -> module.verifyAccessLog().verify(c).isIntact()).count();
        long anchored = verified instanceof Verification.Intact intact ? intact.anchored() : 0;
        report.figure("access.log.intact", verified.isIntact() ? 1 : 0);
        report.figure("access.log.anchored", anchored);
        report.figure("access.log.checkpointsHeld", checkpointsHeld);
        report.line(section, "the access log verifies " + (verified.isIntact() ? "intact, " + anchored + " of " + log.size()
                + " entries anchored by Ed25519-signed checkpoints" : "NOT INTACT: " + verified) + "; "
                + checkpointsHeld + " of " + checkpoints.size() + " signed midnight checkpoints hold; head "
                + module.verifyAccessLog().checkpoint().head().hex().substring(0, 16) + "…");
        story.forEach(line -> report.line(section, line));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The module, for other parts and the demo's test. */
    public AccessModule module() {
        return module;
    }

    public InMemoryAccessRequests requests() {
        return requests;
    }

    public InMemoryGrants grants() {
        return grants;
    }

    public InMemoryAccessLog log() {
        return log;
    }

    public InMemoryExports exports() {
        return exports;
    }

    public InMemoryVisits visits() {
        return visits;
    }

    public InMemoryCameraDirectory cameras() {
        return cameras;
    }

    /** The signed checkpoints exported at each midnight. */
    public List<SignedCheckpoint> checkpoints() {
        return List.copyOf(checkpoints);
    }
}
