package io.watchfloor.testkit.devices;

import io.watchfloor.devices.ChangeViolation;
import io.watchfloor.devices.ChangeViolationId;
import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.port.out.ChangeViolations;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.util.Comparator;
import java.util.List;

/** The recorded unapproved changes in memory, append-only. */
public final class InMemoryChangeViolations implements ChangeViolations {

    private final AppendOnlyLog<ChangeViolationId, ChangeViolation> log;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryChangeViolations(InMemoryTransactions transactions) {
        this.log = new AppendOnlyLog<>("change violation", ChangeViolation::id, transactions);
    }

    @Override
    public void add(ChangeViolation violation) {
        log.add(violation);
    }

    @Override
    public List<ChangeViolation> forDevice(DeviceId device) {
        List<ChangeViolation> list = log.select(v -> v.device().equals(device));
        list.sort(Comparator.comparing(ChangeViolation::observedAt));
        return list;
    }

    @Override
    public List<ChangeViolation> all() {
        List<ChangeViolation> list = log.select(v -> true);
        list.sort(Comparator.comparing(ChangeViolation::observedAt));
        return list;
    }
}
