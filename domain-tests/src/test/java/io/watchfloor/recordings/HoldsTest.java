package io.watchfloor.recordings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.PersonId;
import io.watchfloor.recordings.port.in.ChangeHold;
import io.watchfloor.recordings.port.in.PlaceHold;
import io.watchfloor.recordings.port.in.SweepRetention;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
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

@DisplayName("Holds: legal holds and evidence locks")
class HoldsTest {

    static final Instant MONDAY = Instant.parse("2026-11-23T00:00:00Z");
    static final Duration HOUR = Duration.ofHours(1);
    static final RetentionPolicy THIRTY_DAYS_AT_MOST = RetentionPolicy.builder("privacy", ShortageChoice.ALARM_ONLY)
            .ordinaryMinimum(Duration.ofDays(30)).importantMinimum(Duration.ofDays(30)).maximum(Duration.ofDays(30)).build();

    private final RecordingsFixture centre = new RecordingsFixture(MONDAY.plus(HOUR), THIRTY_DAYS_AT_MOST);
    private final CameraId gate = centre.camera(ZoneImportance.ORDINARY);
    private final CaseId robbery = CaseId.newId();

    private PlaceHold.Command legalHold(PersonId by) {
        return new PlaceHold.Command(by, HoldKind.LEGAL_HOLD, null, Set.of(gate), MONDAY, MONDAY.plus(HOUR), HoldReason.ROBBERY,
                robbery, null, "robbery at the north gate", null);
    }

    private PlaceHold.Command lock(LockMode mode, Instant expiresAt) {
        return new PlaceHold.Command(centre.shiftLeader.id(), HoldKind.EVIDENCE_LOCK, mode, Set.of(gate), MONDAY, MONDAY.plus(HOUR),
                HoldReason.FIGHT, robbery, null, "", expiresAt);
    }

    private void sweepOnDay(int day) {
        centre.clock.set(MONDAY.plus(Duration.ofDays(day)));
        centre.module.sweepRetention().sweep(SweepRetention.Command.standard());
    }

    @Test
    @Tag("RET-04")
    @DisplayName("a legal hold keeps footage past its maximum until released by someone with authority")
    void legalHoldKeepsUntilReleased() {
        Segment robberyFootage = centre.record(gate, MONDAY, HOUR);
        Segment later = centre.record(gate, MONDAY.plus(HOUR), HOUR);
        Hold hold = centre.module.placeHold().place(legalHold(centre.shiftLeader.id())).hold();

        sweepOnDay(60);
        assertTrue(centre.segments.find(robberyFootage.id()).isPresent());
        assertTrue(centre.segments.find(later.id()).isEmpty(), "footage outside the hold's range is not held");

        RuleViolation refused = assertThrows(RuleViolation.class, () -> centre.module.changeHold().release(
                new ChangeHold.Release(centre.shiftLeader.id(), hold.id(), "case closed")));
        assertEquals("PEOPLE-01", refused.ruleId());
        centre.module.changeHold().release(new ChangeHold.Release(centre.head.id(), hold.id(), "case closed by the court"));
        sweepOnDay(61);

        assertTrue(centre.segments.find(robberyFootage.id()).isEmpty());
        RecordingsEvent.HoldReleased released = centre.events.ofType(RecordingsEvent.HoldReleased.class).get(0);
        assertEquals(centre.head.id(), released.by());
        assertEquals("case closed by the court", released.reason());
    }

    @Test
    @Tag("RET-04")
    @DisplayName("a hold names cameras, a time range, a reason and a case or incident, and needs a role that may place it")
    void placingAHoldIsChecked() {
        InvalidCommand missing = assertThrows(InvalidCommand.class, () -> centre.module.placeHold().place(
                new PlaceHold.Command(centre.shiftLeader.id(), HoldKind.LEGAL_HOLD, null, Set.of(), MONDAY.plus(HOUR), MONDAY,
                        null, null, null, null, null)));
        RuleViolation operator = assertThrows(RuleViolation.class, () -> centre.module.placeHold().place(legalHold(centre.operator.id())));
        assertThrows(NotFound.class, () -> centre.module.placeHold().place(legalHold(PersonId.newId())));

        assertEquals(List.of("cameras", "caseId", "end", "reason"), missing.errors().stream().map(InvalidCommand.FieldError::field).toList());
        assertEquals("PEOPLE-01", operator.ruleId());
        assertTrue(centre.holds.all().isEmpty());
        assertTrue(centre.events.ofType(RecordingsEvent.HoldPlaced.class).isEmpty());
    }

