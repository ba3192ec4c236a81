package io.watchfloor.shifts;

import io.watchfloor.people.Certification;
import io.watchfloor.people.PeopleModule;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.people.port.out.DutyRoster;
import io.watchfloor.shared.Runtime;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.port.in.CreateRota;
import io.watchfloor.shifts.port.in.PublishRota;
import io.watchfloor.shifts.port.in.SuggestRota;
import io.watchfloor.testkit.people.InMemoryDepartments;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.RecordingEventSink;
import io.watchfloor.testkit.shared.SettableClock;
import io.watchfloor.testkit.shared.Validators;
import io.watchfloor.testkit.shifts.InMemoryShifts;
import io.watchfloor.testkit.shifts.PeopleStaff;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A centre with people and the shifts context on in-memory adapters, for the tests of this package. */
final class ShiftsFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 23 November 2026, the first day of the rotas in these tests. */
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    final InMemoryTransactions transactions = new InMemoryTransactions();
    final InMemoryPeople people = new InMemoryPeople(transactions);
    final InMemoryDepartments departments = new InMemoryDepartments(transactions);
    final InMemoryShifts stores = InMemoryShifts.create(transactions);
    final RecordingEventSink events = new RecordingEventSink();
    final SettableClock clock;
    final RotaPolicy policy;
    final ShiftsModule shifts;
    final PeopleModule peopleModule;
    final Person head;
    final List<Person> leaders = new ArrayList<>();
    final List<Person> operators = new ArrayList<>();

    ShiftsFixtures() {
        this(RotaPolicy.defaults(SHANGHAI));
    }

    ShiftsFixtures(RotaPolicy policy) {
        this.policy = policy;
        this.clock = SettableClock.at(at(MONDAY.minusDays(3), "09:00"), policy.zone());
        Runtime runtime = Runtime.of(clock, Validators.validator(), transactions, events);
        this.shifts = ShiftsModule.create(new ShiftsModule.Ports(stores.stores(), new PeopleStaff(people), policy), runtime);
        this.peopleModule = PeopleModule.create(new PeopleModule.Ports(people, departments, shifts.dutyRoster()), runtime);
        this.head = person("Sun Jianguo", Set.of(Role.CENTRE_HEAD));
    }

    /** The team of the tests: 4 shift leaders (also operators) and 8 operators, certified for a year. */
    ShiftsFixtures withTeam() {
        for (String name : List.of("Zhou Min", "Zhao Lei", "Qian Hui", "Wu Gang")) {
            leaders.add(person(name, Set.of(Role.SHIFT_LEADER, Role.OPERATOR)));
        }
        for (String name : List.of("Li Na", "Wang Fang", "Chen Jie", "Liu Yang", "Yang Xue", "Huang Lin", "Xu Tao", "He Jing")) {
            operators.add(person(name, Set.of(Role.OPERATOR)));
        }
        return this;
    }

    /** A person certified for each of their duty roles from a month ago for a year. */
    Person person(String name, Set<Role> roles) {
        Instant from = clock.instant().minus(Duration.ofDays(30));
        Person p = Person.newPerson(name, roles, null);
        for (Role r : roles) {
            if (r != Role.CENTRE_HEAD) {
                p = p.certify(new Certification(r, r.name().substring(0, 2) + "-" + name.hashCode(), from, from.plus(Duration.ofDays(365))), from).person();
            }
        }
        return people.save(p);
    }

    Person reload(Person p) {
        return people.get(p.id());
    }

    Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(policy.zone()).toInstant();
    }

    TimeRange shift(LocalDate day, String from, String to) {
        return new ShiftTemplate("s", LocalTime.parse(from), to.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(to)).on(day, policy.zone());
    }

    Rota draft(int weeks) {
        return shifts.createRota().create(new CreateRota.Command(head.id(), MONDAY, weeks));
    }

    /** A draft filled by the generator and published. */
    Rota publishedRota(int weeks) {
        Rota draft = draft(weeks);
        var suggestion = shifts.suggestRota().suggest(new SuggestRota.Command(head.id(), draft.id(), List.of()));
        if (!(suggestion instanceof RotaGenerator.Proposed)) {
            throw new IllegalStateException("the test team should fill the rota: " + suggestion);
        }
        return shifts.publishRota().publish(new PublishRota.Command(head.id(), draft.id()));
    }

    /** Who the rota puts on {@code post} at {@code at}. */
    PersonId rostered(Rota rota, Role post, Instant at) {
        return stores.rotas().get(rota.id()).at(at).stream().filter(a -> a.post() == post).findFirst().orElseThrow().person();
    }

    /**
     * Rosters one more operator on the published {@code rota} for {@code duty}, beyond the minimum: the first of the team
     * not in {@code except} whom the rules allow there.
     */
    PersonId extraOperator(Rota rota, TimeRange duty, List<PersonId> except) {
        List<Person> team = new ArrayList<>(operators);
        team.addAll(leaders);
        for (Person p : team) {
            if (except.contains(p.id())) {
                continue;
            }
            try {
                shifts.assignShift().assign(new io.watchfloor.shifts.port.in.AssignShift.Command(head.id(), rota.id(), p.id(), Role.OPERATOR,
                        duty.start(), duty.end()));
                return p.id();
            } catch (io.watchfloor.shared.RuleViolation refused) {
                // busy or resting then: try the next
            }
        }
        throw new IllegalStateException("nobody of the team can be rostered in addition for " + duty);
    }

    Person named(PersonId id) {
        return people.get(id);
    }

    static Set<Role> roles(Role... roles) {
        return EnumSet.copyOf(List.of(roles));
    }

    DutyRoster roster() {
        return shifts.dutyRoster();
    }
}
