package io.watchfloor.shifts;

import static io.watchfloor.shifts.ShiftsFixtures.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.Certification;
import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.port.in.ApproveExtension;
import io.watchfloor.shifts.port.in.AssignShift;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Rostering people on posts")
class RosteringTest {

    private final ShiftsFixtures centre = new ShiftsFixtures().withTeam();
    private final Rota draft = centre.draft(1);
    private final TimeRange mondayDay = centre.shift(MONDAY, "08:00", "16:00");
    private final TimeRange mondayEvening = centre.shift(MONDAY, "16:00", "24:00");
    private final TimeRange tuesdayNight = centre.shift(MONDAY.plusDays(1), "00:00", "08:00");
    private final TimeRange tuesdayDay = centre.shift(MONDAY.plusDays(1), "08:00", "16:00");

    private Rota assign(Person p, Role post, TimeRange duty) {
        return centre.shifts.assignShift().assign(new AssignShift.Command(centre.head.id(), draft.id(), p.id(), post, duty.start(), duty.end()));
    }

    private List<Assignment> stored() {
        return centre.stores.rotas().get(draft.id()).assignments();
    }

    @Nested
    @Tag("PEOPLE-02")
    @DisplayName("PEOPLE-02: only people certified for the whole shift")
    class Certified {

        @Test
        @DisplayName("an operator without a shift leader certificate is refused as shift leader, and nothing is stored")
        void withoutCertificate() {
            Person li = centre.operators.get(0);
            Person liAlsoLeader = centre.people.save(centre.reload(li).grant(Role.SHIFT_LEADER, centre.clock.instant()).person());

            RuleViolation refusal = assertThrows(RuleViolation.class, () -> assign(liAlsoLeader, Role.SHIFT_LEADER, mondayDay));

            assertEquals("PEOPLE-02", refusal.ruleId());
            assertTrue(refusal.getMessage().endsWith("they hold no shift leader certificate"), refusal.getMessage());
            assertTrue(stored().isEmpty());
        }

        @Test
        @DisplayName("a certificate that runs out during the shift is refused; the shift before it is allowed")
        void expiresDuringTheShift() {
            Person chen = centre.person("Chen Bo", Set.of(Role.OPERATOR));
            Person expiring = centre.people.save(Person.newPerson("Ma Li", Set.of(Role.OPERATOR), null)
                    .certify(new Certification(Role.OPERATOR, "OP-9", mondayDay.start().minus(Duration.ofDays(100)), mondayEvening.start().plus(Duration.ofHours(4))),
                            centre.clock.instant()).person());

            assign(expiring, Role.OPERATOR, mondayDay);
            RuleViolation refusal = assertThrows(RuleViolation.class, () -> assign(expiring, Role.OPERATOR, tuesdayDay));

            assertEquals("PEOPLE-02", refusal.ruleId());
            assertEquals(1, stored().size());
            assertTrue(chen.isCertifiedFor(Role.OPERATOR, tuesdayDay));
        }
    }

    @Nested
    @Tag("SHIFT-02")
    @DisplayName("SHIFT-02: no overlap, minimum rest, maximum continuous duty, approved extensions")
    class Limits {

        @Test
        @DisplayName("nobody is in two places at once: a second post at the same time is refused")
        void overlap() {
            Person zhou = centre.leaders.get(0);
            assign(zhou, Role.SHIFT_LEADER, mondayDay);

            RuleViolation refusal = assertThrows(RuleViolation.class, () -> assign(zhou, Role.OPERATOR,
                    new TimeRange(mondayDay.start().plus(Duration.ofHours(4)), mondayDay.end().plus(Duration.ofHours(4)))));

            assertEquals("SHIFT-02", refusal.ruleId());
            assertTrue(refusal.sentence().contains("would be in two places at once"), refusal.sentence());
            assertEquals(1, stored().size());
        }

        @Test
        @DisplayName("less than 8 h of rest between two duties is refused, naming the rest")
        void rest() {
            Person li = centre.operators.get(0);
            assign(li, Role.OPERATOR, mondayDay);

            RuleViolation refusal = assertThrows(RuleViolation.class, () -> assign(li, Role.OPERATOR,
                    new TimeRange(mondayDay.end().plus(Duration.ofHours(6)), mondayDay.end().plus(Duration.ofHours(14)))));

            assertEquals("SHIFT-02", refusal.ruleId());
            assertTrue(refusal.sentence().contains("would rest only 6 h"), refusal.sentence());
            assign(li, Role.OPERATOR, new TimeRange(mondayDay.end().plus(Duration.ofHours(8)), mondayDay.end().plus(Duration.ofHours(16))));
            assertEquals(2, stored().size());
        }

        @Test
        @DisplayName("two shifts back to back (16 h) are allowed, a third one (24 h) is refused")
        void continuousDuty() {
            Person li = centre.operators.get(0);
            assign(li, Role.OPERATOR, mondayDay);
            assign(li, Role.OPERATOR, mondayEvening);

            RuleViolation refusal = assertThrows(RuleViolation.class, () -> assign(li, Role.OPERATOR, tuesdayNight));

            assertEquals("SHIFT-02", refusal.ruleId());
            assertTrue(refusal.sentence().contains("on duty 24 h without a break"), refusal.sentence());
            assertEquals(2, stored().size());
        }

