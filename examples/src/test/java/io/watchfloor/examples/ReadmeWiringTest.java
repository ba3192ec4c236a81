package io.watchfloor.examples;

import io.watchfloor.people.DepartmentId;
import io.watchfloor.people.DepartmentKind;
import io.watchfloor.people.PeopleModule;
import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.people.port.in.RegisterDepartment;
import io.watchfloor.people.port.in.RegisterPerson;
import io.watchfloor.people.port.out.DutyRoster;
import io.watchfloor.shared.Runtime;
import io.watchfloor.shared.WorkingCalendar;
import io.watchfloor.testkit.people.InMemoryDepartments;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.RecordingEventSink;
import io.watchfloor.testkit.shared.Validators;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The wiring example of the README, compiled and run: keep the two in step. */
class ReadmeWiringTest {

    @Test
    @DisplayName("the README's wiring example registers a person")
    void wiring() {
        Clock clock = Clock.systemUTC();
        RecordingEventSink events = new RecordingEventSink();
        // --- README: Wiring a centre ---
        InMemoryTransactions transactions = new InMemoryTransactions();
        Runtime runtime = Runtime.of(clock, Validators.validator(), transactions, events);
        PeopleModule people = PeopleModule.create(new PeopleModule.Ports(
                new InMemoryPeople(transactions), new InMemoryDepartments(transactions), DutyRoster.NOBODY), runtime);
        // ---
        DepartmentId centreDepartment = people.registerDepartment().register(new RegisterDepartment.Command(
                "Monitoring Centre", DepartmentKind.CENTRE, WorkingCalendar.twentyFourSeven(ZoneId.of("Asia/Shanghai")))).id();
        // --- README: Wiring a centre ---
        Person operator = people.registerPerson().register(
                new RegisterPerson.Command("Li Na", Set.of(Role.OPERATOR), centreDepartment));
        // ---
        assertEquals(Set.of(Role.OPERATOR), operator.roles());
        assertEquals(2, events.all().size());
    }
}
