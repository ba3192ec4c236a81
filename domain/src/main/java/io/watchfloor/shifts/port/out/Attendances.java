package io.watchfloor.shifts.port.out;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.Attendance;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The attendances, versioned like {@link Rotas}. */
public interface Attendances {

    /** Stores {@code attendance} and returns it with its new version. */
    Attendance save(Attendance attendance);

    /** The attendance of {@code person} on the duty that started at {@code dutyStart}, if they checked in. */
    Optional<Attendance> find(PersonId person, Instant dutyStart);

    /** Every attendance not yet checked out, ordered by check-in. */
    List<Attendance> open();

    /** Every attendance whose duty overlaps {@code range}, ordered by duty start then person. */
    List<Attendance> during(TimeRange range);
}
