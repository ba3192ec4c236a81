package io.watchfloor.testkit.access;

import io.watchfloor.access.AccessAction;
import io.watchfloor.access.AccessLogEntry;
import io.watchfloor.access.AccessPolicy;
import io.watchfloor.access.AccessRequest;
import io.watchfloor.access.AccessRequestId;
import io.watchfloor.access.ChainHash;
import io.watchfloor.access.Export;
import io.watchfloor.access.ExportId;
import io.watchfloor.access.Gravity;
import io.watchfloor.access.Grant;
import io.watchfloor.access.GrantId;
import io.watchfloor.access.IdNumberSeal;
import io.watchfloor.access.LogKind;
import io.watchfloor.access.LogRecord;
import io.watchfloor.access.MaskTarget;
import io.watchfloor.access.Requester;
import io.watchfloor.access.Visit;
import io.watchfloor.access.VisitId;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.Version;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Ready-made access values for contract suites and tests: valid by construction, not yet stored. */
public final class AccessSamples {

    /** Monday 23 November 2026, 08:00 in Shanghai. */
    public static final Instant MONDAY_8AM = Instant.parse("2026-11-23T00:00:00Z");
    /** A fixed key for sealing ID numbers in tests (never use a constant key in a deployment). */
    public static final IdNumberSeal TEST_SEAL = IdNumberSeal.withKey("watchfloor-test-key-not-for-production!".getBytes(StandardCharsets.US_ASCII));

    private AccessSamples() {
    }

    /** {@return a police officer with a credential number} */
    public static Requester officer() {
        return Requester.lawEnforcement("Officer Zhang Wei", "Huangpu Public Security Sub-bureau", "SH-310101-4471");
    }

    /**
     * {@return a pending request by a police officer for one hour of {@code camera}, filed at {@code at}}
     *
     * @param camera the camera asked for
     * @param registeredBy who registers the request
     * @param at when
     */
    public static AccessRequest aRequest(CameraId camera, PersonId registeredBy, Instant at) {
        return AccessRequest.file(officer(), "theft reported on Nanjing Road", Set.of(camera),
                TimeRange.starting(at.minus(Duration.ofHours(3)), Duration.ofHours(1)), Set.of(AccessAction.VIEW, AccessAction.EXPORT),
                Gravity.ORDINARY, null, registeredBy, AccessPolicy.defaults(), at);
    }

    /**
     * {@return a grant for {@code camera} at basic level, valid for 72 h from {@code at}}
     *
     * @param camera the camera granted
     * @param at when
     */
    public static Grant aGrant(CameraId camera, Instant at) {
        return new Grant(GrantId.newId(), AccessRequestId.newId(), officer(), Map.of(camera, AccessLevel.BASIC),
                TimeRange.starting(at.minus(Duration.ofHours(3)), Duration.ofHours(1)), Set.of(AccessAction.VIEW, AccessAction.EXPORT),
                PersonId.newId(), AccessLevel.ADVANCED, TimeRange.starting(at, Duration.ofHours(72)), false, Version.NEW);
    }

    /**
     * {@return an export of one file of {@code camera}, made at {@code at}}
     *
     * @param camera the camera exported
     * @param at when
     */
    public static Export anExport(CameraId camera, Instant at) {
        return new Export(ExportId.newId(), GrantId.newId(), officer(), PersonId.newId(), "Li Na", "theft reported on Nanjing Road",
                TimeRange.starting(at.minus(Duration.ofHours(3)), Duration.ofHours(1)), false,
                List.of(new Export.ManifestFile("cam.mp4", camera, 2048, "ab".repeat(32), Set.of(MaskTarget.FACES))), List.of(), at, Version.NEW);
    }

    /**
     * {@return a visit that began at {@code at}, still inside}
     *
     * @param name the visitor's name
     * @param at when they arrive
     */
    public static Visit aVisit(String name, Instant at) {
        return new Visit(VisitId.newId(), name, TEST_SEAL.seal("31010119800101123X"), "139 0000 0000", "District Audit Office",
                PersonId.newId(), PersonId.newId(), "inspection of the control room", at, null, Version.NEW);
    }

    /**
     * {@return a log record of a view of {@code camera} at {@code at}}
     *
     * @param camera the camera viewed
     * @param at when
     * @param detail what the record says
     */
    public static LogRecord aView(CameraId camera, Instant at, String detail) {
        return new LogRecord(at, LogKind.VIEW, PersonId.newId(), "Li Na", officer().identity(), GrantId.newId(), List.of(camera),
                TimeRange.starting(at.minus(Duration.ofHours(3)), Duration.ofHours(1)), detail);
    }

    /**
     * {@return a correctly chained log of {@code n} views, one a minute from {@code from}}
     *
     * @param n how many entries
     * @param from the first entry's time
     */
    public static List<AccessLogEntry> aChain(int n, Instant from) {
        List<AccessLogEntry> chain = new ArrayList<>(n);
        ChainHash previous = ChainHash.GENESIS;
        CameraId camera = CameraId.newId();
        for (int i = 1; i <= n; i++) {
            AccessLogEntry entry = AccessLogEntry.seal(i, aView(camera, from.plus(Duration.ofMinutes(i)), "purpose: case " + i), previous);
            chain.add(entry);
            previous = entry.hash();
        }
        return chain;
    }
}
