package io.watchfloor.examples;

import io.watchfloor.people.PeopleModule;
import io.watchfloor.people.port.out.DutyRoster;
import io.watchfloor.testkit.people.InMemoryDepartments;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.RecordingEventSink;
import io.watchfloor.testkit.shared.SettableClock;
import io.watchfloor.testkit.shared.Validators;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The composition root of the example centre: every adapter and module, wired by hand. Runs on the
 * in-memory adapters of testkit until the JDBC adapter exists. A Spring or Quarkus application does
 * the same in its own configuration class, one bean per module.
 */
public final class Centre {

    /** The centre's own time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final SettableClock clock;
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final RecordingEventSink events = new RecordingEventSink();
    private final Validator validator = Validators.validator();
    private final InMemoryPeople people = new InMemoryPeople(transactions);
    private final InMemoryDepartments departments = new InMemoryDepartments(transactions);
    private final PeopleModule peopleModule;

    /** A centre whose clock stands at {@code start}. */
    public Centre(Instant start) {
        this.clock = SettableClock.at(start, ZONE);
        this.peopleModule = PeopleModule.create(people, departments, DutyRoster.NOBODY, events, transactions, clock, validator);
    }

    public SettableClock clock() {
        return clock;
    }

    public RecordingEventSink events() {
        return events;
    }

    public InMemoryTransactions transactions() {
        return transactions;
    }

    public Validator validator() {
        return validator;
    }

    public InMemoryPeople people() {
        return people;
    }

    public InMemoryDepartments departments() {
        return departments;
    }

    public PeopleModule peopleModule() {
        return peopleModule;
    }
}
