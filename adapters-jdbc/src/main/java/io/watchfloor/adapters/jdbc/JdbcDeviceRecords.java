package io.watchfloor.adapters.jdbc;

import io.watchfloor.devices.ChangeRequest;
import io.watchfloor.devices.ChangeRequestId;
import io.watchfloor.devices.ChangeViolation;
import io.watchfloor.devices.DeviceHealth;
import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.DeviceType;
import io.watchfloor.devices.FaultReport;
import io.watchfloor.devices.FaultReportId;
import io.watchfloor.devices.Inspection;
import io.watchfloor.devices.InspectionSchedule;
import io.watchfloor.devices.InspectionScheduleId;
import io.watchfloor.devices.RepairOrder;
import io.watchfloor.devices.RepairOrderId;
import io.watchfloor.devices.ServiceRecord;
import io.watchfloor.devices.port.out.ChangeRequests;
import io.watchfloor.devices.port.out.ChangeViolations;
import io.watchfloor.devices.port.out.FaultReports;
import io.watchfloor.devices.port.out.HealthRecords;
import io.watchfloor.devices.port.out.InspectionSchedules;
import io.watchfloor.devices.port.out.Inspections;
import io.watchfloor.devices.port.out.RepairOrders;
import io.watchfloor.devices.port.out.ServiceRecords;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The devices context's record stores over their tables ({@code wf_inspection_schedules},
 * {@code wf_inspections}, {@code wf_fault_reports}, {@code wf_change_violations},
 * {@code wf_service_records}, {@code wf_repair_orders}, {@code wf_change_requests},
 * {@code wf_device_health}); each store is one small class of this file's, built from
 * {@link JdbcTransactions}.
 */
public final class JdbcDeviceRecords {

    private JdbcDeviceRecords() {
    }

    /** Inspection schedules, by name. */
    public static final class Schedules implements InspectionSchedules {
        private final DocumentTable<InspectionSchedule> table;

        /** Schedules in the database of {@code transactions}. */
        public Schedules(JdbcTransactions transactions) {
            this.table = new DocumentTable<>(transactions, "wf_inspection_schedules", "inspection schedule",
                    InspectionSchedule.class, InspectionSchedule::id, InspectionSchedule::version,
                    (s, v) -> new InspectionSchedule(s.id(), s.name(), s.deviceType(), s.frequency(), s.checklist(), v),
                    Columns.of(InspectionSchedule.class)
                            .add("name", InspectionSchedule::name)
                            .add("device_type", InspectionSchedule::deviceType));
        }

        @Override
        public InspectionSchedule save(InspectionSchedule schedule) {
            return table.save(schedule);
        }

        @Override
        public Optional<InspectionSchedule> find(InspectionScheduleId id) {
            return table.find(id);
        }

        @Override
        public List<InspectionSchedule> forType(DeviceType type) {
            return table.where("device_type = ?", "name, id", type);
        }

        @Override
        public List<InspectionSchedule> all() {
            return table.all("name, id");
        }
    }

    /** Inspections done, in time order. */
    public static final class InspectionLog implements Inspections {
        private final DocumentTable<Inspection> table;

        /** Inspections in the database of {@code transactions}. */
        public InspectionLog(JdbcTransactions transactions) {
            this.table = DocumentTable.records(transactions, "wf_inspections", "inspection", Inspection.class,
                    Inspection::id, Columns.of(Inspection.class)
                            .add("device", Inspection::device)
                            .add("schedule", Inspection::schedule)
                            .add("happened_at", Inspection::at));
        }

        @Override
        public void add(Inspection inspection) {
            table.append(inspection);
        }

        @Override
        public Optional<Inspection> latest(DeviceId device, InspectionScheduleId schedule) {
            List<Inspection> newestFirst = table.where("device = ? AND schedule = ?", "happened_at DESC, id DESC",
                    device, schedule);
            return newestFirst.stream().findFirst();
        }

        @Override
        public List<Inspection> forDevice(DeviceId device) {
            return table.where("device = ?", "happened_at, id", device);
        }

        @Override
        public List<Inspection> between(Instant from, Instant to) {
            return table.where("happened_at >= ? AND happened_at < ?", "happened_at, id", from, to);
        }
    }

    /** Fault reports, in the order they were reported. */
    public static final class Faults implements FaultReports {
        private final DocumentTable<FaultReport> table;

        /** Fault reports in the database of {@code transactions}. */
        public Faults(JdbcTransactions transactions) {
            this.table = DocumentTable.records(transactions, "wf_fault_reports", "fault report", FaultReport.class,
                    FaultReport::id, Columns.of(FaultReport.class)
                            .add("device", FaultReport::device)
                            .add("reported_at", FaultReport::reportedAt));
        }

        @Override
        public void add(FaultReport report) {
            table.append(report);
        }

        @Override
        public Optional<FaultReport> find(FaultReportId id) {
            return table.find(id);
        }

        @Override
        public List<FaultReport> forDevice(DeviceId device) {
            return table.where("device = ?", "reported_at, id", device);
        }

        @Override
        public List<FaultReport> all() {
            return table.all("reported_at, id");
        }
    }

    /** Changes made without approval (DEVICE-04), in the order they were observed. */
    public static final class Violations implements ChangeViolations {
        private final DocumentTable<ChangeViolation> table;

