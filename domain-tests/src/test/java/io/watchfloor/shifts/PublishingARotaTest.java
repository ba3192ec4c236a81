package io.watchfloor.shifts;

import static io.watchfloor.shifts.ShiftsFixtures.BERLIN;
import static io.watchfloor.shifts.ShiftsFixtures.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.port.in.AssignShift;
import io.watchfloor.shifts.port.in.PublishRota;
import io.watchfloor.shifts.port.in.SuggestRota;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("SHIFT-01")
@DisplayName("SHIFT-01: a published rota covers every minute with the minimum staffing")
class PublishingARotaTest {

    @Test
    @DisplayName("an empty draft has one gap per post over the whole horizon, and publishing it is refused with the gaps named")
    void emptyDraft() {
        ShiftsFixtures centre = new ShiftsFixtures().withTeam();
        Rota draft = centre.draft(1);

        List<CoverageGap> gaps = centre.shifts.findCoverageGaps().of(draft.id());

        assertEquals(2, gaps.size());
        assertTrue(gaps.stream().allMatch(g -> g.interval().equals(draft.horizon()) && g.staffed() == 0 && g.required() == 1));
        RuleViolation refusal = assertThrows(RuleViolation.class,
                () -> centre.shifts.publishRota().publish(new PublishRota.Command(centre.head.id(), draft.id())));
        assertEquals("SHIFT-01", refusal.ruleId());
        assertTrue(refusal.getMessage().contains("2 coverage gap(s)"), refusal.getMessage());
        assertFalse(centre.stores.rotas().get(draft.id()).isPublished());
    }

    @Test
    @DisplayName("a draft covered but for one evening's shift leader reports exactly that interval; filling it lets it be published")
    void oneHole() {
        ShiftsFixtures centre = new ShiftsFixtures().withTeam();
        Rota draft = centre.draft(1);
        centre.shifts.suggestRota().suggest(new SuggestRota.Command(centre.head.id(), draft.id(), List.of()));
        TimeRange wednesdayEvening = centre.shift(MONDAY.plusDays(2), "16:00", "24:00");
        PersonId leader = centre.rostered(draft, Role.SHIFT_LEADER, wednesdayEvening.start());
        centre.shifts.assignShift().unassign(new AssignShift.Removal(centre.head.id(), draft.id(), leader, Role.SHIFT_LEADER, wednesdayEvening.start()));

        List<CoverageGap> gaps = centre.shifts.findCoverageGaps().of(draft.id());

        assertEquals(List.of(new CoverageGap(Role.SHIFT_LEADER, wednesdayEvening, 0, 1)), gaps);
        RuleViolation refusal = assertThrows(RuleViolation.class,
                () -> centre.shifts.publishRota().publish(new PublishRota.Command(centre.head.id(), draft.id())));
        assertTrue(refusal.getMessage().contains("shift leader uncovered from Wed 2026-11-25 16:00 +08:00 to Thu 2026-11-26 00:00 +08:00"),
                refusal.getMessage());

        centre.shifts.assignShift().assign(new AssignShift.Command(centre.head.id(), draft.id(), leader, Role.SHIFT_LEADER,
                wednesdayEvening.start(), wednesdayEvening.end()));
        Rota published = centre.shifts.publishRota().publish(new PublishRota.Command(centre.head.id(), draft.id()));

        assertTrue(published.isPublished());
        assertTrue(published.gaps().isEmpty());
    }

    @Test
    @DisplayName("taking a duty off a published rota is refused when it would open a gap, and the rota stays as it was")
    void publishedStaysCovered() {
        ShiftsFixtures centre = new ShiftsFixtures().withTeam();
        Rota published = centre.publishedRota(1);
        TimeRange tuesdayDay = centre.shift(MONDAY.plusDays(1), "08:00", "16:00");
        PersonId operator = centre.rostered(published, Role.OPERATOR, tuesdayDay.start());

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.shifts.assignShift().unassign(
                new AssignShift.Removal(centre.head.id(), published.id(), operator, Role.OPERATOR, tuesdayDay.start())));

        assertEquals("SHIFT-01", refusal.ruleId());
        assertEquals(published.assignments(), centre.stores.rotas().get(published.id()).assignments());
    }

    @Test
    @DisplayName("the shifts and the gaps a rota hands out cannot be changed by the caller")
    void readOnlyLists() {
        Rota empty = Rota.draft(RotaPolicy.defaults(BERLIN), MONDAY, 1);

        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> empty.shifts().clear());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> empty.gaps().clear());
    }

    @Test
    @DisplayName("in Europe/Berlin the night clocks spring forward lasts 7 h and the night they fall back 9 h; coverage has no hole or double count")
    void daylightSaving() {
        RotaPolicy berlin = RotaPolicy.defaults(BERLIN);
        LocalDate springMonday = LocalDate.of(2026, 3, 23);
        LocalDate autumnMonday = LocalDate.of(2026, 10, 19);
        Rota spring = Rota.draft(berlin, springMonday, 1);
        Rota autumn = Rota.draft(berlin, autumnMonday, 1);

        Shift springNight = spring.shifts().stream().filter(s -> s.day().equals(LocalDate.of(2026, 3, 29)) && s.isNight()).findFirst().orElseThrow();
        Shift autumnNight = autumn.shifts().stream().filter(s -> s.day().equals(LocalDate.of(2026, 10, 25)) && s.isNight()).findFirst().orElseThrow();

        assertEquals(Duration.ofHours(7), springNight.duty().length());
        assertEquals(Duration.ofHours(9), autumnNight.duty().length());
        for (Rota r : List.of(spring, autumn)) {
            List<Shift> shifts = r.shifts();
            for (int i = 1; i < shifts.size(); i++) {
                assertEquals(shifts.get(i - 1).duty().end(), shifts.get(i).duty().start(), "shifts meet without a hole or an overlap");
            }
            Duration total = shifts.stream().map(s -> s.duty().length()).reduce(Duration.ZERO, Duration::plus);
            assertEquals(r.horizon().length(), total);
        }
        assertEquals(Duration.ofHours(167), spring.horizon().length());
        assertEquals(Duration.ofHours(169), autumn.horizon().length());
    }

    @Test
    @DisplayName("a Berlin rota across the autumn change filled shift by shift has no gap; without the long night's operator the gap is the 9 h night")
    void daylightSavingCoverage() {
        ShiftsFixtures centre = new ShiftsFixtures(RotaPolicy.defaults(BERLIN)).withTeam();
        Rota draft = Rota.draft(centre.policy, LocalDate.of(2026, 10, 19), 1);
        List<Assignment> all = new java.util.ArrayList<>();
        int i = 0;
        for (Shift s : draft.shifts()) {
            all.add(Assignment.of(centre.leaders.get(i % 4).id(), Role.SHIFT_LEADER, s.duty()));
            all.add(Assignment.of(centre.operators.get(i % 8).id(), Role.OPERATOR, s.duty()));
            i++;
        }
        Rota full = draft.withAssignments(all);
        Shift longNight = draft.shifts().stream().filter(s -> s.day().equals(LocalDate.of(2026, 10, 25)) && s.isNight()).findFirst().orElseThrow();

        assertTrue(full.gaps().isEmpty());
        Rota holed = full.withAssignments(all.stream().filter(a -> !(a.post() == Role.OPERATOR && a.duty().equals(longNight.duty()))).toList());
        assertEquals(List.of(new CoverageGap(Role.OPERATOR, longNight.duty(), 0, 1)), holed.gaps());
        assertEquals(Duration.ofHours(9), holed.gaps().get(0).interval().length());
    }
}
