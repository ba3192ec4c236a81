package io.watchfloor.shifts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import io.watchfloor.testkit.shifts.RotaLaws;
import io.watchfloor.testkit.shifts.ShiftsGens;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("SHIFT-02")
@DisplayName("SHIFT-02: the duty limits agree with the independent law on any duties")
class DutyLimitsProperties {

    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 19);

    /** 1–8 duties of one person within three days, 2–12 h long, now and then an approved extension. */
    private static Gen<List<Assignment>> duties(RotaPolicy policy) {
        PersonId li = new PersonId(new UUID(0, 1));
        return source -> {
            int n = source.draw(Gens.integers(1, 8));
            List<Assignment> duties = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                var start = MONDAY.atStartOfDay(policy.zone()).toInstant().plus(Duration.ofHours(source.draw(Gens.integers(0, 72))));
                TimeRange duty = TimeRange.starting(start, Duration.ofHours(source.draw(Gens.integers(2, 12))));
                duties.add(source.chance(0.1) ? new Assignment(li, Role.OPERATOR, duty, new PersonId(new UUID(0, 2))) : Assignment.of(li, Role.OPERATOR, duty));
            }
            return duties;
        };
    }

    @Test
    @DisplayName("DutyLimits keeps, finds a problem, and the law finds a breach for exactly the same duties")
    void agreesWithTheLaw() {
        Property.forAll(ShiftsGens.zones().flatMap(ShiftsGens::policies).flatMap(p -> duties(p).map(d -> new Object[] {p, d})))
                .tries(300).requireShare("keeps the limits", 0.1).check(pair -> {
                    RotaPolicy policy = (RotaPolicy) pair[0];
                    @SuppressWarnings("unchecked")
                    List<Assignment> duties = (List<Assignment>) pair[1];
                    boolean keeps = DutyLimits.keeps(duties, policy);
                    Property.classify(keeps, "keeps the limits");
                    assertEquals(keeps, DutyLimits.firstProblem("Li Na", duties, policy).isEmpty());
                    Rota rota = Rota.draft(policy, MONDAY, 1).withAssignments(duties);
                    assertEquals(keeps, RotaLaws.limitBreaches(rota, List.of()).isEmpty(), () -> "duties " + duties);
                });
    }
}
