package io.watchfloor.shifts;

import static io.watchfloor.shifts.ShiftsFixtures.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.port.in.AssignShift;
import io.watchfloor.shifts.port.in.DecideLeave;
import io.watchfloor.shifts.port.in.RequestLeave;
import io.watchfloor.shifts.port.in.SubstituteOnPost;
import io.watchfloor.shifts.port.in.SwapShifts;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("SHIFT-05")
@DisplayName("SHIFT-05: leave, swaps and substitutes, a post never left empty")
class LeaveAndSwapsTest {

    private final ShiftsFixtures centre = new ShiftsFixtures().withTeam();
    private final Rota rota = centre.publishedRota(1);
    private final TimeRange thursdayDay = centre.shift(MONDAY.plusDays(3), "08:00", "16:00");
    private final PersonId thursdayOperator = centre.rostered(rota, Role.OPERATOR, thursdayDay.start());

    private Rota current() {
        return centre.stores.rotas().get(rota.id());
    }

    /** An operator with no duty within 16 h of the interval. */
    private PersonId freeOperator(TimeRange interval) {
        return centre.operators.stream().map(p -> p.id())
                .filter(id -> current().of(id).stream().noneMatch(a -> a.duty().start().isBefore(interval.end().plus(Duration.ofHours(16)))
                        && a.duty().end().isAfter(interval.start().minus(Duration.ofHours(16)))))
                .findFirst().orElseThrow();
    }

    @Test
    @DisplayName("leave asked for less than 24 h ahead is refused; an unknown person is not found; an end before the start names the field")
    void notice() {
        centre.clock.set(thursdayDay.start().minus(Duration.ofHours(5)));

        RuleViolation late = assertThrows(RuleViolation.class, () -> centre.shifts.requestLeave().request(
                new RequestLeave.Command(thursdayOperator, thursdayDay.start(), thursdayDay.end(), "family")));
        assertThrows(NotFound.class, () -> centre.shifts.requestLeave().request(
                new RequestLeave.Command(PersonId.newId(), thursdayDay.start(), thursdayDay.end(), "")));
        InvalidCommand backwards = assertThrows(InvalidCommand.class, () -> centre.shifts.requestLeave().request(
                new RequestLeave.Command(thursdayOperator, thursdayDay.end(), thursdayDay.start(), "")));

        assertEquals("SHIFT-05", late.ruleId());
        assertTrue(late.sentence().contains("only 5 h before"), late.sentence());
        assertEquals("end", backwards.errors().get(0).field());
        assertTrue(centre.stores.leave().of(thursdayOperator).isEmpty());
    }

    @Test
    @DisplayName("leave is approved only once a substitute is on every duty in the period; then the person cannot be rostered in it")
    void substituteFirst() {
        LeaveRequest asked = centre.shifts.requestLeave().request(new RequestLeave.Command(thursdayOperator, thursdayDay.start(), thursdayDay.end(), "family"));

        RuleViolation stillRostered = assertThrows(RuleViolation.class,
                () -> centre.shifts.decideLeave().decide(new DecideLeave.Command(centre.leaders.get(0).id(), asked.id(), true)));
        assertEquals("SHIFT-05", stillRostered.ruleId());
        assertTrue(stillRostered.sentence().contains("put a substitute on the post first"), stillRostered.sentence());

        PersonId substitute = freeOperator(thursdayDay);
        centre.shifts.substituteOnPost().substitute(new SubstituteOnPost.Command(centre.leaders.get(0).id(), rota.id(), thursdayOperator,
                Role.OPERATOR, thursdayDay.start(), thursdayDay.end(), substitute, "family leave"));
        LeaveRequest approved = centre.shifts.decideLeave().decide(new DecideLeave.Command(centre.leaders.get(0).id(), asked.id(), true));

        assertTrue(approved.isApproved());
        assertTrue(current().gaps().isEmpty());
        assertEquals(substitute, centre.rostered(current(), Role.OPERATOR, thursdayDay.start()));
        RuleViolation onLeave = assertThrows(RuleViolation.class, () -> centre.shifts.assignShift().assign(new AssignShift.Command(
                centre.head.id(), rota.id(), thursdayOperator, Role.OPERATOR, thursdayDay.start(), thursdayDay.end())));
        assertEquals("SHIFT-05", onLeave.ruleId());
    }

