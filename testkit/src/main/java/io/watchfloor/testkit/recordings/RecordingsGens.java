package io.watchfloor.testkit.recordings;

import io.watchfloor.people.PersonId;
import io.watchfloor.recordings.EvidenceReference;
import io.watchfloor.recordings.Hold;
import io.watchfloor.recordings.HoldId;
import io.watchfloor.recordings.HoldKind;
import io.watchfloor.recordings.HoldReason;
import io.watchfloor.recordings.LockMode;
import io.watchfloor.recordings.RetentionPolicy;
import io.watchfloor.recordings.Segment;
import io.watchfloor.recordings.ShortageChoice;
import io.watchfloor.recordings.StorageArea;
import io.watchfloor.recordings.Trigger;
import io.watchfloor.recordings.port.in.RegisterSegments;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.Version;
import io.watchfloor.shared.ZoneImportance;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Generators of small random retention worlds for the property engine: policies, cameras, segments,
 * holds, open references and instants, all on an hourly grid from {@link #T0}. Publish-ready: run
 * the recordings laws against your own policies by building a {@link World} with your policy.
 *
 * <p>Ranges: {@value #CAMERAS} cameras (fixed ids, zone importance drawn) on two storage areas;
 * minimums of 1 to 10 days (ordinary) and 1 to 15 days (important); a maximum half of the time, up to
 * 10 days above the longest minimum; an alarm-footage override and a camera override a third of the
 * time each; 0 to {@value #MAX_SEGMENTS} segments of 1 to 48 hours within the first 30 days, of 1 to
 * 100 bytes; 0 to 4 holds (legal holds, governance and compliance locks, some released, locks
 * expiring within 90 days) on 1 to 3 cameras over 1 to 72 hours; 0 to 3 open references;
 * instants within the first 80 days.
 */
public final class RecordingsGens {

    /** Hour 0 of every generated world. */
    public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    /** How many cameras a world has. */
    public static final int CAMERAS = 3;
    /** The most segments a world has. */
    public static final int MAX_SEGMENTS = 10;
    /** The last hour an instant is drawn from. */
    public static final int HORIZON_HOURS = 80 * 24;
    /** The two storage areas of a world. */
    public static final List<StorageArea> AREAS = List.of(new StorageArea("A"), new StorageArea("B"));

    private RecordingsGens() {
    }

    /**
     * Camera {@code i} of every world: a fixed id, so policies can name it.
     *
     * @param i which camera, from 0
     * @return its id
     */
    public static CameraId camera(int i) {
        return new CameraId(new UUID(0x0000_0000_0000_7000L, 0x8000_0000_0000_0000L | (i + 1)));
    }

    /**
     * {@return an instant {@code hours} after {@link #T0}}
     *
     * @param hours how many hours after the start
     */
    public static Instant hour(long hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    /**
     * Instants on the hour, in the first 80 days.
     *
     * @return the generator
     */
    public static Gen<Instant> instants() {
        return Gens.integers(0, HORIZON_HOURS).map(RecordingsGens::hour);
    }

    /**
     * Random valid policies, any shortage choice, batch sizes of 1 to 5.
     *
     * @return the generator
     */
    public static Gen<RetentionPolicy> policies() {
        return source -> {
            int ordinary = source.draw(Gens.integers(1, 10));
            int important = source.draw(Gens.integers(1, 15));
            boolean alarmOverride = source.draw(Gens.integers(0, 2)) == 0;
            int alarmDays = source.draw(Gens.integers(1, 20));
            boolean cameraOverride = source.draw(Gens.integers(0, 2)) == 0;
            int cameraDays = source.draw(Gens.integers(1, 20));
            int cameraIndex = source.draw(Gens.integers(0, CAMERAS - 1));
            boolean maximum = source.draw(Gens.booleans());
            int above = source.draw(Gens.integers(0, 10));
            RetentionPolicy.Builder b = RetentionPolicy.builder("policy-" + ordinary + "-" + important,
                            source.draw(Gens.enums(ShortageChoice.class)))
                    .ordinaryMinimum(Duration.ofDays(ordinary)).importantMinimum(Duration.ofDays(important))
                    .headroom(Duration.ofDays(source.draw(Gens.integers(1, 3))))
                    .sweepBatchSize(source.draw(Gens.integers(1, 5)));
            int longest = Math.max(ordinary, important);
            if (alarmOverride) {
                b.trigger(Trigger.ALARM, Duration.ofDays(alarmDays));
                longest = Math.max(longest, alarmDays);
            }
            if (cameraOverride) {
                b.camera(camera(cameraIndex), Duration.ofDays(cameraDays));
                longest = Math.max(longest, cameraDays);
            }
            if (maximum) {
                b.maximum(Duration.ofDays(longest + above));
            }
            return b.build();
        };
    }

    /** A camera of a world: its zone and its storage area. */
    public record CameraSpec(ZoneImportance importance, StorageArea area) {
    }

    /** A segment of a world, on the hourly grid. */
    public record SegmentSpec(int camera, int startHour, int lengthHours, long sizeBytes, Trigger trigger) {
        /** {@return its time range} */
        public TimeRange range() {
            return new TimeRange(hour(startHour), hour(startHour + lengthHours));
        }
    }

    /** A hold of a world: for a lock, {@code expiryHour} is its expiry; a released compliance lock was released when it expired. */
    public record HoldSpec(HoldKind kind, LockMode mode, Set<Integer> cameras, int startHour, int lengthHours, int expiryHour,
                           boolean released) {
        /**
         * {@return the hold, placed at {@link #T0} by {@code by}}
         *
         * @param by who placed it
         */
        public Hold toHold(PersonId by) {
            Set<CameraId> ids = new java.util.HashSet<>();
            cameras.forEach(c -> ids.add(RecordingsGens.camera(c)));
            TimeRange range = new TimeRange(hour(startHour), hour(startHour + lengthHours));
            Hold hold = kind == HoldKind.LEGAL_HOLD
                    ? new Hold(HoldId.newId(), kind, null, ids, range, HoldReason.OTHER, CaseId.newId(), null, "", by, T0, null, null, null, Version.NEW)
                    : new Hold(HoldId.newId(), kind, mode, ids, range, HoldReason.OTHER, CaseId.newId(), null, "", by, T0,
                    hour(expiryHour), null, null, Version.NEW);
            Instant releasedAt = mode == LockMode.COMPLIANCE ? hour(expiryHour) : T0;
            return released ? hold.release(by, "released", releasedAt).hold() : hold;
        }
    }

    /** A reference of an open case, on the hourly grid. */
    public record ReferenceSpec(int camera, int startHour, int lengthHours) {
        /** {@return the reference} */
        public EvidenceReference toReference() {
            return EvidenceReference.byCase(new CaseId(new UUID(1, camera * 100_000L + startHour * 100L + lengthHours)), RecordingsGens.camera(camera),
                    new TimeRange(hour(startHour), hour(startHour + lengthHours)));
        }
    }

    /** A whole world: a policy, cameras, segments, holds and open references. */
    public record World(RetentionPolicy policy, List<CameraSpec> cameras, List<SegmentSpec> segments, List<HoldSpec> holds,
                        List<ReferenceSpec> references) {

        /** {@return the hour after every segment ended: when the world's segments are registered} */
        public int registrationHour() {
            return segments.stream().mapToInt(s -> s.startHour() + s.lengthHours()).max().orElse(0);
        }

        /**
         * A recordings context holding this world: cameras placed, segments registered (media written)
         * at {@link #registrationHour()}, holds stored and references open.
         *
         * @return the built world
         */
        public Built build() {
            RecordingsFixture fixture = new RecordingsFixture(hour(registrationHour()), policy);
            for (int i = 0; i < cameras.size(); i++) {
                fixture.zones.place(camera(i), cameras.get(i).importance());
            }
            List<Segment> registered = new ArrayList<>();
            for (int i = 0; i < segments.size(); i++) {
                registered.add(fixture.record(report(i)));
            }
            List<Hold> placed = new ArrayList<>();
            for (HoldSpec h : holds) {
                placed.add(fixture.holds.save(h.toHold(fixture.head.id())));
            }
            references.forEach(r -> fixture.references.refer(r.toReference()));
            return new Built(this, fixture, registered, placed);
        }

        /**
         * {@return the registration command of segment {@code i}}
         *
         * @param i which segment, from 0
         */
        public RegisterSegments.Command report(int i) {
            SegmentSpec s = segments.get(i);
            CameraSpec c = cameras.get(s.camera());
            String path = "cam" + s.camera() + "/seg" + i + ".mp4";
            return new RegisterSegments.Command(camera(s.camera()), hour(s.startHour()), hour(s.startHour() + s.lengthHours()),
                    c.area(), path, s.sizeBytes(), RecordingsFixture.sha256(path), s.trigger());
        }
    }

    /** A world built into a context, with its segments and holds as stored. */
    public record Built(World world, RecordingsFixture fixture, List<Segment> segments, List<Hold> holds) {
    }

    /**
     * Cameras with a drawn zone importance, on the two areas.
     *
     * @return the generator
     */
    public static Gen<List<CameraSpec>> cameras() {
        return source -> {
            List<CameraSpec> cameras = new ArrayList<>();
            for (int i = 0; i < CAMERAS; i++) {
                cameras.add(new CameraSpec(source.draw(Gens.enums(ZoneImportance.class)), AREAS.get(source.draw(Gens.integers(0, 1)))));
            }
            return cameras;
        };
    }

    /**
     * Segments within the first 30 days.
     *
     * @return the generator
     */
    public static Gen<SegmentSpec> segments() {
        return source -> new SegmentSpec(source.draw(Gens.integers(0, CAMERAS - 1)), source.draw(Gens.integers(0, 30 * 24)),
                source.draw(Gens.integers(1, 48)), source.draw(Gens.longs(1, 100)),
                source.draw(Gens.frequency(Gens.weighted(6, Gens.constant(Trigger.CONTINUOUS)), Gens.weighted(2, Gens.constant(Trigger.MOTION)),
                        Gens.weighted(2, Gens.constant(Trigger.ALARM)))));
    }

    /**
     * Holds of every kind over the first 30 days, locks expiring within 90 days, some released.
     *
     * @return the generator
     */
    public static Gen<HoldSpec> holds() {
        return source -> {
            HoldKind kind = source.draw(Gens.enums(HoldKind.class));
            LockMode mode = kind == HoldKind.EVIDENCE_LOCK ? source.draw(Gens.enums(LockMode.class)) : null;
            Set<Integer> cameras = source.draw(Gens.sets(Gens.integers(0, CAMERAS - 1), 1, CAMERAS));
            return new HoldSpec(kind, mode, cameras, source.draw(Gens.integers(0, 30 * 24)), source.draw(Gens.integers(1, 72)),
                    source.draw(Gens.integers(1, 90 * 24)), source.draw(Gens.integers(0, 4)) == 0);
        };
    }

    /**
     * Open references over the first 30 days.
     *
     * @return the generator
     */
    public static Gen<ReferenceSpec> references() {
        return source -> new ReferenceSpec(source.draw(Gens.integers(0, CAMERAS - 1)), source.draw(Gens.integers(0, 30 * 24)),
                source.draw(Gens.integers(1, 48)));
    }

    /**
     * Whole worlds under a random policy.
     *
     * @return the generator
     */
    public static Gen<World> worlds() {
        return policies().flatMap(RecordingsGens::worlds);
    }

    /**
     * Whole worlds under {@code policy}: the laws checked against your own policy.
     *
     * @param policy your retention policy
     * @return the generator
     */
    public static Gen<World> worlds(RetentionPolicy policy) {
        return source -> new World(policy, source.draw(cameras()), source.draw(Gens.lists(segments(), 0, MAX_SEGMENTS)),
                source.draw(Gens.lists(holds(), 0, 4)), source.draw(Gens.lists(references(), 0, 3)));
    }
}
