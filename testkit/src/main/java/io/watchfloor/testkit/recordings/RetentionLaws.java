package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.DestructionRecord;
import io.watchfloor.recordings.EvidenceReference;
import io.watchfloor.recordings.Hold;
import io.watchfloor.recordings.HoldId;
import io.watchfloor.recordings.MediaLocation;
import io.watchfloor.recordings.RetentionPolicy;
import io.watchfloor.recordings.Segment;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The retention laws as checks over a {@link RecordingsFixture}, with a scan oracle that does not use
 * the interval index: run them after any sequence of use cases (RET-03, RET-04, RET-06, RET-09).
 * Each throws an {@link AssertionError} naming the segment and the law it broke.
 */
public final class RetentionLaws {

    private RetentionLaws() {
    }

    /**
     * {@return whether a rule protects {@code s} at {@code at}: retention running, a hold in force covering it, or a reference to it}
     *
     * @param s the segment
     * @param at the instant
     * @param holds the holds
     * @param references the open evidence references
     */
    public static boolean isProtected(Segment s, Instant at, List<Hold> holds, List<EvidenceReference> references) {
        return at.isBefore(s.keepUntil()) || isHeld(s, at, holds) || isReferenced(s, references);
    }

    /**
     * {@return whether a hold in force at {@code at} covers {@code s}}
     *
     * @param s the segment
     * @param at the instant
     * @param holds the holds
     */
    public static boolean isHeld(Segment s, Instant at, List<Hold> holds) {
        return holds.stream().anyMatch(h -> h.protectsAt(at) && h.covers(s.camera(), s.range()));
    }

    /**
     * {@return whether an open reference covers {@code s}}
     *
     * @param s the segment
     * @param references the open evidence references
     */
    public static boolean isReferenced(Segment s, List<EvidenceReference> references) {
        return references.stream().anyMatch(r -> r.camera().equals(s.camera()) && r.range().overlaps(s.range()));
    }

    /**
     * {@return whether a sweep at {@code at} under {@code policy} must destroy {@code s}}
     *
     * @param s the segment
     * @param at the instant
     * @param policy the retention policy
     * @param holds the holds
     * @param references the open evidence references
     */
    public static boolean sweepMustDestroy(Segment s, Instant at, RetentionPolicy policy, List<Hold> holds, List<EvidenceReference> references) {
        return !isProtected(s, at, holds, references) && policy.maximum() != null && !at.isBefore(s.range().end().plus(policy.maximum()));
    }

    /**
     * RET-03, RET-04, RET-06: every deletion of the media of {@code segments} came after a claim of its
     * destruction, and is judged against what was stored when that claim was made (ADR 0006): not before
     * its keep-until, not while a hold committed before the claim, and still in force then, covered it,
     * not while a reference opened before the claim, and not yet closed then, covered it. A hold or
     * reference committed after the claim cannot stop that deletion; placing it reports the segment.
     */
    public static void nothingProtectedWasDeleted(RecordingsFixture f, List<Segment> segments) {
        Map<MediaLocation, Segment> byLocation = new HashMap<>();
        segments.forEach(s -> byLocation.put(s.location(), s));
        List<InMemoryDestructionRecords.Claim> claims = f.records.claims();
        List<InMemoryHolds.Stored> holdHistory = f.holds.history();
        List<InMemoryEvidenceReferences.Opened> referenceHistory = f.references.history();
        for (InMemoryRecordingStore.Deletion d : f.store.deletions()) {
            Segment s = byLocation.get(d.location());
            if (s == null) {
                throw new AssertionError("media at " + d.location() + " was deleted but belongs to no segment");
            }
            if (d.at().isBefore(s.keepUntil())) {
                throw new AssertionError("RET-03: segment " + s.id() + " was deleted at " + d.at() + ", before its keep-until " + s.keepUntil());
            }
            InMemoryDestructionRecords.Claim claim = null;
            for (InMemoryDestructionRecords.Claim c : claims) {
                if (c.claimed().location().equals(d.location()) && c.tick() < d.tick()) {
                    claim = c;
                }
            }
            if (claim == null) {
                throw new AssertionError("RET-06: the media of segment " + s.id() + " was deleted without a claimed destruction record");
            }
            for (Hold h : holdsAt(holdHistory, claim.tick())) {
                if (h.protectsAt(claim.claimed().stageAt()) && h.covers(s.camera(), s.range())) {
                    throw new AssertionError("RET-04: segment " + s.id() + " was deleted although " + h.describe()
                            + " was committed before its claim at " + claim.claimed().stageAt());
                }
            }
            for (InMemoryEvidenceReferences.Opened o : referenceHistory) {
                EvidenceReference r = o.reference();
                if (o.openAfter(claim.tick()) && r.camera().equals(s.camera()) && r.range().overlaps(s.range())) {
                    throw new AssertionError("RET-06: segment " + s.id() + " was deleted although " + r.describe()
                            + " referred to it before its claim");
                }
            }
        }
    }

