package io.watchfloor.shifts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.Role;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shifts.port.in.CheckOut;
import io.watchfloor.shifts.port.in.SignHandover;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Handing over a post")
class HandingOverTest {

    private final DutyFixtures week = new DutyFixtures();

    private Handover sign(Handover h, String time, List<String> discrepancies) {
        week.centre.clock.set(week.at(time));
        return week.centre.shifts.signHandover().sign(new SignHandover.Command(h.id(), h.incoming(), discrepancies));
    }

    private void checkOutAt(String time, io.watchfloor.people.PersonId person) {
        week.centre.clock.set(week.at(time));
        week.centre.shifts.checkOut().checkOut(new CheckOut.Command(person));
    }

    @Test
    @Tag("SHIFT-04")
    @DisplayName("the outgoing may not leave before the incoming signs; after the signature with discrepancies recorded they may")
    void outgoingStaysUntilSigned() {
        week.checkInAt(week.dayOperator, "07:45");
        week.checkInAt(week.eveningOperator, "15:45");
        Handover written = week.handOverAt(week.dayOperator, week.eveningOperator, "15:50");

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> checkOutAt("16:00", week.dayOperator));
        assertEquals("SHIFT-04", refusal.ruleId());
        assertTrue(refusal.sentence().contains("接班人不到位, 在班人不离岗"), refusal.sentence());

        Handover signed = sign(written, "16:02", List.of("radio 3 missing from the rack"));
        checkOutAt("16:03", week.dayOperator);

        assertEquals(List.of("radio 3 missing from the rack"), signed.discrepancies());
        assertEquals(List.of("camera 12 no picture"), signed.faultyDevices());
        assertEquals(List.of("radio 3", "key 7"), signed.equipment());
        assertEquals(1, signed.openCases().size());
        assertTrue(week.centre.stores.attendances().find(week.dayOperator, week.eightAm).orElseThrow().checkOutTime().isPresent());
    }

    @Test
    @Tag("SHIFT-10")
    @DisplayName("the incoming cannot sign before checking in fit for duty; only the addressee may sign")
    void incomingMustBeFit() {
        week.checkInAt(week.dayOperator, "07:45");
        Handover written = week.handOverAt(week.dayOperator, week.eveningOperator, "15:50");

        RuleViolation unfit = assertThrows(RuleViolation.class, () -> sign(written, "15:55", List.of()));
        week.centre.clock.set(week.at("15:56"));
        RuleViolation other = assertThrows(RuleViolation.class, () -> week.centre.shifts.signHandover()
                .sign(new SignHandover.Command(written.id(), week.eveningLeader, List.of())));

        assertEquals("SHIFT-10", unfit.ruleId());
        assertEquals("SHIFT-04", other.ruleId());
        assertTrue(week.centre.stores.handovers().get(written.id()).takenOverAt().isEmpty());
    }

    @Test
    @Tag("SHIFT-10")
    @DisplayName("the outgoing signs first; responsibility passes at the incoming signature; an incident during the handover belongs to the outgoing")
    void responsibility() {
        week.checkInAt(week.dayOperator, "07:45");
        week.checkInAt(week.eveningOperator, "15:40");
        Handover written = week.handOverAt(week.dayOperator, week.eveningOperator, "15:45");
        Handover signed = sign(written, "15:55", List.of());

        assertEquals(week.at("15:45"), signed.outgoingSigned());
        assertEquals(week.dayOperator, signed.responsibleAt(week.at("15:50")));
        assertEquals(week.eveningOperator, signed.responsibleAt(week.at("15:55")));
        assertEquals(List.of(week.dayOperator), week.centre.shifts.findOnDuty().at(week.at("15:50")).on(Role.OPERATOR));
        assertEquals(List.of(week.eveningOperator), week.centre.shifts.findOnDuty().at(week.at("15:57")).on(Role.OPERATOR));
    }

    @Test
    @Tag("SHIFT-09")
    @Tag("SHIFT-10")
    @DisplayName("leaving after the incoming signed, a few minutes before the boundary, is not an early leave: responsibility has passed")
    void leavingAfterAnEarlyHandoverIsNotEarly() {
        week.checkInAt(week.dayOperator, "07:45");
        week.checkInAt(week.eveningOperator, "15:40");
        Handover written = week.handOverAt(week.dayOperator, week.eveningOperator, "15:45");
        sign(written, "15:55", List.of());

        checkOutAt("15:57", week.dayOperator);

        Attendance out = week.centre.stores.attendances().find(week.dayOperator, week.eightAm).orElseThrow();
        assertEquals(week.at("15:57"), out.checkedOut());
        assertFalse(out.leftEarly(), "handed over and signed: not an early leave");
    }

    @Test
    @Tag("SHIFT-04")
    @DisplayName("when nobody comes the outgoing stays on duty, is recorded as extended, and the shift leader on duty is alerted")
    void nobodyComes() {
        week.checkInAt(week.dayOperator, "07:45");
        week.centre.clock.set(week.at("16:00"));

        List<Attendance> extended = week.centre.shifts.watchForRelief().check();

        assertEquals(1, extended.size());
        assertEquals(week.at("16:00"), extended.get(0).extendedSince());
        ShiftsEvent.ShiftLeaderAlerted alert = week.centre.events.ofType(ShiftsEvent.ShiftLeaderAlerted.class).get(0);
        assertEquals(week.eveningLeader, alert.shiftLeader());
        assertEquals(week.eveningOperator, alert.missing());
        assertEquals(week.dayOperator, alert.outgoing());
        OnDuty later = week.centre.shifts.findOnDuty().at(week.at("16:30"));
        assertEquals(List.of(week.dayOperator), later.on(Role.OPERATOR));
        assertTrue(later.posts().stream().anyMatch(p -> p.person().equals(week.dayOperator) && p.extended()));
        assertThrows(RuleViolation.class, () -> checkOutAt("16:40", week.dayOperator));
        assertTrue(week.centre.shifts.watchForRelief().check().isEmpty(), "an extension is recorded once");
    }

    @Test
    @Tag("SHIFT-04")
    @DisplayName("a handover to someone not rostered next on the post is refused naming the field; a blank situation names its field")
    void badInput() {
        week.checkInAt(week.dayOperator, "07:45");

        InvalidCommand wrong = assertThrows(InvalidCommand.class, () -> week.handOverAt(week.dayOperator, week.eveningLeader, "15:50"));
        InvalidCommand blank = assertThrows(InvalidCommand.class, () -> week.centre.shifts.writeHandover().write(
                new io.watchfloor.shifts.port.in.WriteHandover.Command(week.dayOperator, week.eveningOperator, " ", List.of(), List.of(),
                        List.of(), List.of(), List.of())));

        assertEquals("incoming", wrong.errors().get(0).field());
        assertEquals("situation", blank.errors().get(0).field());
        assertTrue(week.centre.stores.handovers().between(week.eightAm, week.fourPm.plusSeconds(1)).isEmpty());
    }
}
