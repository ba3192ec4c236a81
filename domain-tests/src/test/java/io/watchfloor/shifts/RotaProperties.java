package io.watchfloor.shifts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.Person;
import io.watchfloor.testkit.property.Property;
import io.watchfloor.testkit.shifts.RotaLaws;
import io.watchfloor.testkit.shifts.ShiftsGens;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Properties of generated and published rotas, in zones with and without daylight saving")
class RotaProperties {

    @Test
    @Tag("SHIFT-01")
    @Tag("SHIFT-02")
    @Tag("SHIFT-05")
    @Tag("PEOPLE-02")
    @DisplayName("a suggested rota publishes without an uncovered minute, nobody in two places, within the limits, nobody on leave or uncertified; otherwise the generator says where and why")
    void suggestedRotasKeepTheLaws() {
        Property.forAll(ShiftsGens.scenarios()).tries(80).requireShare("proposed", 0.3).check(scenario -> {
            Rota draft = scenario.draft();
            Duration shifts = draft.shifts().stream().map(s -> s.duty().length()).reduce(Duration.ZERO, Duration::plus);
            assertEquals(draft.horizon().length(), shifts, "shifts follow the wall clock with no hole or double count");
            RotaGenerator.Suggestion suggestion = RotaGenerator.suggest(draft, scenario.team(), scenario.leave());
            Property.classify(suggestion instanceof RotaGenerator.Proposed, "proposed");
            Property.classify(!draft.horizon().length().equals(Duration.ofDays(7L * scenario.weeks())), "crosses a daylight-saving change");
            if (suggestion instanceof RotaGenerator.Proposed proposed) {
                Rota rota = proposed.rota();
                Rota published = rota.publish(rota.horizon().start()).rota();
                assertTrue(published.isPublished());
                assertEquals(List.of(), RotaLaws.uncovered(published));
                assertEquals(List.of(), RotaLaws.limitBreaches(published, List.of()));
                assertEquals(List.of(), RotaLaws.onLeave(published, scenario.leave()));
                for (Assignment a : published.assignments()) {
                    Person p = scenario.team().stream().filter(t -> t.id().equals(a.person())).findFirst().orElseThrow();
                    assertTrue(p.isCertifiedFor(a.post(), a.duty()), p.name() + " uncertified for " + a);
                }
            } else {
                RotaGenerator.Explanation why = ((RotaGenerator.Impossible) suggestion).explanation();
                assertTrue(scenario.policy().hasPost(why.post()));
                assertTrue(why.found() < why.required());
                assertFalse(why.reasons().isEmpty());
                String sentence = why.sentence(scenario.policy().zone());
                assertTrue(sentence.contains(why.post().title()) && sentence.contains(why.shift().template().name()), sentence);
            }
        });
    }

    @Test
    @Tag("SHIFT-01")
    @DisplayName("the domain's gaps are exactly the stretches the independent law finds, for rotas with random holes")
    void gapsMatchTheLaw() {
        Property.forAll(ShiftsGens.scenarios(), io.watchfloor.testkit.property.Gens.integers(0, 5)).tries(40).check((scenario, holes) -> {
            if (!(RotaGenerator.suggest(scenario.draft(), scenario.team(), scenario.leave()) instanceof RotaGenerator.Proposed proposed)) {
                return;
            }
            List<Assignment> kept = new java.util.ArrayList<>(proposed.rota().assignments());
            for (int i = 0; i < holes && !kept.isEmpty(); i++) {
                kept.remove((i * 7919) % kept.size());
            }
            Rota holed = proposed.rota().withAssignments(kept);
            Property.classify(!holed.gaps().isEmpty(), "has gaps");
            assertEquals(RotaLaws.uncovered(holed).isEmpty(), holed.gaps().isEmpty());
            Duration gapTime = Duration.ZERO;
            for (CoverageGap g : holed.gaps()) {
                gapTime = gapTime.plus(g.interval().length());
            }
            assertEquals(RotaLaws.uncoveredTime(holed), gapTime);
            assertEquals(holes == 0, holed.gaps().isEmpty());
        });
    }
}