    @Test
    @Tag("RET-09")
    @DisplayName("an evidence lock needs a mode and an expiry after now; a legal hold has neither")
    void lockShape() {
        InvalidCommand noExpiry = assertThrows(InvalidCommand.class, () -> centre.module.placeHold().place(lock(LockMode.GOVERNANCE, null)));
        InvalidCommand past = assertThrows(InvalidCommand.class, () -> centre.module.placeHold().place(lock(LockMode.GOVERNANCE, MONDAY)));
        InvalidCommand legalWithExpiry = assertThrows(InvalidCommand.class, () -> centre.module.placeHold().place(
                new PlaceHold.Command(centre.head.id(), HoldKind.LEGAL_HOLD, LockMode.COMPLIANCE, Set.of(gate), MONDAY, MONDAY.plus(HOUR),
                        HoldReason.OTHER, robbery, null, "", MONDAY.plus(Duration.ofDays(9)))));

        assertEquals(List.of("expiresAt"), noExpiry.errors().stream().map(InvalidCommand.FieldError::field).toList());
        assertEquals(List.of("expiresAt"), past.errors().stream().map(InvalidCommand.FieldError::field).toList());
        assertEquals(List.of("expiresAt", "mode"), legalWithExpiry.errors().stream().map(InvalidCommand.FieldError::field).toList());
        assertTrue(centre.holds.all().isEmpty());
    }

    @Test
    @Tag("RET-09")
    @DisplayName("a governance lock may be shortened by an authorised person with a reason, and the change is audited")
    void governanceLockShortened() {
        Segment footage = centre.record(gate, MONDAY, HOUR);
        Hold lock = centre.module.placeHold().place(lock(LockMode.GOVERNANCE, MONDAY.plus(Duration.ofDays(90)))).hold();

        RuleViolation leader = assertThrows(RuleViolation.class, () -> centre.module.changeHold().shorten(
                new ChangeHold.Shorten(centre.shiftLeader.id(), lock.id(), MONDAY.plus(Duration.ofDays(40)), "no longer needed")));
        Hold shortened = centre.module.changeHold().shorten(
                new ChangeHold.Shorten(centre.security.id(), lock.id(), MONDAY.plus(Duration.ofDays(40)), "the fight was settled"));
        sweepOnDay(39);
        boolean keptWhileLocked = centre.segments.find(footage.id()).isPresent();
        sweepOnDay(41);

        assertEquals("PEOPLE-01", leader.ruleId());
        assertEquals(MONDAY.plus(Duration.ofDays(40)), shortened.expiresAt());
        assertTrue(keptWhileLocked);
        assertTrue(centre.segments.find(footage.id()).isEmpty());
        RecordingsEvent.HoldShortened audit = centre.events.ofType(RecordingsEvent.HoldShortened.class).get(0);
        assertEquals(List.of(MONDAY.plus(Duration.ofDays(90)), MONDAY.plus(Duration.ofDays(40)), centre.security.id(), "the fight was settled"),
                List.of(audit.from(), audit.to(), audit.by(), audit.reason()));
    }

    @Test
    @Tag("RET-09")
    @DisplayName("a compliance lock is never shortened nor released before it expires, not even by the centre head; it may be extended")
    void complianceLockNeverShortened() {
        Hold lock = centre.module.placeHold().place(lock(LockMode.COMPLIANCE, MONDAY.plus(Duration.ofDays(90)))).hold();

        RuleViolation shorten = assertThrows(RuleViolation.class, () -> centre.module.changeHold().shorten(
                new ChangeHold.Shorten(centre.head.id(), lock.id(), MONDAY.plus(Duration.ofDays(40)), "pressure from above")));
        RuleViolation release = assertThrows(RuleViolation.class, () -> centre.module.changeHold().release(
                new ChangeHold.Release(centre.head.id(), lock.id(), "pressure from above")));
        Hold extended = centre.module.changeHold().extend(new ChangeHold.Extend(centre.shiftLeader.id(), lock.id(), MONDAY.plus(Duration.ofDays(120))));

        assertEquals("RET-09", shorten.ruleId());
        assertTrue(shorten.getMessage().contains("compliance mode: nobody may shorten it"));
        assertEquals("RET-09", release.ruleId());
        assertEquals(MONDAY.plus(Duration.ofDays(120)), extended.expiresAt());
        assertEquals(MONDAY.plus(Duration.ofDays(120)), centre.holds.get(lock.id()).expiresAt());
        assertTrue(centre.events.ofType(RecordingsEvent.HoldShortened.class).isEmpty());
    }