    /** Each hold as it stood just before tick {@code tick}: its latest version stored earlier. */
    private static List<Hold> holdsAt(List<InMemoryHolds.Stored> history, long tick) {
        Map<HoldId, Hold> latest = new LinkedHashMap<>();
        for (InMemoryHolds.Stored stored : history) {
            if (stored.tick() < tick) {
                latest.put(stored.hold().id(), stored.hold());
            }
        }
        return List.copyOf(latest.values());
    }

    /**
     * RET-06: once no destruction is pending, each deletion has exactly one completed record and
     * each completed record one deletion; destroyed segments are gone and the others keep their media.
     *
     * @param f the fixture after the sweep
     * @param segments every segment registered
     */
    public static void everyDestructionHasExactlyOneRecord(RecordingsFixture f, List<Segment> segments) {
        if (!f.records.pending().isEmpty()) {
            throw new AssertionError("destructions are still unfinished: " + f.records.pending());
        }
        List<MediaLocation> deleted = f.store.deleted();
        Set<MediaLocation> distinct = new HashSet<>(deleted);
        if (distinct.size() != deleted.size()) {
            throw new AssertionError("some media was deleted twice: " + deleted);
        }
        Map<MediaLocation, Integer> done = new HashMap<>();
        for (DestructionRecord r : f.records.all()) {
            if (r.stage() == DestructionRecord.Stage.DONE) {
                done.merge(r.location(), 1, Integer::sum);
            }
        }
        if (!done.keySet().equals(distinct) || done.values().stream().anyMatch(n -> n != 1)) {
            throw new AssertionError("deletions " + distinct + " and completed records " + done + " do not match one to one");
        }
        for (Segment s : segments) {
            boolean gone = distinct.contains(s.location());
            if (gone == f.segments.find(s.id()).isPresent()) {
                throw new AssertionError("segment " + s.id() + (gone ? " lost its media but is still listed" : " is unlisted but kept its media"));
            }
            if (!gone && !f.store.contains(s.location())) {
                throw new AssertionError("segment " + s.id() + " lost its media without a record");
            }
        }
    }

    /**
     * RET-09: after a sweep at {@code at}, no remaining segment is one the sweep had to destroy.
     *
     * @param f the fixture after the sweep
     * @param at when the sweep ran
     */
    public static void sweepLeftNothingPastItsMaximum(RecordingsFixture f, Instant at) {
        RetentionPolicy policy = f.policies.current();
        List<Hold> holds = f.holds.all();
        List<EvidenceReference> references = f.references.open();
        for (Segment s : f.segments.all()) {
            if (sweepMustDestroy(s, at, policy, holds, references)) {
                throw new AssertionError("RET-09: segment " + s.id() + " is past its maximum at " + at + ", unprotected, and still kept");
            }
        }
    }
}
