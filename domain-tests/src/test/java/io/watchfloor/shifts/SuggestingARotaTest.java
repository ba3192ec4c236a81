package io.watchfloor.shifts;

import static io.watchfloor.shifts.ShiftsFixtures.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.port.in.PublishRota;
import io.watchfloor.shifts.port.in.SuggestRota;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("SHIFT-01")
@Tag("SHIFT-02")
@Tag("SHIFT-05")
@DisplayName("Suggesting a fair rota")
class SuggestingARotaTest {

    /** 12 people for 3 posts: 4 shift leaders who are also operators, 4 operators, 4 acceptors who are also operators. */
    static ShiftsFixtures twelvePeopleThreePosts() {
        RotaPolicy policy = RotaPolicy.defaults(ShiftsFixtures.SHANGHAI)
                .withMinimumStaffing(Map.of(Role.SHIFT_LEADER, 1, Role.OPERATOR, 1, Role.ACCEPTOR, 1));
        ShiftsFixtures centre = new ShiftsFixtures(policy);
        for (String name : List.of("Zhou Min", "Zhao Lei", "Qian Hui", "Wu Gang")) {
            centre.leaders.add(centre.person(name, Set.of(Role.SHIFT_LEADER, Role.OPERATOR)));
        }
        for (String name : List.of("Li Na", "Wang Fang", "Chen Jie", "Liu Yang")) {
            centre.operators.add(centre.person(name, Set.of(Role.OPERATOR)));
        }
        for (String name : List.of("Yang Xue", "Huang Lin", "Xu Tao", "He Jing")) {
            centre.operators.add(centre.person(name, Set.of(Role.ACCEPTOR, Role.OPERATOR)));
        }
        return centre;
    }

    @Test
    @DisplayName("4 weeks, 12 people, 3 posts, 3 x 8 h with planned leave: a valid rota that can be published, nobody rostered on leave, nights spread")
    void fourWeeks() {
        ShiftsFixtures centre = twelvePeopleThreePosts();
        Rota draft = centre.draft(4);
        Person zhou = centre.leaders.get(0);
        Person li = centre.operators.get(0);
        TimeRange zhouAway = new TimeRange(centre.at(MONDAY.plusDays(3), "00:00"), centre.at(MONDAY.plusDays(10), "00:00"));
        TimeRange liAway = new TimeRange(centre.at(MONDAY.plusDays(15), "00:00"), centre.at(MONDAY.plusDays(18), "00:00"));

        RotaGenerator.Suggestion suggestion = centre.shifts.suggestRota().suggest(new SuggestRota.Command(centre.head.id(), draft.id(), List.of(
                new SuggestRota.PlannedLeave(zhou.id(), zhouAway.start(), zhouAway.end()),
                new SuggestRota.PlannedLeave(li.id(), liAway.start(), liAway.end()))));

        RotaGenerator.Proposed proposed = assertInstanceOf(RotaGenerator.Proposed.class, suggestion);
        Rota stored = centre.stores.rotas().get(draft.id());
        assertEquals(proposed.rota().assignments(), stored.assignments());
        assertTrue(stored.gaps().isEmpty());
        assertTrue(stored.of(zhou.id()).stream().noneMatch(a -> a.duty().overlaps(zhouAway)));
        assertTrue(stored.of(li.id()).stream().noneMatch(a -> a.duty().overlaps(liAway)));
        Map<PersonId, Long> nights = stored.assignments().stream()
                .filter(a -> a.duty().start().atZone(centre.policy.zone()).getHour() == 0)
                .collect(Collectors.groupingBy(Assignment::person, Collectors.counting()));
        long fewest = centre.operators.stream().mapToLong(p -> nights.getOrDefault(p.id(), 0L)).min().orElseThrow();
        long most = centre.operators.stream().mapToLong(p -> nights.getOrDefault(p.id(), 0L)).max().orElseThrow();
        assertTrue(most - fewest <= 2, "nights of the operators spread from " + fewest + " to " + most);
        assertTrue(centre.shifts.publishRota().publish(new PublishRota.Command(centre.head.id(), draft.id())).isPublished());
    }

    @Test
    @DisplayName("with a single shift leader no rota exists, and the explanation names the post, the shift and the constraint")
    void impossible() {
        ShiftsFixtures centre = new ShiftsFixtures();
        Person zhou = centre.person("Zhou Min", Set.of(Role.SHIFT_LEADER));
        for (String name : List.of("Li Na", "Wang Fang", "Chen Jie", "Liu Yang")) {
            centre.person(name, Set.of(Role.OPERATOR));
        }
        Rota draft = centre.draft(1);

        RotaGenerator.Suggestion suggestion = centre.shifts.suggestRota().suggest(new SuggestRota.Command(centre.head.id(), draft.id(), List.of()));

        RotaGenerator.Impossible impossible = assertInstanceOf(RotaGenerator.Impossible.class, suggestion);
        RotaGenerator.Explanation why = impossible.explanation();
        assertEquals(Role.SHIFT_LEADER, why.post());
        assertEquals(centre.shift(MONDAY, "16:00", "24:00"), why.shift().duty());
        String sentence = why.sentence(centre.policy.zone());
        assertTrue(sentence.startsWith("no valid rota: the evening shift from Mon 2026-11-23 16:00 +08:00 to Tue 2026-11-24 00:00 +08:00 needs 1 shift leader"),
                sentence);
        assertTrue(sentence.contains("Zhou Min would be on duty 24 h without a break"), sentence);
        assertTrue(sentence.contains("4 others do not hold the role shift leader"), sentence);
        assertTrue(centre.stores.rotas().get(draft.id()).assignments().isEmpty(), "an impossible suggestion stores nothing");
        assertTrue(zhou.hasRole(Role.SHIFT_LEADER));
    }

    @Test
    @DisplayName("planned leave that ends before it starts is refused naming the field; a published rota is not regenerated")
    void badInput() {
        ShiftsFixtures centre = new ShiftsFixtures().withTeam();
        Rota draft = centre.draft(1);
        InvalidCommand refusal = assertThrows(InvalidCommand.class, () -> centre.shifts.suggestRota().suggest(new SuggestRota.Command(
                centre.head.id(), draft.id(), List.of(new SuggestRota.PlannedLeave(centre.operators.get(0).id(),
                        centre.at(MONDAY, "10:00"), centre.at(MONDAY, "09:00"))))));
        assertEquals("plannedLeave[0].end", refusal.errors().get(0).field());
        assertTrue(centre.stores.rotas().get(draft.id()).assignments().isEmpty());

        Rota published = new ShiftsFixtures().withTeam().publishedRota(1);
        assertTrue(published.isPublished());
        ShiftsFixtures other = new ShiftsFixtures().withTeam();
        Rota otherPublished = other.publishedRota(1);
        InvalidCommand again = assertThrows(InvalidCommand.class, () -> other.shifts.suggestRota().suggest(
                new SuggestRota.Command(other.head.id(), otherPublished.id(), new ArrayList<>())));
        assertEquals("rota", again.errors().get(0).field());
        assertEquals(Duration.ofDays(7), otherPublished.horizon().length());
    }
}
