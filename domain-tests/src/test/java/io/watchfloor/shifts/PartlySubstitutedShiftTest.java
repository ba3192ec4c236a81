package io.watchfloor.shifts;

import static io.watchfloor.shifts.ShiftsFixtures.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.port.in.AssignShift;
import io.watchfloor.shifts.port.in.SubstituteOnPost;
import io.watchfloor.shifts.port.in.SuggestRota;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("The rota generator counts a substitute's cover: a shift covered in part by a substitute and in part by the absent person is not staffed again")
class PartlySubstitutedShiftTest {

    @Test
    @Tag("SHIFT-05")
    @Tag("SHIFT-01")
    @DisplayName("Li Na's Monday day shift with Wang Fang on the post from 10:00 to 12:00 keeps exactly one operator at every minute")
    void partlySubstitutedShiftIsNotReStaffed() {
        ShiftsFixtures centre = new ShiftsFixtures().withTeam();
        Rota draft = centre.draft(1);
        Person li = centre.operators.get(0);
        Person wang = centre.operators.get(1);
        TimeRange dayShift = centre.shift(MONDAY, "08:00", "16:00");
        centre.shifts.assignShift().assign(new AssignShift.Command(centre.head.id(), draft.id(), li.id(), Role.OPERATOR,
                dayShift.start(), dayShift.end()));
        centre.shifts.substituteOnPost().substitute(new SubstituteOnPost.Command(centre.head.id(), draft.id(), li.id(), Role.OPERATOR,
                centre.at(MONDAY, "10:00"), centre.at(MONDAY, "12:00"), wang.id(), "Li Na at the hospital"));

        RotaGenerator.Suggestion suggestion = centre.shifts.suggestRota().suggest(new SuggestRota.Command(centre.head.id(), draft.id(), List.of()));

        Rota proposed = assertInstanceOf(RotaGenerator.Proposed.class, suggestion).rota();
        List<Assignment> operatorsOnTheDayShift = proposed.assignments().stream()
                .filter(a -> a.post() == Role.OPERATOR && a.duty().overlaps(dayShift)).toList();
        assertEquals(3, operatorsOnTheDayShift.size(), () -> "Li Na before and after, Wang Fang in between, nobody else: " + operatorsOnTheDayShift);
        assertTrue(operatorsOnTheDayShift.stream().allMatch(a -> a.person().equals(li.id()) || a.person().equals(wang.id())));
    }
}
