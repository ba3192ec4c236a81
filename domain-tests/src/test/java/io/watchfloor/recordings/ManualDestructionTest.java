package io.watchfloor.recordings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.recordings.port.in.DestroySegment;
import io.watchfloor.recordings.port.in.PlaceHold;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.IncidentId;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.ZoneImportance;
import io.watchfloor.testkit.recordings.RecordingsFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Manual deletion and erasure requests")
class ManualDestructionTest {

    static final Instant MONDAY = Instant.parse("2026-11-23T00:00:00Z");
    static final Duration HOUR = Duration.ofHours(1);

    private final RecordingsFixture centre = new RecordingsFixture(MONDAY);
    private final CameraId corridor = centre.camera(ZoneImportance.ORDINARY);

    private DestroySegment.Command erase(Segment s) {
        return new DestroySegment.Command(centre.security.id(), s.id(), DestructionCause.ERASURE_REQUEST, "resident asked for erasure");
    }

    @Test
    @Tag("RET-03")
    @DisplayName("an erasure request before the retention ends is refused with the keep-until, and nothing is deleted")
    void refusedWhileRetentionRuns() {
        Segment footage = centre.record(corridor, MONDAY, HOUR);
        centre.clock.set(MONDAY.plus(Duration.ofDays(10)));

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.module.destroySegment().destroy(erase(footage)));

