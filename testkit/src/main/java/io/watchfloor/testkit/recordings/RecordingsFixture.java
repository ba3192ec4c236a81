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
import io.watchfloor.shared.Runtime;
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

    /** The clock, starting at the fixture's instant. */
    public final SettableClock clock;
    /** The units of work of every store. */
    public final InMemoryTransactions transactions = new InMemoryTransactions();
    /** The events published. */
    public final RecordingEventSink events = new RecordingEventSink();
    /** The staff. */
    public final InMemoryPeople people = new InMemoryPeople(transactions);
    /** The segments. */
    public final InMemorySegments segments = new InMemorySegments(transactions);
    /** The holds. */
    public final InMemoryHolds holds = new InMemoryHolds(transactions);
    /** The backups. */
    public final InMemoryBackups backups = new InMemoryBackups(transactions);
    /** The destruction records. */
    public final InMemoryDestructionRecords records = new InMemoryDestructionRecords(transactions);
    /** The retention policy in force. */
    public final InMemoryRetentionPolicies policies;
    /** What the module runs on: the fixture's clock, transactions and events. */
    public final Runtime runtime;
    public final InMemoryCameraZones zones = new InMemoryCameraZones();
    public final InMemoryEvidenceReferences references = new InMemoryEvidenceReferences(transactions);
    public final InMemoryRecordingStore store;
    /** Whether each camera records. */
    public final InMemoryRecordingControl control = new InMemoryRecordingControl();
    /** The recordings use cases. */
    public final RecordingsModule module;

    /** The centre head. */
    public final Person head;
    /** The security officer. */
    public final Person security;
    /** The shift leader. */
    public final Person shiftLeader;
    /** An operator. */
    public final Person operator;

    private final AtomicLong paths = new AtomicLong();

    /**
     * A context under {@code policy} whose clock stands at {@code now}.
     *
     * @param now the clock's start
     * @param policy the retention policy in force
     */
    public RecordingsFixture(Instant now, RetentionPolicy policy) {
        this.clock = SettableClock.at(now);
        this.store = new InMemoryRecordingStore(clock);
        this.policies = new InMemoryRetentionPolicies(transactions, policy);
        this.runtime = Runtime.of(clock, Validators.validator(), transactions, events);
        this.module = RecordingsModule.create(new RecordingsModule.Ports(segments, holds, backups, records, policies, zones,
                references, store, control, people), runtime);
        this.head = people.save(Person.newPerson("Sun Jianguo", Set.of(Role.CENTRE_HEAD), null));
        this.security = people.save(Person.newPerson("Guo Ping", Set.of(Role.SECURITY_OFFICER), null));
        this.shiftLeader = people.save(Person.newPerson("Zhou Min", Set.of(Role.SHIFT_LEADER, Role.OPERATOR), null));
        this.operator = people.save(Person.newPerson("Li Na", Set.of(Role.OPERATOR), null));
    }

    /**
     * A context under the catalogue's defaults, alarm-only on shortage.
     *
     * @param now the clock's start
     */
    public RecordingsFixture(Instant now) {
        this(now, RetentionPolicy.defaults(io.watchfloor.recordings.ShortageChoice.ALARM_ONLY));
    }

    /**
     * {@return a new camera in a zone of {@code importance}}
     *
     * @param importance its zone's importance
     */
    public CameraId camera(ZoneImportance importance) {
        return zones.newCamera(importance);
    }

    /**
     * {@return the command reporting a segment of {@code camera} from {@code start} lasting {@code length}, in {@code area}}
     *
     * @param camera the camera
     * @param start the first instant
     * @param length how long
     * @param area where it is stored
     * @param sizeBytes its size
     * @param trigger what made it record
     */
    public RegisterSegments.Command report(CameraId camera, Instant start, Duration length, StorageArea area, long sizeBytes,
                                           Trigger trigger) {
        long n = paths.incrementAndGet();
        return new RegisterSegments.Command(camera, start, start.plus(length), area, camera + "/" + start.getEpochSecond() + "-" + n + ".mp4",
                sizeBytes, sha256(camera + "@" + start + "#" + n), trigger);
    }

    /**
     * Writes the media and registers a continuous segment of {@code camera} in {@link #NVR_1}.
     *
     * @param camera the camera
     * @param start the first instant
     * @param length how long
     * @return the segment as registered
     */
    public Segment record(CameraId camera, Instant start, Duration length) {
        return record(report(camera, start, length, NVR_1, 1_000_000, Trigger.CONTINUOUS));
    }

    /**
     * Writes the media of the reported segment and registers it.
     *
     * @param report the segment's report
     * @return the segment as registered
     */
    public Segment record(RegisterSegments.Command report) {
        Segment segment = module.registerSegments().register(report);
        store.write(segment);
        return segment;
    }

    /**
     * {@return a SHA-256 of {@code text}, for fixtures}
     *
     * @param text any text
     */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
