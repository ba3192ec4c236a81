package io.watchfloor.testkit.shifts;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.Attendance;
import io.watchfloor.shifts.AttendanceId;
import io.watchfloor.shifts.port.out.Attendances;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.InMemoryVersionedStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The attendances in memory. */
public final class InMemoryAttendances implements Attendances {

    private final InMemoryVersionedStore<AttendanceId, Attendance> store;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryAttendances(InMemoryTransactions transactions) {
        this.store = new InMemoryVersionedStore<>("attendance", Attendance::id, Attendance::version, Attendance::withVersion, transactions);
    }

    @Override
    public Attendance save(Attendance attendance) {
        return store.save(attendance);
    }

    @Override
    public Optional<Attendance> find(PersonId person, Instant dutyStart) {
        return store.select(a -> a.person().equals(person) && a.duty().start().equals(dutyStart), Comparator.comparing(Attendance::checkedIn))
                .stream().findFirst();
    }

    @Override
    public List<Attendance> open() {
        return store.select(Attendance::isOpen, Comparator.comparing(Attendance::checkedIn).thenComparing(a -> a.id().value()));
    }

    @Override
    public List<Attendance> during(TimeRange range) {
        return store.select(a -> a.duty().overlaps(range),
                Comparator.comparing((Attendance a) -> a.duty().start()).thenComparing(a -> a.person().value()));
    }
}
