package io.watchfloor.testkit.recordings;

import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.recordings.RecordingsModule;
import io.watchfloor.recordings.RetentionPolicy;
import io.watchfloor.recordings.Segment;
import io.watchfloor.recordings.StorageArea;
import io.watchfloor.recordings.Trigger;
import io.watchfloor.recordings.port.in.RegisterSegments;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.ZoneImportance;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.RecordingEventSink;
import io.watchfloor.testkit.shared.SettableClock;
import io.watchfloor.testkit.shared.Validators;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A whole recordings context on in-memory adapters, with a settable clock and four people (a centre
 * head, a security officer, a shift leader and an operator): what use-case tests, properties and
 * integrators' experiments start from. Fields are public so tests can look into every store.
 */
public final class RecordingsFixture {

    /** The storage area segments land in unless a test says otherwise. */
    public static final StorageArea NVR_1 = new StorageArea("NVR-01");

    public final SettableClock clock;
    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final RecordingEventSink events = new RecordingEventSink();
    public final InMemoryPeople people = new InMemoryPeople(transactions);
    public final InMemorySegments segments = new InMemorySegments(transactions);
    public final InMemoryHolds holds = new InMemoryHolds(transactions);
    public final InMemoryBackups backups = new InMemoryBackups(transactions);
    public final InMemoryDestructionRecords records = new InMemoryDestructionRecords(transactions);
    public final InMemoryRetentionPolicies policies;
    public final InMemoryCameraZones zones = new InMemoryCameraZones();
    public final InMemoryEvidenceReferences references = new InMemoryEvidenceReferences();
    public final InMemoryRecordingStore store;
    public final InMemoryRecordingControl control = new InMemoryRecordingControl();
    public final RecordingsModule module;

    public final Person head;
    public final Person security;
    public final Person shiftLeader;
    public final Person operator;

    private final AtomicLong paths = new AtomicLong();

    /** A context under {@code policy} whose clock stands at {@code now}. */
    public RecordingsFixture(Instant now, RetentionPolicy policy) {
        this.clock = SettableClock.at(now);
        this.store = new InMemoryRecordingStore(clock);
        this.policies = new InMemoryRetentionPolicies(transactions, policy);
        this.module = RecordingsModule.create(new RecordingsModule.Ports(segments, holds, backups, records, policies, zones,
                references, store, control, people), events, transactions, clock, Validators.validator());
        this.head = people.save(Person.newPerson("Sun Jianguo", Set.of(Role.CENTRE_HEAD), null));
        this.security = people.save(Person.newPerson("Guo Ping", Set.of(Role.SECURITY_OFFICER), null));
        this.shiftLeader = people.save(Person.newPerson("Zhou Min", Set.of(Role.SHIFT_LEADER, Role.OPERATOR), null));
        this.operator = people.save(Person.newPerson("Li Na", Set.of(Role.OPERATOR), null));
    }

    /** A context under the catalogue's defaults, alarm-only on shortage. */
    public RecordingsFixture(Instant now) {
        this(now, RetentionPolicy.defaults(io.watchfloor.recordings.ShortageChoice.ALARM_ONLY));
    }

    /** {@return a new camera in a zone of {@code importance}} */
    public CameraId camera(ZoneImportance importance) {
        return zones.newCamera(importance);
    }

    /** {@return the command reporting a segment of {@code camera} from {@code start} lasting {@code length}, in {@code area}} */
    public RegisterSegments.Command report(CameraId camera, Instant start, Duration length, StorageArea area, long sizeBytes,
                                           Trigger trigger) {
        long n = paths.incrementAndGet();
        return new RegisterSegments.Command(camera, start, start.plus(length), area, camera + "/" + start.getEpochSecond() + "-" + n + ".mp4",
                sizeBytes, sha256(camera + "@" + start + "#" + n), trigger);
    }

    /** Writes the media and registers a continuous segment of {@code camera} in {@link #NVR_1}. */
    public Segment record(CameraId camera, Instant start, Duration length) {
        return record(report(camera, start, length, NVR_1, 1_000_000, Trigger.CONTINUOUS));
    }

    /** Writes the media of the reported segment and registers it. */
    public Segment record(RegisterSegments.Command report) {
        Segment segment = module.registerSegments().register(report);
        store.write(segment);
        return segment;
    }

    /** {@return a SHA-256 of {@code text}, for fixtures} */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