    @Test
    @DisplayName("a temporary absence during duty cuts the duty around it and puts the substitute on the post; both are noticed of the move")
    void temporaryAbsence() {
        TimeRange errand = new TimeRange(thursdayDay.start().plus(Duration.ofHours(2)), thursdayDay.start().plus(Duration.ofHours(4)));
        PersonId substitute = freeOperator(thursdayDay);
        centre.events.clear();

        Rota changed = centre.shifts.substituteOnPost().substitute(new SubstituteOnPost.Command(centre.leaders.get(0).id(), rota.id(),
                thursdayOperator, Role.OPERATOR, errand.start(), errand.end(), substitute, "hospital appointment"));

        assertEquals(List.of(new TimeRange(thursdayDay.start(), errand.start()), new TimeRange(errand.end(), thursdayDay.end())),
                changed.of(thursdayOperator).stream().map(Assignment::duty).filter(d -> d.overlaps(thursdayDay)).toList());
        assertEquals(List.of(errand), changed.of(substitute).stream().map(Assignment::duty).filter(d -> d.overlaps(thursdayDay)).toList());
        assertTrue(changed.of(thursdayOperator).stream().filter(a -> a.duty().start().equals(errand.end())).allMatch(Assignment::resumesDuty),
                "the rest of the duty resumes it: the two hours away are not rest (SHIFT-02)");
        assertTrue(changed.gaps().isEmpty());
        List<ShiftsEvent.ShiftMoved> moved = centre.events.ofType(ShiftsEvent.ShiftMoved.class);
        assertTrue(moved.stream().anyMatch(m -> m.person().equals(substitute) && m.before() == null && errand.equals(m.after())));
        assertTrue(moved.stream().anyMatch(m -> m.person().equals(thursdayOperator) && thursdayDay.equals(m.before())));
    }

    @Test
    @DisplayName("a swap approved by a shift leader exchanges the duties; one that breaks the rest rule or lacks a leader's approval is refused and changes nothing")
    void swaps() {
        ShiftsFixtures other = new ShiftsFixtures().withTeam();
        Rota draft = other.draft(1);
        PersonId a = other.operators.get(0).id();
        PersonId b = other.operators.get(1).id();
        TimeRange mondayDay = other.shift(MONDAY, "08:00", "16:00");
        TimeRange wednesdayDay = other.shift(MONDAY.plusDays(2), "08:00", "16:00");
        TimeRange mondayLate = new TimeRange(other.at(MONDAY, "20:00"), other.at(MONDAY.plusDays(1), "04:00"));
        TimeRange fridayDay = other.shift(MONDAY.plusDays(4), "08:00", "16:00");
        PersonId c = other.operators.get(3).id();
        PersonId leader = other.leaders.get(0).id();
        for (Object[] d : new Object[][] {{a, mondayDay}, {b, wednesdayDay}, {c, mondayLate}, {c, fridayDay}}) {
            TimeRange r = (TimeRange) d[1];
            other.shifts.assignShift().assign(new AssignShift.Command(other.head.id(), draft.id(), (PersonId) d[0], Role.OPERATOR, r.start(), r.end()));
        }

        Rota swapped = other.shifts.swapShifts().swap(new SwapShifts.Command(leader, draft.id(), a, Role.OPERATOR, mondayDay.start(),
                b, Role.OPERATOR, wednesdayDay.start()));

        assertEquals(List.of(wednesdayDay), swapped.of(a).stream().map(Assignment::duty).toList());
        assertEquals(List.of(mondayDay), swapped.of(b).stream().map(Assignment::duty).toList());
        var before = swapped.assignments();
        RuleViolation rest = assertThrows(RuleViolation.class, () -> other.shifts.swapShifts().swap(new SwapShifts.Command(leader, draft.id(),
                b, Role.OPERATOR, mondayDay.start(), c, Role.OPERATOR, fridayDay.start())));
        assertTrue(rest.sentence().contains("would rest only 4 h"), rest.sentence());
        assertEquals("SHIFT-02", rest.ruleId());
        RuleViolation notLeader = assertThrows(RuleViolation.class, () -> other.shifts.swapShifts().swap(new SwapShifts.Command(
                other.operators.get(2).id(), draft.id(), a, Role.OPERATOR, wednesdayDay.start(), b, Role.OPERATOR, mondayDay.start())));
        assertEquals("PEOPLE-01", notLeader.ruleId());
        assertEquals(before, other.stores.rotas().get(draft.id()).assignments());
    }

