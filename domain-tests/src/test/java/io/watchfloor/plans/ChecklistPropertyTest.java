package io.watchfloor.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.cases.IncidentType;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.IncidentId;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("The checklist of an activated plan")
@Tag("PLAN-01")
class ChecklistPropertyTest {

    private static final Instant T0 = Instant.parse("2026-11-26T13:30:00Z");

    @Test
    @DisplayName("whatever steps are ticked, only the next one in order is accepted, each with its time and actor")
    void ticksInOrder() {
        Property.forAll(Gens.integers(1, 8), Gens.lists(Gens.integers(0, 9), 0, 30)).tries(200).check((steps, attempts) -> {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= steps; i++) {
                names.add("step " + i);
            }
            ContingencyPlan plan = ContingencyPlan.define(IncidentType.FIRE, "Fire", names, T0.plusSeconds(86_400 * 90L));
            Activation activation = Activation.of(plan, IncidentId.newId(), PersonId.newId(), T0);
            int expected = 1;
            Instant at = T0;
            for (int step : attempts) {
                at = at.plusSeconds(30);
                PersonId by = PersonId.newId();
                if (step == expected && expected <= steps) {
                    activation = activation.tick(step, by, at);
                    assertEquals(new Activation.Tick(step, by, at), activation.ticks().get(step - 1));
                    expected++;
                } else {
                    Activation before = activation;
                    int tried = step;
                    Instant when = at;
                    assertEquals("PLAN-01", assertThrows(RuleViolation.class, () -> before.tick(tried, by, when)).ruleId());
                }
            }
            assertEquals(expected - 1, activation.ticks().size());
            assertTrue(activation.isComplete() == (expected - 1 == steps));
            Property.classify(activation.isComplete(), "completed");
        });
    }
}
