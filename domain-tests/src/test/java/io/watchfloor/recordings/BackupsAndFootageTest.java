package io.watchfloor.recordings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.recordings.port.in.FindFootage;
import io.watchfloor.recordings.port.in.PlaceHold;
import io.watchfloor.recordings.port.in.RegisterBackup;
import io.watchfloor.recordings.port.in.SweepRetention;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.shared.ZoneImportance;
import io.watchfloor.testkit.recordings.RecordingsFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("The backup register and the footage query")
class BackupsAndFootageTest {

    static final Instant MONDAY = Instant.parse("2026-11-23T00:00:00Z");
    static final Duration HOUR = Duration.ofHours(1);

    private final RecordingsFixture centre = new RecordingsFixture(MONDAY, RetentionPolicy.builder("max-60", ShortageChoice.ALARM_ONLY)
            .importantMinimum(Duration.ofDays(60)).maximum(Duration.ofDays(60)).build());
    private final CameraId square = centre.camera(ZoneImportance.ORDINARY);

    @Test
    @Tag("RET-05")
    @DisplayName("a backup copy is registered with reason, location, operator and time")
    void backupRegistered() {
        centre.clock.set(MONDAY.plus(Duration.ofDays(1)));
        Backup backup = centre.module.registerBackup().register(new RegisterBackup.Command(centre.operator.id(), Set.of(square),
                MONDAY, MONDAY.plus(HOUR), HoldReason.THEFT, "evidence safe, disc 2026-117", MONDAY.plus(Duration.ofHours(20)), null));

        assertEquals(List.of(backup), centre.backups.all());
        assertEquals(List.of(HoldReason.THEFT, "evidence safe, disc 2026-117", centre.operator.id(), MONDAY.plus(Duration.ofHours(20))),
                List.of(backup.reason(), backup.location(), backup.operator(), backup.madeAt()));
        assertEquals(1, centre.events.ofType(RecordingsEvent.BackupRegistered.class).size());
    }

    @Test
    @Tag("RET-05")
    @DisplayName("a backup without location, made in the future, ending before it starts, or for an unknown hold is refused")
    void badBackups() {
        InvalidCommand fields = assertThrows(InvalidCommand.class, () -> centre.module.registerBackup().register(new RegisterBackup.Command(
                centre.operator.id(), Set.of(square), MONDAY, MONDAY.minusSeconds(1), HoldReason.THEFT, "", MONDAY, null)));
        InvalidCommand future = assertThrows(InvalidCommand.class, () -> centre.module.registerBackup().register(new RegisterBackup.Command(
                centre.operator.id(), Set.of(square), MONDAY, MONDAY.plus(HOUR), HoldReason.THEFT, "safe", MONDAY.plus(HOUR), null)));
        assertThrows(NotFound.class, () -> centre.module.registerBackup().register(new RegisterBackup.Command(
                centre.operator.id(), Set.of(square), MONDAY, MONDAY.plus(HOUR), HoldReason.THEFT, "safe", MONDAY, HoldId.newId())));

        assertEquals(List.of("end", "location"), fields.errors().stream().map(InvalidCommand.FieldError::field).toList());
        assertEquals("madeAt", future.errors().get(0).field());
        assertTrue(centre.backups.all().isEmpty());
    }

    @Test
    @Tag("RET-04")
    @DisplayName("the footage query says what still exists between two instants and why each segment is kept")
    void whatExistsAndWhy() {
        Segment held = centre.record(square, MONDAY, HOUR);
        Segment plain = centre.record(square, MONDAY.plus(HOUR), HOUR);
        Segment fresh = centre.record(square, MONDAY.plus(Duration.ofDays(20)), HOUR);
        centre.record(centre.camera(ZoneImportance.ORDINARY), MONDAY, HOUR);
        Hold hold = centre.module.placeHold().place(new PlaceHold.Command(centre.head.id(), HoldKind.LEGAL_HOLD, null, Set.of(square),
                MONDAY, MONDAY.plus(HOUR), HoldReason.ROBBERY, CaseId.newId(), null, "", null)).hold();
        centre.clock.set(MONDAY.plus(Duration.ofDays(40)));

        List<Footage> footage = centre.module.findFootage().find(new FindFootage.Query(square, MONDAY, MONDAY.plus(Duration.ofDays(30))));

        assertEquals(List.of(held.id(), plain.id(), fresh.id()), footage.stream().map(f -> f.segment().id()).toList());
        assertEquals(List.of(hold.id()), footage.get(0).holds());
        assertTrue(footage.get(0).reasons().get(0) instanceof Decision.Held);
        assertEquals(List.of(new Decision.AwaitingOverwrite(plain.range().end().plus(Duration.ofDays(60)))), footage.get(1).reasons());
        assertEquals(List.of(new Decision.RetentionRunning(fresh.keepUntil())), footage.get(2).reasons());
        assertTrue(((Decision.Keep) footage.get(2).decision()).why().startsWith("RET-03: kept until 2027-01-12"));

        centre.clock.set(MONDAY.plus(Duration.ofDays(61)));
        centre.module.sweepRetention().sweep(SweepRetention.Command.standard());
        assertEquals(List.of(held.id(), fresh.id()), centre.module.findFootage()
                .find(new FindFootage.Query(square, MONDAY, MONDAY.plus(Duration.ofDays(30)))).stream().map(f -> f.segment().id()).toList());
    }

    @Test
    @Tag("RET-05")
    @DisplayName("someone without a role that makes backups may not register one: refused naming PEOPLE-01, nothing registered")
    void backupNeedsARole() {
        Person clerk = centre.people.save(Person.newPerson("Qian Hui", Set.of(Role.DEPARTMENT_STAFF), null));
        centre.clock.set(MONDAY.plus(Duration.ofDays(1)));

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.module.registerBackup().register(new RegisterBackup.Command(
                clerk.id(), Set.of(square), MONDAY, MONDAY.plus(HOUR), HoldReason.THEFT, "disc 7", MONDAY.plus(HOUR), null)));

        assertEquals("PEOPLE-01", refusal.ruleId());
        assertTrue(centre.backups.all().isEmpty());
        assertTrue(centre.events.ofType(RecordingsEvent.BackupRegistered.class).isEmpty());
    }
}
