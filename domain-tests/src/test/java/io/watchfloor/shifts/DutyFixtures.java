package io.watchfloor.shifts;

import static io.watchfloor.shifts.ShiftsFixtures.MONDAY;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shifts.port.in.CheckIn;
import io.watchfloor.shifts.port.in.WriteHandover;
import java.time.Instant;
import java.util.List;

/** A published week and (one of) the people on Monday's day and evening shifts, for the duty tests. */
final class DutyFixtures {

    final ShiftsFixtures centre;
    final Rota rota;
    final Instant eightAm;
    final Instant fourPm;
    final PersonId dayOperator;
    final PersonId dayLeader;
    final PersonId eveningOperator;
    final PersonId eveningLeader;

    DutyFixtures() {
        this(RotaPolicy.defaults(ShiftsFixtures.SHANGHAI));
    }

    /** The week under {@code policy}, filled by the generator and published. */
    DutyFixtures(RotaPolicy policy) {
        centre = new ShiftsFixtures(policy).withTeam();
        rota = centre.publishedRota(1);
        eightAm = centre.at(MONDAY, "08:00");
        fourPm = centre.at(MONDAY, "16:00");
        dayOperator = centre.rostered(rota, Role.OPERATOR, eightAm);
        dayLeader = centre.rostered(rota, Role.SHIFT_LEADER, eightAm);
        eveningOperator = centre.rostered(rota, Role.OPERATOR, fourPm);
        eveningLeader = centre.rostered(rota, Role.SHIFT_LEADER, fourPm);
    }

    Instant at(String time) {
        return centre.at(MONDAY, time);
    }

    Attendance checkInAt(PersonId person, String time) {
        centre.clock.set(at(time));
        return centre.shifts.checkIn().checkIn(new CheckIn.Command(person, true));
    }

    Handover handOverAt(PersonId outgoing, PersonId incoming, String time) {
        centre.clock.set(at(time));
        return centre.shifts.writeHandover().write(new WriteHandover.Command(outgoing, incoming, "quiet day; one open case at the market gate",
                List.of(io.watchfloor.shared.CaseId.newId()), List.of(), List.of("watch the school gate at 16:30"),
                List.of("camera 12 no picture"), List.of("radio 3", "key 7")));
    }
}
