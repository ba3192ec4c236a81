package io.watchfloor.testkit.shifts;

import io.watchfloor.access.port.out.DutyStatus;
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
import io.watchfloor.testkit.access.DutyStatusContract;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.RecordingEventSink;
import io.watchfloor.testkit.shared.SettableClock;
import io.watchfloor.testkit.shared.Validators;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rota-backed duty status passes the access context's contract. */
class RotaDutyStatusTest extends DutyStatusContract {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Override
    protected DutyStatus dutyStatusWith(PersonId person, TimeRange duty) {
        InMemoryTransactions transactions = new InMemoryTransactions();
        InMemoryPeople people = new InMemoryPeople(transactions);
        InMemoryShifts stores = InMemoryShifts.create(transactions);
        LocalDate monday = LocalDate.ofInstant(duty.start(), SHANGHAI).minusDays(1);
        String from = duty.start().atZone(SHANGHAI).toLocalTime().toString();
        String to = duty.end().atZone(SHANGHAI).toLocalTime().toString();
        RotaPolicy policy = RotaPolicy.defaults(SHANGHAI).withMinimumStaffing(Map.of(Role.OPERATOR, 1))
                .withTemplates(List.of(ShiftTemplate.of("day", from, to), ShiftTemplate.of("night", to, from)));
        Person subject = operator(people, person, duty);
        Person days = operator(people, PersonId.newId(), duty);
        Person nights = operator(people, PersonId.newId(), duty);
        Rota rota = Rota.draft(policy, monday, 1);
        List<Assignment> all = new ArrayList<>();
        for (Shift s : rota.shifts()) {
            PersonId who = s.duty().equals(duty) ? subject.id() : s.template().name().equals("day") ? days.id() : nights.id();
            all.add(Assignment.of(who, Role.OPERATOR, s.duty()));
        }
        stores.rotas().save(rota.withAssignments(all).publish(duty.start()).rota());
        ShiftsModule module = ShiftsModule.create(new ShiftsModule.Ports(stores.stores(), new PeopleStaff(people), policy),
                Runtime.of(SettableClock.at(duty.start()), Validators.validator(), transactions, new RecordingEventSink()));
        return new RotaDutyStatus(module.findOnDuty());
    }

    private static Person operator(InMemoryPeople people, PersonId id, TimeRange around) {
        Certification cert = new Certification(Role.OPERATOR, "OP-" + id, around.start().minus(Duration.ofDays(30)), around.end().plus(Duration.ofDays(30)));
        return people.save(new Person(id, "Operator " + id, Set.of(Role.OPERATOR), null, List.of(cert), Version.NEW));
    }
}
