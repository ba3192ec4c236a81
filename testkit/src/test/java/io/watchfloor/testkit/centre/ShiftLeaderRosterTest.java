package io.watchfloor.testkit.centre;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.people.port.out.DutyRoster;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.testkit.people.DutyRosterContract;

/** The people context's duty roster answered by the rota (the centre's bridge) passes the people context's contract. */
class ShiftLeaderRosterTest extends DutyRosterContract {

    @Override
    protected DutyRoster rosterWith(PersonId leader, TimeRange duty) {
        return RotaOnDuty.with(leader, Role.SHIFT_LEADER, duty).dutyRoster();
    }
}
