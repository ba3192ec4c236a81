package io.watchfloor.testkit.devices;

import io.watchfloor.devices.DeviceType;
import io.watchfloor.devices.InspectionSchedule;
import io.watchfloor.devices.InspectionScheduleId;
import io.watchfloor.devices.port.out.InspectionSchedules;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.InMemoryVersionedStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The inspection schedules in memory. */
public final class InMemoryInspectionSchedules implements InspectionSchedules {

    private static final Comparator<InspectionSchedule> BY_NAME = Comparator.comparing(InspectionSchedule::name).thenComparing(s -> s.id().value());
    private final InMemoryVersionedStore<InspectionScheduleId, InspectionSchedule> store;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryInspectionSchedules(InMemoryTransactions transactions) {
        this.store = new InMemoryVersionedStore<>("inspection schedule", InspectionSchedule::id, InspectionSchedule::version,
                InspectionSchedule::withVersion, transactions);
    }

    @Override
    public InspectionSchedule save(InspectionSchedule schedule) {
        return store.save(schedule);
    }

    @Override
    public Optional<InspectionSchedule> find(InspectionScheduleId id) {
        return store.find(id);
    }

    @Override
    public List<InspectionSchedule> forType(DeviceType type) {
        return store.select(s -> s.deviceType() == type, BY_NAME);
    }

    @Override
    public List<InspectionSchedule> all() {
        return store.select(s -> true, BY_NAME);
    }
}
