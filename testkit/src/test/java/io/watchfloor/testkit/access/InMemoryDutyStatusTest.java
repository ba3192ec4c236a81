package io.watchfloor.testkit.access;

import io.watchfloor.access.port.out.DutyStatus;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.TimeRange;

class InMemoryDutyStatusTest extends DutyStatusContract {
    @Override
    protected DutyStatus dutyStatusWith(PersonId person, TimeRange duty) {
        return new InMemoryDutyStatus().onDuty(person, duty);
    }
}
