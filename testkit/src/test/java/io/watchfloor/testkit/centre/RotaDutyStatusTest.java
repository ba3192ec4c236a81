package io.watchfloor.testkit.centre;

import io.watchfloor.access.port.out.DutyStatus;
import io.watchfloor.centre.RotaDutyStatus;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.testkit.access.DutyStatusContract;

/** The access context's duty status answered by the rota passes the access context's contract. */
class RotaDutyStatusTest extends DutyStatusContract {

    @Override
    protected DutyStatus dutyStatusWith(PersonId person, TimeRange duty) {
        return new RotaDutyStatus(RotaOnDuty.with(person, Role.OPERATOR, duty).findOnDuty());
    }
}
