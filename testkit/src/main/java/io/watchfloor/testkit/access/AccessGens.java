package io.watchfloor.testkit.access;

import io.watchfloor.access.AccessAction;
import io.watchfloor.access.AccessLogEntry;
import io.watchfloor.access.AccessPolicy;
import io.watchfloor.access.AccessRequestId;
import io.watchfloor.access.ChainHash;
import io.watchfloor.access.Gravity;
import io.watchfloor.access.Grant;
import io.watchfloor.access.GrantId;
import io.watchfloor.access.LogKind;
import io.watchfloor.access.LogRecord;
import io.watchfloor.access.Requester;
import io.watchfloor.access.RequesterClass;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.Version;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Generators of the access context for the property engine, valid by construction. Ids are drawn
 * from small fixed pools so that generated values meet (a use hits a granted camera often enough).
 * Instants lie in the demo week and the week before it: {@link #WEEK_BEFORE} to {@link #WEEK_END}.
 */
public final class AccessGens {

    /** The earliest generated instant: a week before the demo week. */
    public static final Instant WEEK_BEFORE = AccessSamples.MONDAY_8AM.minus(Duration.ofDays(7));
    /** The latest generated instant: the end of the demo week. */
    public static final Instant WEEK_END = AccessSamples.MONDAY_8AM.plus(Duration.ofDays(7));
    /** How many cameras the camera pool holds. */
    public static final int CAMERAS = 6;

    private AccessGens() {
    }

    /**
     * Camera {@code k} of the pool (1 to {@link #CAMERAS}).
     *
     * @param k which camera, from 0
     * @return its id
     */
    public static CameraId camera(int k) {
        return new CameraId(new UUID(0x00CA_0000L, k));
    }

    /** {@return one of the {@link #CAMERAS} pooled cameras} */
    public static Gen<CameraId> cameras() {
        return Gens.integers(1, CAMERAS).map(AccessGens::camera);
    }

    /**
     * Basic, advanced or highest.
     *
     * @return the generator
     */
    public static Gen<AccessLevel> levels() {
        return Gens.enums(AccessLevel.class);
    }

    /** {@return any requester class} */
    public static Gen<RequesterClass> requesterClasses() {
        return Gens.enums(RequesterClass.class);
    }

    /**
     * Ordinary or a major special event.
     *
     * @return the generator
     */
    public static Gen<Gravity> gravities() {
        return Gens.enums(Gravity.class);
    }

    /** {@return a set of 1 to 4 roles} */
    public static Gen<Set<Role>> roleSets() {
        return Gens.sets(Gens.enums(Role.class), 1, 4).map(s -> Set.copyOf(EnumSet.copyOf(s)));
    }

    /** {@return a non-empty set of actions} */
    public static Gen<Set<AccessAction>> actionSets() {
        return Gens.sets(Gens.enums(AccessAction.class), 1, 4).map(s -> Set.copyOf(EnumSet.copyOf(s)));
    }

    /** {@return a range of 1 minute to 6 hours starting in the generated interval} */
    public static Gen<TimeRange> ranges() {
        return source -> TimeRange.starting(source.draw(Gens.instants(WEEK_BEFORE, WEEK_END)),
                source.draw(Gens.durations(Duration.ofMinutes(1), Duration.ofHours(6))));
    }

    /**
     * {@return a range inside {@code outer} or overlapping its edges by up to 30 minutes, to meet both inside and outside uses}
     *
     * @param outer the range to stay near
     */
    public static Gen<TimeRange> rangesNear(TimeRange outer) {
        return source -> {
            Instant start = source.draw(Gens.instants(outer.start().minus(Duration.ofMinutes(30)), outer.end()));
            Instant end = source.draw(Gens.instants(start.plusSeconds(1), outer.end().plus(Duration.ofMinutes(30))));
            return new TimeRange(start, end);
        };
    }

    /** A requester of a random class, with a credential for law enforcement, a person for staff and a sealed ID number where one is required. */
    public static Gen<Requester> requesters() {
        return source -> {
            RequesterClass kind = source.draw(requesterClasses());
            return new Requester(kind, "Requester " + source.draw(Gens.integers(1, 99)), "Unit " + source.draw(Gens.integers(1, 9)),
                    kind == RequesterClass.LAW_ENFORCEMENT ? "SH-" + source.draw(Gens.integers(1000, 9999)) : null,
                    kind == RequesterClass.STAFF ? new PersonId(new UUID(0x9E50L, source.draw(Gens.integers(1, 20)))) : null,
                    Requester.needsIdNumber(kind) ? AccessSamples.TEST_SEAL.seal("3101011990" + source.draw(Gens.integers(10_000_000, 99_999_999)))
                            : null);
        };
    }

    /**
     * A grant over 1 to {@link #CAMERAS} pooled cameras, each at a level no higher than the
     * approver's, for a footage range, 1 to 4 actions, valid for 1 to 72 hours.
     *
     * @return the generator
     */
    public static Gen<Grant> grants() {
        return source -> {
            AccessLevel approver = source.draw(levels());
            Map<CameraId, AccessLevel> cameras = new LinkedHashMap<>();
            for (CameraId camera : source.draw(Gens.sets(cameras(), 1, CAMERAS))) {
                cameras.put(camera, AccessLevel.values()[source.draw(Gens.integers(0, approver.ordinal()))]);
            }
            TimeRange validity = TimeRange.starting(source.draw(Gens.instants(WEEK_BEFORE, WEEK_END)),
                    source.draw(Gens.durations(Duration.ofHours(1), Duration.ofHours(72))));
            return new Grant(new GrantId(new UUID(0x6A47L, source.draw(Gens.integers(1, 1000)))),
                    new AccessRequestId(new UUID(0x4E9L, source.draw(Gens.integers(1, 1000)))), source.draw(requesters()), cameras,
                    source.draw(ranges()), source.draw(actionSets()), new PersonId(new UUID(0xA99L, 1)), approver, validity,
                    source.draw(Gens.booleans()), Version.NEW);
        };
    }

    /** {@return a policy whose approver roles per class (and for major events) are 1 to 3 random roles; other settings default} */
    public static Gen<AccessPolicy> policies() {
        return source -> {
            AccessPolicy defaults = AccessPolicy.defaults();
            Map<RequesterClass, Set<Role>> approvers = new EnumMap<>(RequesterClass.class);
            for (RequesterClass kind : RequesterClass.values()) {
                approvers.put(kind, source.draw(Gens.sets(Gens.enums(Role.class), 1, 3)));
            }
            return new AccessPolicy(approvers, source.draw(Gens.sets(Gens.enums(Role.class), 1, 3)), defaults.writtenApprovalRequired(),
                    defaults.freeOfCharge(), defaults.grantValidity(), defaults.maxGrantValidity(), defaults.liveViewRoles(),
                    defaults.visitApproverRoles(), defaults.footageOperatorRoles());
        };
    }

    /** {@return a log record of any kind, with names and details that include non-ASCII text} */
    public static Gen<LogRecord> logRecords() {
        return source -> {
            LogKind kind = source.draw(Gens.enums(LogKind.class));
            boolean live = kind == LogKind.LIVE_VIEW;
            List<CameraId> cameras = new ArrayList<>(source.draw(Gens.sets(cameras(), 1, 3)));
            return new LogRecord(source.draw(Gens.instants(WEEK_BEFORE, WEEK_END)), kind,
                    source.draw(Gens.booleans()) ? new PersonId(new UUID(0x9E50L, source.draw(Gens.integers(1, 20)))) : null,
                    source.draw(Gens.oneOf("李娜", "Wang Fang", "Zhou Min", "")),
                    live ? null : source.draw(Gens.oneOf("Officer Zhang (Huangpu PSB, credential SH-4471)", "陈小雨 (private)")),
                    live ? null : new GrantId(new UUID(0x6A47L, source.draw(Gens.integers(1, 1000)))), cameras,
                    live ? null : source.draw(ranges()), source.draw(Gens.strings("abc 事由:-", 0, 30)));
        };
    }

    /**
     * {@return a correctly chained log of 1 to {@code max} entries}
     *
     * @param max the longest chain
     */
    public static Gen<List<AccessLogEntry>> chains(int max) {
        return Gens.lists(logRecords(), 1, max).map(records -> {
            List<AccessLogEntry> chain = new ArrayList<>(records.size());
            ChainHash previous = ChainHash.GENESIS;
            for (int i = 0; i < records.size(); i++) {
                AccessLogEntry entry = AccessLogEntry.seal(i + 1, records.get(i), previous);
                chain.add(entry);
                previous = entry.hash();
            }
            return chain;
        });
    }
}
