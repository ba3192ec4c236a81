package io.watchfloor.testkit.devices;

import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.FaultReport;
import io.watchfloor.devices.FaultReportId;
import io.watchfloor.devices.port.out.FaultReports;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The fault reports in memory, append-only. */
public final class InMemoryFaultReports implements FaultReports {

    private final AppendOnlyLog<FaultReportId, FaultReport> log;

    /**
     * An empty store whose changes a failed unit of work of {@code transactions} undoes.
     *
     * @param transactions the units of work it takes part in
     */
    public InMemoryFaultReports(InMemoryTransactions transactions) {
        this.log = new AppendOnlyLog<>("fault report", FaultReport::id, transactions);
    }

    @Override
    public void add(FaultReport report) {
        log.add(report);
    }

    @Override
    public Optional<FaultReport> find(FaultReportId id) {
        return log.find(id);
    }

    @Override
    public List<FaultReport> forDevice(DeviceId device) {
        List<FaultReport> list = log.select(f -> f.device().equals(device));
        list.sort(Comparator.comparing(FaultReport::reportedAt));
        return list;
    }

    @Override
    public List<FaultReport> all() {
        List<FaultReport> list = log.select(f -> true);
        list.sort(Comparator.comparing(FaultReport::reportedAt));
        return list;
    }
}