        assertEquals("RET-03", refusal.ruleId());
        assertTrue(refusal.getMessage().contains("is kept until 2026-12-23 01:00 UTC"), refusal.getMessage());
        assertTrue(centre.store.contains(footage.location()));
        assertTrue(centre.records.all().isEmpty());
    }

    @Test
    @Tag("RET-04")
    @DisplayName("a held segment is refused naming the hold, and one referred to by an investigation naming RET-06")
    void refusedWhileProtected() {
        Segment held = centre.record(corridor, MONDAY, HOUR);
        Segment referred = centre.record(corridor, MONDAY.plus(HOUR), HOUR);
        Hold hold = centre.module.placeHold().place(new PlaceHold.Command(centre.head.id(), HoldKind.LEGAL_HOLD, null, Set.of(corridor),
                MONDAY, MONDAY.plus(HOUR), HoldReason.DISCIPLINARY, null, IncidentId.newId(), "", null)).hold();
        centre.references.refer(EvidenceReference.byInvestigation(IncidentId.newId(), corridor, referred.range()));
        centre.clock.set(MONDAY.plus(Duration.ofDays(40)));

        RuleViolation heldRefusal = assertThrows(RuleViolation.class, () -> centre.module.destroySegment().destroy(erase(held)));
        RuleViolation referredRefusal = assertThrows(RuleViolation.class, () -> centre.module.destroySegment().destroy(erase(referred)));

        assertEquals("RET-04", heldRefusal.ruleId());
        assertTrue(heldRefusal.getMessage().contains(hold.id().toString()));
        assertEquals("RET-06", referredRefusal.ruleId());
        assertEquals(2, centre.segments.count());
    }

    @Test
    @Tag("RET-06")
    @DisplayName("after its retention, an authorised deletion is recorded with who ordered it and why, then carried out")
    void carriedOutWithRecord() {
        Segment footage = centre.record(corridor, MONDAY, HOUR);
        centre.clock.set(MONDAY.plus(Duration.ofDays(31)));

        RuleViolation operator = assertThrows(RuleViolation.class, () -> centre.module.destroySegment().destroy(
                new DestroySegment.Command(centre.operator.id(), footage.id(), DestructionCause.MANUAL, "tidy up")));
        DestructionRecord record = centre.module.destroySegment().destroy(erase(footage));

        assertEquals("PEOPLE-01", operator.ruleId());
        assertEquals(DestructionRecord.Stage.DONE, record.stage());
        assertEquals(centre.security.id(), record.orderedBy());
        assertEquals("resident asked for erasure", record.note());
        assertEquals(DestructionCause.ERASURE_REQUEST, record.cause());
        assertTrue(centre.segments.find(footage.id()).isEmpty());
        assertEquals(List.of(footage.location()), centre.store.deleted());
    }

    @Test
    @Tag("RET-03")
    @DisplayName("an unknown segment is not found; the sweep's own cause or a missing reason is refused field by field")
    void badInput() {
        Segment footage = centre.record(corridor, MONDAY, HOUR);

        assertThrows(NotFound.class, () -> centre.module.destroySegment().destroy(
                new DestroySegment.Command(centre.head.id(), SegmentId.newId(), DestructionCause.MANUAL, "why not")));
        InvalidCommand refusal = assertThrows(InvalidCommand.class, () -> centre.module.destroySegment().destroy(
                new DestroySegment.Command(centre.head.id(), footage.id(), DestructionCause.PAST_MAXIMUM, " ")));

        assertEquals(List.of("cause", "reason"), refusal.errors().stream().map(InvalidCommand.FieldError::field).toList());
        assertEquals(1, centre.segments.count());
        assertTrue(centre.records.all().isEmpty());
    }

    @Test
    @Tag("RET-04")
    @DisplayName("a hold placed while an erasure is being recorded stops it: refused as changed meanwhile, nothing deleted")
    void holdPlacedWhileRecording() {
        Segment footage = centre.record(corridor, MONDAY, HOUR);
        io.watchfloor.recordings.port.out.Holds holdPlacedOnSecondLook = new io.watchfloor.recordings.port.out.Holds() {
            @Override
            public Hold save(Hold hold) {
                return centre.holds.save(hold);
            }

            @Override
            public java.util.Optional<Hold> find(HoldId id) {
                return centre.holds.find(id);
            }

            @Override
            public java.util.List<Hold> unreleased() {
                return centre.holds.unreleased();
            }

            @Override
            public void lockProtection(java.util.Set<CameraId> cameras) {
                centre.holds.lockProtection(cameras);
            }

            @Override
            public java.util.List<Hold> on(CameraId camera) {
                centre.holds.save(Hold.legalHold(java.util.Set.of(corridor), footage.range(), HoldReason.THEFT, io.watchfloor.shared.CaseId.newId(),
                        null, "placed at the same moment", centre.head.id(), centre.clock.instant()));
                return centre.holds.on(camera);
            }
        };
        RecordingsModule erasing = RecordingsModule.create(new RecordingsModule.Ports(centre.segments, holdPlacedOnSecondLook, centre.backups,
                centre.records, centre.policies, centre.zones, centre.references, centre.store, centre.control, centre.people),
                centre.runtime);
        centre.clock.set(MONDAY.plus(Duration.ofDays(31)));

        assertThrows(io.watchfloor.shared.ConcurrentModification.class, () -> erasing.destroySegment().destroy(erase(footage)));

        assertTrue(centre.store.contains(footage.location()));
        assertTrue(centre.records.all().isEmpty());
        assertTrue(centre.segments.find(footage.id()).isPresent());
    }

    @Test
    @Tag("RET-06")
    @DisplayName("a second deletion of a segment whose destruction is under way is refused naming RET-06, and nothing changes")
    void secondWhileUnderWay() {
        Segment footage = centre.record(corridor, MONDAY, HOUR);
        centre.clock.set(MONDAY.plus(Duration.ofDays(31)));
        centre.store.failDeletes(location -> true);
        DestructionRecord first = centre.module.destroySegment().destroy(erase(footage));
        var before = centre.records.all();

        RuleViolation again = assertThrows(RuleViolation.class, () -> centre.module.destroySegment().destroy(erase(footage)));

        assertEquals("RET-06", again.ruleId());
        assertTrue(again.getMessage().contains("already under way"), again.getMessage());
        assertTrue(again.getMessage().contains(first.id().toString()), again.getMessage());
        assertEquals(before, centre.records.all());
        assertTrue(centre.store.contains(footage.location()));
    }
}
