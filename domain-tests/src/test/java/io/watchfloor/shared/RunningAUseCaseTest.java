package io.watchfloor.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.RecordingEventSink;
import io.watchfloor.testkit.shared.SettableClock;
import io.watchfloor.testkit.shared.Validators;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Every use case runs as one unit of work on the centre's runtime")
class RunningAUseCaseTest {

    private static final Instant NINE_AM = Instant.parse("2026-11-23T01:00:00Z");

    /** Something that happened, for the tests. */
    record Noticed(String what, Instant occurredAt) implements DomainEvent {
    }

    /** A command with one constraint, for the tests. */
    record Notice(@NotBlank String what) {
    }

    /** The trouble a test's work or actor check runs into. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private final SettableClock clock = SettableClock.at(NINE_AM);
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final RecordingEventSink sink = new RecordingEventSink();
    private final Runtime runtime = Runtime.seeded(clock, Validators.validator(), transactions, sink, 7L);
    private final UnitOfWork unit = runtime.unitOfWork();

    @Test
    @DisplayName("the events of a use case reach the sink only once its unit of work committed")
    void eventsAfterCommit() {
        List<Integer> seenDuringWork = new ArrayList<>();

        unit.run(new Notice("smoke on camera 12"), () -> {
            unit.events().publish(new Noticed("smoke", clock.instant()));
            seenDuringWork.add(sink.all().size());
            return null;
        });

        assertEquals(List.of(0), seenDuringWork);
        assertEquals(1, sink.ofType(Noticed.class).size());
        assertEquals(1, transactions.committed());
    }

    @Test
    @DisplayName("a use case that fails publishes nothing and keeps nothing")
    void failedWorkPublishesNothing() {
        assertThrows(Refused.class, () -> unit.run(new Notice("smoke"), () -> {
            unit.events().publish(new Noticed("smoke", clock.instant()));
            throw new Refused();
        }));

        assertEquals(List.of(), sink.all());
        assertEquals(1, transactions.rolledBack());
    }

    @Test
    @DisplayName("a bad command is refused by field before any unit of work starts")
    void badCommandRefusedFirst() {
        InvalidCommand refused = assertThrows(InvalidCommand.class, () -> unit.run(new Notice(" "), () -> {
            throw new AssertionError("the work must not run");
        }));

        assertEquals("RunningAUseCaseTest.Notice", refused.command());
        assertEquals("what", refused.errors().get(0).field());
        assertEquals(0, transactions.committed() + transactions.rolledBack());
    }

    @Test
    @DisplayName("the actor is checked inside the unit of work, and a refused actor publishes nothing")
    void actorChecked() {
        assertThrows(Refused.class, () -> unit.run(new Notice("smoke"), n -> {
            throw new Refused();
        }, () -> {
            throw new AssertionError("the work must not run for a refused actor");
        }));

        assertEquals(List.of(), sink.all());
        assertEquals(1, transactions.rolledBack());
    }

    @Test
    @DisplayName("an event published outside a unit of work is refused, not sent around the transaction")
    void noDirectPublishing() {
        assertThrows(IllegalStateException.class, () -> unit.events().publish(new Noticed("smoke", NINE_AM)));
        assertEquals(List.of(), sink.all());
    }

    @Test
    @DisplayName("a unit of work started inside another joins it: its events wait for the outer commit, or vanish with its failure")
    void nestedUnitsJoin() {
        RecordingEventSink otherSink = new RecordingEventSink();
        UnitOfWork other = Runtime.of(clock, Validators.validator(), transactions, otherSink).unitOfWork();
        List<Integer> seenAfterInner = new ArrayList<>();

        unit.inTransaction(() -> {
            other.inTransaction(() -> {
                other.events().publish(new Noticed("plan activated", clock.instant()));
                return null;
            });
            seenAfterInner.add(otherSink.all().size());
            unit.events().publish(new Noticed("incident recorded", clock.instant()));
            return null;
        });
        assertThrows(Refused.class, () -> unit.inTransaction(() -> {
            other.inTransaction(() -> {
                other.events().publish(new Noticed("second plan activated", clock.instant()));
                return null;
            });
            throw new Refused();
        }));

        assertEquals(List.of(0), seenAfterInner);
        assertEquals(List.of("plan activated"), otherSink.ofType(Noticed.class).stream().map(Noticed::what).toList());
        assertEquals(List.of("incident recorded"), sink.ofType(Noticed.class).stream().map(Noticed::what).toList());
    }

    @Test
    @DisplayName("two runs with the same seed and clock make the same ids; another seed makes others")
    void seededIds() {
        List<UUID> first = idsMadeInUnitsOfWork(Runtime.seeded(SettableClock.at(NINE_AM), Validators.validator(), new InMemoryTransactions(),
                new RecordingEventSink(), 42L));
        List<UUID> second = idsMadeInUnitsOfWork(Runtime.seeded(SettableClock.at(NINE_AM), Validators.validator(), new InMemoryTransactions(),
                new RecordingEventSink(), 42L));
        List<UUID> otherSeed = idsMadeInUnitsOfWork(Runtime.seeded(SettableClock.at(NINE_AM), Validators.validator(),
                new InMemoryTransactions(), new RecordingEventSink(), 43L));

        assertEquals(first, second);
        assertNotEquals(first, otherSeed);
        assertTrue(first.stream().allMatch(id -> UuidV7.unixMillis(id) == NINE_AM.toEpochMilli()), "ids are timed by the centre's clock");
        assertEquals(first.stream().sorted().toList(), first, "ids made within one millisecond keep their order");
    }

    private static List<UUID> idsMadeInUnitsOfWork(Runtime runtime) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runtime.unitOfWork().inTransaction(() -> ids.add(CaseId.newId().value()));
        }
        return ids;
    }
}