        /** Violations in the database of {@code transactions}. */
        public Violations(JdbcTransactions transactions) {
            this.table = DocumentTable.records(transactions, "wf_change_violations", "change violation",
                    ChangeViolation.class, ChangeViolation::id,
                    Columns.of(ChangeViolation.class)
                            .add("device", ChangeViolation::device)
                            .add("observed_at", ChangeViolation::observedAt));
        }

        @Override
        public void add(ChangeViolation violation) {
            table.append(violation);
        }

        @Override
        public List<ChangeViolation> forDevice(DeviceId device) {
            return table.where("device = ?", "observed_at, id", device);
        }

        @Override
        public List<ChangeViolation> all() {
            return table.all("observed_at, id");
        }
    }

    /** Servicing records, in time order. */
    public static final class Servicing implements ServiceRecords {
        private final DocumentTable<ServiceRecord> table;

        /** Servicing records in the database of {@code transactions}. */
        public Servicing(JdbcTransactions transactions) {
            this.table = DocumentTable.records(transactions, "wf_service_records", "service record",
                    ServiceRecord.class, ServiceRecord::id,
                    Columns.of(ServiceRecord.class)
                            .add("device", ServiceRecord::device)
                            .add("happened_at", ServiceRecord::at));
        }

        @Override
        public void add(ServiceRecord record) {
            table.append(record);
        }

        @Override
        public List<ServiceRecord> forDevice(DeviceId device) {
            return table.where("device = ?", "happened_at, id", device);
        }

        @Override
        public List<ServiceRecord> all() {
            return table.all("happened_at, id");
        }
    }

    /** Repair orders, in the order their faults were reported. */
    public static final class Repairs implements RepairOrders {
        private static final String BY_REPORTED = "reported_at, id";
        private final DocumentTable<RepairOrder> table;

        /** Repair orders in the database of {@code transactions}. */
        public Repairs(JdbcTransactions transactions) {
            this.table = new DocumentTable<>(transactions, "wf_repair_orders", "repair order", RepairOrder.class,
                    RepairOrder::id, RepairOrder::version,
                    (o, v) -> new RepairOrder(o.id(), o.device(), o.deviceType(), o.state(), o.technician(), o.spare(),
                            o.faults(), o.history(), v),
                    Columns.of(RepairOrder.class)
                            .add("device", RepairOrder::device)
                            .add("is_open", RepairOrder::isOpen)
                            .add("open_device", o -> o.isOpen() ? o.device() : null)
                            .add("reported_at", RepairOrder::reportedAt));
        }

        @Override
        public RepairOrder save(RepairOrder order) {
            return table.save(order);
        }

        @Override
        public Optional<RepairOrder> find(RepairOrderId id) {
            return table.find(id);
        }

        @Override
        public Optional<RepairOrder> openFor(DeviceId device) {
            return table.where("device = ? AND is_open = ?", BY_REPORTED, device, true).stream().findFirst();
        }

        @Override
        public List<RepairOrder> open() {
            return table.where("is_open = ?", BY_REPORTED, true);
        }

        @Override
        public List<RepairOrder> all() {
            return table.all(BY_REPORTED);
        }
    }

    /** Change requests (DEVICE-04), in the order they were made. */
    public static final class Changes implements ChangeRequests {
        private static final String BY_REQUESTED = "requested_at, id";
        private final DocumentTable<ChangeRequest> table;

        /** Change requests in the database of {@code transactions}. */
        public Changes(JdbcTransactions transactions) {
            this.table = new DocumentTable<>(transactions, "wf_change_requests", "change request", ChangeRequest.class,
                    ChangeRequest::id, ChangeRequest::version,
                    (r, v) -> new ChangeRequest(r.id(), r.device(), r.kind(), r.proposal(), r.reason(), r.requestedBy(),
                            r.state(), r.history(), v),
                    Columns.of(ChangeRequest.class)
                            .add("device", ChangeRequest::device)
                            .add("requested_at", ChangeRequest::requestedAt));
        }

        @Override
        public ChangeRequest save(ChangeRequest request) {
            return table.save(request);
        }

        @Override
        public Optional<ChangeRequest> find(ChangeRequestId id) {
            return table.find(id);
        }

        @Override
        public List<ChangeRequest> forDevice(DeviceId device) {
            return table.where("device = ?", BY_REQUESTED, device);
        }

        @Override
        public List<ChangeRequest> all() {
            return table.all(BY_REQUESTED);
        }
    }

    /** The latest health of each device (one row per device). */
    public static final class Health implements HealthRecords {
        private final DocumentTable<DeviceHealth> table;

        /** Health records in the database of {@code transactions}. */
        public Health(JdbcTransactions transactions) {
            this.table = new DocumentTable<>(transactions, "wf_device_health", "device health", DeviceHealth.class,
                    DeviceHealth::device, DeviceHealth::version,
                    (h, v) -> new DeviceHealth(h.device(), h.checkedAt(), h.problems(), v),
                    Columns.of(DeviceHealth.class)
                            .add("healthy", DeviceHealth::isHealthy));
        }

        @Override
        public DeviceHealth save(DeviceHealth health) {
            return table.save(health);
        }

        @Override
        public Optional<DeviceHealth> find(DeviceId device) {
            return table.find(device);
        }

        @Override
        public List<DeviceHealth> unhealthy() {
            return table.where("healthy = ?", "id", false);
        }
    }
}
