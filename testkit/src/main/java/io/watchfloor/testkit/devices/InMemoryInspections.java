package io.watchfloor.testkit.devices;

import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.Inspection;
import io.watchfloor.devices.InspectionId;
import io.watchfloor.devices.InspectionScheduleId;
import io.watchfloor.devices.port.out.Inspections;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The inspection records in memory, append-only. */
public final class InMemoryInspections implements Inspections {

    private final AppendOnlyLog<InspectionId, Inspection> log;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryInspections(InMemoryTransactions transactions) {
        this.log = new AppendOnlyLog<>("inspection", Inspection::id, transactions);
    }

    @Override
    public void add(Inspection inspection) {
        log.add(inspection);
    }

    @Override
    public Optional<Inspection> latest(DeviceId device, InspectionScheduleId schedule) {
        return log.select(i -> i.device().equals(device) && i.schedule().equals(schedule)).stream().max(Comparator.comparing(Inspection::at));
    }

    @Override
    public List<Inspection> forDevice(DeviceId device) {
        return sorted(log.select(i -> i.device().equals(device)));
    }

    @Override
    public List<Inspection> between(Instant from, Instant to) {
        return sorted(log.select(i -> !i.at().isBefore(from) && i.at().isBefore(to)));
    }

    private static List<Inspection> sorted(List<Inspection> list) {
        list.sort(Comparator.comparing(Inspection::at));
        return list;
    }
}