        @Test
        @DisplayName("working beyond the limit needs a supervisor's approval: a shift leader's extension is recorded, an operator cannot approve")
        void extension() {
            Person li = centre.operators.get(0);
            assign(li, Role.OPERATOR, mondayDay);
            assign(li, Role.OPERATOR, mondayEvening);
            TimeRange twoMore = TimeRange.starting(mondayEvening.end(), Duration.ofHours(2));

            RuleViolation notSupervisor = assertThrows(RuleViolation.class, () -> centre.shifts.approveExtension().approve(
                    new ApproveExtension.Command(centre.operators.get(1).id(), draft.id(), li.id(), Role.OPERATOR, twoMore.start(), twoMore.end())));
            Rota extended = centre.shifts.approveExtension().approve(
                    new ApproveExtension.Command(centre.leaders.get(0).id(), draft.id(), li.id(), Role.OPERATOR, twoMore.start(), twoMore.end()));

            assertEquals("PEOPLE-01", notSupervisor.ruleId());
            assertTrue(extended.of(li.id()).stream().anyMatch(a -> a.isExtension() && a.duty().equals(twoMore)
                    && a.approvedBy().equals(centre.leaders.get(0).id())));
            assertEquals(1, centre.events.ofType(ShiftsEvent.ExtensionApproved.class).size());
        }

        @Test
        @DisplayName("a shift leader cannot approve their own work beyond the limit: the approval is someone else's")
        void noSelfApprovedExtension() {
            Person zhou = centre.leaders.get(0);
            assign(zhou, Role.SHIFT_LEADER, mondayDay);
            assign(zhou, Role.SHIFT_LEADER, mondayEvening);
            TimeRange twoMore = TimeRange.starting(mondayEvening.end(), Duration.ofHours(2));

            RuleViolation own = assertThrows(RuleViolation.class, () -> centre.shifts.approveExtension().approve(
                    new ApproveExtension.Command(zhou.id(), draft.id(), zhou.id(), Role.SHIFT_LEADER, twoMore.start(), twoMore.end())));

            assertEquals("SHIFT-02", own.ruleId());
            assertEquals(2, stored().size());
            assertEquals(0, centre.events.ofType(ShiftsEvent.ExtensionApproved.class).size());
        }
    }

    @Nested
    @DisplayName("bad input is refused, naming the field or the rule, and nothing is stored")
    class BadInput {

        @Test
        @Tag("SHIFT-02")
        @DisplayName("an end before its start names the field end; missing values name theirs")
        void contradictory() {
            InvalidCommand refusal = assertThrows(InvalidCommand.class, () -> centre.shifts.assignShift().assign(
                    new AssignShift.Command(centre.head.id(), draft.id(), centre.operators.get(0).id(), Role.OPERATOR, mondayDay.end(), mondayDay.start())));
            InvalidCommand missing = assertThrows(InvalidCommand.class, () -> centre.shifts.assignShift().assign(
                    new AssignShift.Command(centre.head.id(), draft.id(), null, null, mondayDay.start(), mondayDay.end())));

            assertEquals(List.of(new InvalidCommand.FieldError("end", "must be after start")), refusal.errors());
            assertEquals(List.of("person", "post"), missing.errors().stream().map(InvalidCommand.FieldError::field).toList());
            assertTrue(stored().isEmpty());
        }

        @Test
        @Tag("SHIFT-02")
        @DisplayName("an unknown rota or person is not found; a post the rota does not have and a duty outside its horizon name their fields")
        void unknown() {
            assertThrows(NotFound.class, () -> centre.shifts.assignShift().assign(new AssignShift.Command(centre.head.id(), RotaId.newId(),
                    centre.operators.get(0).id(), Role.OPERATOR, mondayDay.start(), mondayDay.end())));
            assertThrows(NotFound.class, () -> centre.shifts.assignShift().assign(new AssignShift.Command(centre.head.id(), draft.id(),
                    io.watchfloor.people.PersonId.newId(), Role.OPERATOR, mondayDay.start(), mondayDay.end())));
            Person gao = centre.person("Gao Yan", Set.of(Role.DISPATCHER));
            InvalidCommand wrongPost = assertThrows(InvalidCommand.class, () -> assign(gao, Role.DISPATCHER,
                    TimeRange.starting(draft.horizon().end(), Duration.ofHours(8))));

            assertEquals(List.of("post", "start"), wrongPost.errors().stream().map(InvalidCommand.FieldError::field).toList());
            assertTrue(stored().isEmpty());
        }

        @Test
        @Tag("SHIFT-02")
        @DisplayName("an actor who is neither shift leader nor centre head may not roster anyone (PEOPLE-01)")
        void actorWithoutRole() {
            RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.shifts.assignShift().assign(new AssignShift.Command(
                    centre.operators.get(1).id(), draft.id(), centre.operators.get(0).id(), Role.OPERATOR, mondayDay.start(), mondayDay.end())));

            assertEquals("PEOPLE-01", refusal.ruleId());
            assertTrue(stored().isEmpty());
        }
    }
}