    @Test
    @Tag("RET-09")
    @DisplayName("shortening to a later expiry or extending to an earlier one is refused naming newExpiry")
    void wrongDirection() {
        Hold lock = centre.module.placeHold().place(lock(LockMode.GOVERNANCE, MONDAY.plus(Duration.ofDays(90)))).hold();

        InvalidCommand shorten = assertThrows(InvalidCommand.class, () -> centre.module.changeHold().shorten(
                new ChangeHold.Shorten(centre.head.id(), lock.id(), MONDAY.plus(Duration.ofDays(100)), "typo")));
        InvalidCommand extend = assertThrows(InvalidCommand.class, () -> centre.module.changeHold().extend(
                new ChangeHold.Extend(centre.head.id(), lock.id(), MONDAY.plus(Duration.ofDays(10)))));

        assertEquals("newExpiry", shorten.errors().get(0).field());
        assertEquals("newExpiry", extend.errors().get(0).field());
        assertEquals(lock, centre.holds.get(lock.id()));
    }

    @Test
    @Tag("RET-09")
    @DisplayName("an evidence lock stops protecting when it expires")
    void lockExpires() {
        Segment footage = centre.record(gate, MONDAY, HOUR);
        centre.module.placeHold().place(lock(LockMode.COMPLIANCE, MONDAY.plus(Duration.ofDays(50))));

        sweepOnDay(49);
        assertTrue(centre.segments.find(footage.id()).isPresent());
        sweepOnDay(50);
        assertFalse(centre.segments.find(footage.id()).isPresent());
    }

    @Test
    @Tag("RET-04")
    @DisplayName("a released hold is not changed again: released, extended or shortened after its release is refused naming RET-04")
    void releasedHoldNotChangedAgain() {
        Hold hold = centre.module.placeHold().place(legalHold(centre.shiftLeader.id())).hold();
        Hold lock = centre.module.placeHold().place(lock(LockMode.GOVERNANCE, MONDAY.plus(Duration.ofDays(90)))).hold();
        centre.module.changeHold().release(new ChangeHold.Release(centre.head.id(), hold.id(), "case closed"));
        Hold releasedLock = centre.module.changeHold().release(new ChangeHold.Release(centre.head.id(), lock.id(), "fight settled"));
        int eventsBefore = centre.events.all().size();

        RuleViolation again = assertThrows(RuleViolation.class, () -> centre.module.changeHold().release(
                new ChangeHold.Release(centre.head.id(), hold.id(), "again")));
        RuleViolation extended = assertThrows(RuleViolation.class, () -> centre.module.changeHold().extend(
                new ChangeHold.Extend(centre.head.id(), lock.id(), MONDAY.plus(Duration.ofDays(120)))));
        RuleViolation shortened = assertThrows(RuleViolation.class, () -> centre.module.changeHold().shorten(
                new ChangeHold.Shorten(centre.head.id(), lock.id(), MONDAY.plus(Duration.ofDays(10)), "sooner")));

        assertEquals(List.of("RET-04", "RET-04", "RET-04"), List.of(again.ruleId(), extended.ruleId(), shortened.ruleId()));
        assertTrue(extended.getMessage().contains("was already released"), extended.getMessage());
        assertEquals(releasedLock, centre.holds.get(lock.id()));
        assertEquals(eventsBefore, centre.events.all().size());
    }

    @Test
    @Tag("RET-09")
    @DisplayName("only someone who may place holds extends an evidence lock: an operator is refused naming PEOPLE-01")
    void operatorMayNotExtend() {
        Hold lock = centre.module.placeHold().place(lock(LockMode.COMPLIANCE, MONDAY.plus(Duration.ofDays(90)))).hold();

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.module.changeHold().extend(
                new ChangeHold.Extend(centre.operator.id(), lock.id(), MONDAY.plus(Duration.ofDays(120)))));

        assertEquals("PEOPLE-01", refusal.ruleId());
        assertEquals(lock, centre.holds.get(lock.id()));
        assertTrue(centre.events.ofType(RecordingsEvent.HoldExtended.class).isEmpty());
    }

    @Test
    @Tag("RET-04")
    @DisplayName("placing a hold takes the protection lock of its cameras, the lock every claim of a destruction takes")
    void placingTakesTheProtectionLock() {
        int before = centre.holds.protectionLocks();

        PlaceHold.Placement placed = centre.module.placeHold().place(legalHold(centre.shiftLeader.id()));

        assertEquals(before + 1, centre.holds.protectionLocks());
        assertTrue(placed.lostNothing());
    }
}
