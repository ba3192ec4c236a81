package io.watchfloor.people;

import io.watchfloor.people.port.out.DutyRoster;
import io.watchfloor.shared.Runtime;
import io.watchfloor.testkit.people.InMemoryDepartments;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.RecordingEventSink;
import io.watchfloor.testkit.shared.SettableClock;
import io.watchfloor.testkit.shared.Validators;
import java.time.Instant;

/** A people context on in-memory adapters, for the tests of this package. */
final class PeopleFixtures {

    static final Instant MONDAY_8AM = Instant.parse("2026-11-23T00:00:00Z");

    final InMemoryTransactions transactions = new InMemoryTransactions();
    final InMemoryPeople people = new InMemoryPeople(transactions);
    final InMemoryDepartments departments = new InMemoryDepartments(transactions);
    final RecordingEventSink events = new RecordingEventSink();
    final SettableClock clock = SettableClock.at(MONDAY_8AM);
    final PeopleModule module;

    PeopleFixtures() {
        this(DutyRoster.NOBODY);
    }

    PeopleFixtures(DutyRoster roster) {
        module = PeopleModule.create(new PeopleModule.Ports(people, departments, roster),
                Runtime.of(clock, Validators.validator(), transactions, events));
    }
}
