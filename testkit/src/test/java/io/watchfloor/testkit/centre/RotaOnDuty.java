package io.watchfloor.testkit.centre;

import io.watchfloor.people.Certification;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.Runtime;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.Version;
import io.watchfloor.shifts.Assignment;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.RotaPolicy;
import io.watchfloor.shifts.Shift;
import io.watchfloor.shifts.ShiftTemplate;
import io.watchfloor.shifts.ShiftsModule;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.RecordingEventSink;
import io.watchfloor.testkit.shared.SettableClock;
import io.watchfloor.testkit.shared.Validators;
import io.watchfloor.testkit.shifts.InMemoryShifts;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A published one-week rota in which {@code person} holds {@code post} exactly during {@code duty}; operators fill every shift. */
final class RotaOnDuty {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private RotaOnDuty() {
    }

    static ShiftsModule with(PersonId person, Role post, TimeRange duty) {
        InMemoryTransactions transactions = new InMemoryTransactions();
        InMemoryPeople people = new InMemoryPeople(transactions);
        InMemoryShifts stores = InMemoryShifts.create(transactions);
        LocalDate monday = LocalDate.ofInstant(duty.start(), SHANGHAI).minusDays(1);
        String from = duty.start().atZone(SHANGHAI).toLocalTime().toString();
        String to = duty.end().atZone(SHANGHAI).toLocalTime().toString();
        RotaPolicy policy = RotaPolicy.defaults(SHANGHAI).withMinimumStaffing(Map.of(Role.OPERATOR, 1))
                .withTemplates(List.of(ShiftTemplate.of("day", from, to), ShiftTemplate.of("night", to, from)));
        Person subject = staff(people, person, post, duty);
        Person days = staff(people, PersonId.newId(), Role.OPERATOR, duty);
        Person nights = staff(people, PersonId.newId(), Role.OPERATOR, duty);
        Rota rota = Rota.draft(policy, monday, 1);
        List<Assignment> all = new ArrayList<>();
        for (Shift s : rota.shifts()) {
            boolean day = s.template().name().equals("day");
            all.add(Assignment.of(day ? days.id() : nights.id(), Role.OPERATOR, s.duty()));
            if (s.duty().equals(duty)) {
                all.add(Assignment.of(subject.id(), post, s.duty()));
            }
        }
        stores.rotas().save(rota.withAssignments(all).publish(duty.start().minus(Duration.ofDays(3))).rota());
        return ShiftsModule.create(new ShiftsModule.Ports(stores.stores(), new io.watchfloor.centre.PeopleStaff(people), policy),
                Runtime.of(SettableClock.at(duty.start()), Validators.validator(), transactions, new RecordingEventSink()));
    }

    private static Person staff(InMemoryPeople people, PersonId id, Role role, TimeRange around) {
        Certification cert = new Certification(role, role + "-" + id, around.start().minus(Duration.ofDays(30)),
                around.end().plus(Duration.ofDays(30)));
        return people.save(new Person(id, role + " " + id, Set.of(role), null, List.of(cert), Version.NEW));
    }
}
