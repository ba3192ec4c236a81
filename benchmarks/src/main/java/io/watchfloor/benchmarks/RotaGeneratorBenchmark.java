package io.watchfloor.benchmarks;

import io.watchfloor.people.Certification;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.Version;
import io.watchfloor.shifts.CoverageGap;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.RotaGenerator;
import io.watchfloor.shifts.RotaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the fair rota generator costs: 4 weeks for 12 people on 3 posts (shift leader, operator,
 * acceptor; 3 × 8 h, two people on leave) and 13 weeks for 60 people on 4 posts (15 people a shift,
 * four on leave), in Asia/Shanghai. The baseline, in the same run, is checking the coverage of the
 * 13-week rota the generator produced ({@code Rota.gaps()}, what publication does anyway).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class RotaGeneratorBenchmark {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private Rota fourWeeks;
    private List<Person> twelve;
    private Map<PersonId, List<TimeRange>> twelveLeave;
    private Rota thirteenWeeks;
    private List<Person> sixty;
    private Map<PersonId, List<TimeRange>> sixtyLeave;
    private Rota thirteenWeeksFilled;

    @Setup
    public void setUp() {
        Map<Role, Integer> three = new EnumMap<>(Role.class);
        three.put(Role.SHIFT_LEADER, 1);
        three.put(Role.OPERATOR, 1);
        three.put(Role.ACCEPTOR, 1);
        fourWeeks = Rota.draft(RotaPolicy.defaults(SHANGHAI).withMinimumStaffing(three), MONDAY, 4);
        twelve = team(List.of(team(4, Role.SHIFT_LEADER), team(4, null), team(4, Role.ACCEPTOR)));
        twelveLeave = leave(twelve, 2, fourWeeks);

        Map<Role, Integer> fifteen = new EnumMap<>(Role.class);
        fifteen.put(Role.SHIFT_LEADER, 2);
        fifteen.put(Role.OPERATOR, 8);
        fifteen.put(Role.ACCEPTOR, 3);
        fifteen.put(Role.DISPATCHER, 2);
        thirteenWeeks = Rota.draft(RotaPolicy.defaults(SHANGHAI).withMinimumStaffing(fifteen), MONDAY, 13);
        sixty = team(List.of(team(10, Role.SHIFT_LEADER), team(30, null), team(12, Role.ACCEPTOR), team(8, Role.DISPATCHER)));
        sixtyLeave = leave(sixty, 4, thirteenWeeks);

        if (!(RotaGenerator.suggest(fourWeeks, twelve, twelveLeave) instanceof RotaGenerator.Proposed)) {
            throw new IllegalStateException("the 4-week scenario must have a rota");
        }
        if (!(RotaGenerator.suggest(thirteenWeeks, sixty, sixtyLeave) instanceof RotaGenerator.Proposed filled)) {
            throw new IllegalStateException("the 13-week scenario must have a rota");
        }
        thirteenWeeksFilled = filled.rota();
    }

    private static List<Integer> team(int size, Role extra) {
        List<Integer> spec = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            spec.add(extra == null ? -1 : extra.ordinal());
        }
        return spec;
    }

    private static List<Person> team(List<List<Integer>> groups) {
        List<Person> people = new ArrayList<>();
        Instant from = MONDAY.minusYears(1).atStartOfDay(SHANGHAI).toInstant();
        Instant until = MONDAY.plusYears(1).atStartOfDay(SHANGHAI).toInstant();
        for (List<Integer> group : groups) {
            for (int extra : group) {
                int n = people.size() + 1;
                Set<Role> roles = EnumSet.of(Role.OPERATOR);
                if (extra >= 0) {
                    roles.add(Role.values()[extra]);
                }
                List<Certification> certs = roles.stream().map(r -> new Certification(r, r.name() + "-" + n, from, until)).toList();
                people.add(new Person(new PersonId(new UUID(0, n)), "Person " + n, roles, null, certs, Version.NEW));
            }
        }
        return people;
    }

    private static Map<PersonId, List<TimeRange>> leave(List<Person> people, int away, Rota rota) {
        Map<PersonId, List<TimeRange>> leave = new HashMap<>();
        for (int k = 0; k < away; k++) {
            Instant start = rota.horizon().start().plus(Duration.ofDays(3L + 7L * k));
            leave.put(people.get(people.size() - 1 - 3 * k).id(), List.of(TimeRange.starting(start, Duration.ofDays(4))));
        }
        return leave;
    }

    @Benchmark
    public List<CoverageGap> baselineCoverageOfThirteenWeeks() {
        return thirteenWeeksFilled.gaps();
    }

    @Benchmark
    public RotaGenerator.Suggestion fourWeeksTwelvePeople() {
        return RotaGenerator.suggest(fourWeeks, twelve, twelveLeave);
    }

    @Benchmark
    public RotaGenerator.Suggestion thirteenWeeksSixtyPeople() {
        return RotaGenerator.suggest(thirteenWeeks, sixty, sixtyLeave);
    }
}