    @Test
    @DisplayName("a swap that would put someone on a duty during their approved leave is refused and changes nothing")
    void swapIntoLeave() {
        ShiftsFixtures other = new ShiftsFixtures().withTeam();
        Rota draft = other.draft(1);
        PersonId a = other.operators.get(0).id();
        PersonId b = other.operators.get(1).id();
        PersonId leader = other.leaders.get(0).id();
        TimeRange mondayDay = other.shift(MONDAY, "08:00", "16:00");
        TimeRange wednesdayDay = other.shift(MONDAY.plusDays(2), "08:00", "16:00");
        other.shifts.assignShift().assign(new AssignShift.Command(other.head.id(), draft.id(), a, Role.OPERATOR, mondayDay.start(), mondayDay.end()));
        other.shifts.assignShift().assign(new AssignShift.Command(other.head.id(), draft.id(), b, Role.OPERATOR, wednesdayDay.start(), wednesdayDay.end()));
        LeaveRequest asked = other.shifts.requestLeave().request(new RequestLeave.Command(b, mondayDay.start(), mondayDay.end(), "wedding"));
        other.shifts.decideLeave().decide(new DecideLeave.Command(leader, asked.id(), true));
        var before = other.stores.rotas().get(draft.id()).assignments();

        RuleViolation onLeave = assertThrows(RuleViolation.class, () -> other.shifts.swapShifts().swap(new SwapShifts.Command(leader, draft.id(),
                a, Role.OPERATOR, mondayDay.start(), b, Role.OPERATOR, wednesdayDay.start())));

        assertEquals("SHIFT-05", onLeave.ruleId());
        assertTrue(onLeave.sentence().contains("on approved leave"), onLeave.sentence());
        assertEquals(before, other.stores.rotas().get(draft.id()).assignments());
    }

    @Test
    @DisplayName("nobody approves their own leave, their own absence from a post or a swap of their own duty; nothing changes")
    void noSelfApproval() {
        TimeRange thursdayLeaderDuty = thursdayDay;
        PersonId leader = centre.rostered(rota, Role.SHIFT_LEADER, thursdayLeaderDuty.start());
        TimeRange fridayDay = centre.shift(MONDAY.plusDays(4), "08:00", "16:00");
        PersonId fridayLeader = centre.rostered(rota, Role.SHIFT_LEADER, fridayDay.start());
        LeaveRequest own = centre.shifts.requestLeave().request(new RequestLeave.Command(leader, thursdayDay.end().plus(Duration.ofDays(10)),
                thursdayDay.end().plus(Duration.ofDays(11)), "family"));
        var before = current().assignments();

        RuleViolation leave = assertThrows(RuleViolation.class, () -> centre.shifts.decideLeave().decide(new DecideLeave.Command(leader, own.id(), true)));
        RuleViolation absence = assertThrows(RuleViolation.class, () -> centre.shifts.substituteOnPost().substitute(new SubstituteOnPost.Command(
                leader, rota.id(), leader, Role.SHIFT_LEADER, thursdayLeaderDuty.start(), thursdayLeaderDuty.end(), fridayLeader, "errand")));
        RuleViolation swap = assertThrows(RuleViolation.class, () -> centre.shifts.swapShifts().swap(new SwapShifts.Command(leader, rota.id(),
                leader, Role.SHIFT_LEADER, thursdayLeaderDuty.start(), fridayLeader, Role.SHIFT_LEADER, fridayDay.start())));

        assertEquals(List.of("SHIFT-05", "SHIFT-05", "SHIFT-05"), List.of(leave.ruleId(), absence.ruleId(), swap.ruleId()));
        assertTrue(leave.sentence().contains("their own leave"), leave.sentence());
        assertEquals(LeaveRequest.Status.REQUESTED, centre.stores.leave().get(own.id()).status());
        assertEquals(before, current().assignments());
    }

    @Test
    @DisplayName("a swap on a published rota notices both people that their duty moved")
    void publishedSwapNotices() {
        TimeRange fridayEvening = centre.shift(MONDAY.plusDays(4), "16:00", "24:00");
        PersonId fridayOperator = centre.rostered(rota, Role.OPERATOR, fridayEvening.start());
        org.junit.jupiter.api.Assumptions.assumeFalse(fridayOperator.equals(thursdayOperator));
        centre.events.clear();

        try {
            centre.shifts.swapShifts().swap(new SwapShifts.Command(centre.leaders.get(0).id(), rota.id(), thursdayOperator, Role.OPERATOR,
                    thursdayDay.start(), fridayOperator, Role.OPERATOR, fridayEvening.start()));
        } catch (RuleViolation limits) {
            org.junit.jupiter.api.Assumptions.abort("the generated week does not allow this swap: " + limits.getMessage());
        }

        List<ShiftsEvent.ShiftMoved> moved = centre.events.ofType(ShiftsEvent.ShiftMoved.class);
        assertEquals(2, moved.size());
        assertTrue(moved.stream().anyMatch(m -> m.person().equals(thursdayOperator) && m.before().equals(thursdayDay) && m.after().equals(fridayEvening)));
        assertTrue(moved.stream().anyMatch(m -> m.person().equals(fridayOperator) && m.before().equals(fridayEvening) && m.after().equals(thursdayDay)));
    }
}
