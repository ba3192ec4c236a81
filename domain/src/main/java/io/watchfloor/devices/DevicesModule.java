package io.watchfloor.devices;

import io.watchfloor.devices.internal.ArchiveService;
import io.watchfloor.devices.internal.ChangeService;
import io.watchfloor.devices.internal.HealthMonitor;
import io.watchfloor.devices.internal.InspectionService;
import io.watchfloor.devices.internal.RepairService;
import io.watchfloor.devices.internal.ServicingService;
import io.watchfloor.devices.port.in.ApplyChange;
import io.watchfloor.devices.port.in.DecideChange;
import io.watchfloor.devices.port.in.ExportDevices;
import io.watchfloor.devices.port.in.ImportDevices;
import io.watchfloor.devices.port.in.ListOverdueInspections;
import io.watchfloor.devices.port.in.MeasureRepairs;
import io.watchfloor.devices.port.in.MonitorCameraHealth;
import io.watchfloor.devices.port.in.MoveRepair;
import io.watchfloor.devices.port.in.RecordInspection;
import io.watchfloor.devices.port.in.RecordObservedChange;
import io.watchfloor.devices.port.in.RecordServicing;
import io.watchfloor.devices.port.in.RegisterDevice;
import io.watchfloor.devices.port.in.ReportFault;
import io.watchfloor.devices.port.in.RequestChange;
import io.watchfloor.devices.port.in.ScheduleInspections;
import io.watchfloor.devices.port.out.CameraGateway;
import io.watchfloor.devices.port.out.ChangeRequests;
import io.watchfloor.devices.port.out.ChangeViolations;
import io.watchfloor.devices.port.out.Devices;
import io.watchfloor.devices.port.out.FaultReports;
import io.watchfloor.devices.port.out.HealthRecords;
import io.watchfloor.devices.port.out.InspectionSchedules;
import io.watchfloor.devices.port.out.Inspections;
import io.watchfloor.devices.port.out.RepairOrders;
import io.watchfloor.devices.port.out.ServiceRecords;
import io.watchfloor.people.port.out.People;
import io.watchfloor.shared.Runtime;
import io.watchfloor.shared.UnitOfWork;
import io.watchfloor.shared.port.out.EventSink;
import io.watchfloor.shared.port.out.Transactions;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Objects;

/**
 * Wires the device use cases by hand: {@code DevicesModule.create(new DevicesModule.Ports(stores,
 * gateway, people, policy), runtime)}. The staff records ({@link People}) tell who may do what.
 */
public final class DevicesModule {

    /** The stores of the devices context, one per outbound store port. */
    public record Stores(Devices devices, InspectionSchedules schedules, Inspections inspections, FaultReports faults,
                         RepairOrders repairs, ChangeRequests changes, ChangeViolations violations, HealthRecords health,
                         ServiceRecords servicing) {
        public Stores {
            Objects.requireNonNull(devices, "devices");
            Objects.requireNonNull(schedules, "schedules");
            Objects.requireNonNull(inspections, "inspections");
            Objects.requireNonNull(faults, "faults");
            Objects.requireNonNull(repairs, "repairs");
            Objects.requireNonNull(changes, "changes");
            Objects.requireNonNull(violations, "violations");
            Objects.requireNonNull(health, "health");
            Objects.requireNonNull(servicing, "servicing");
        }
    }

    /**
     * What the devices context runs on, and the policy it works under.
     *
     * @param gateway the cameras themselves, as the deployment reaches them
     * @param people the staff records, to check who may do what (PEOPLE-01)
     */
    public record Ports(Stores stores, CameraGateway gateway, People people, DevicePolicy policy) {
        public Ports {
            Objects.requireNonNull(stores, "stores");
            Objects.requireNonNull(gateway, "gateway");
            Objects.requireNonNull(people, "people");
            Objects.requireNonNull(policy, "policy");
        }
    }

    private final ArchiveService archive;
    private final InspectionService inspections;
    private final RepairService repairs;
    private final ChangeService changes;
    private final HealthMonitor health;
    private final ServicingService servicing;

    private DevicesModule(io.watchfloor.devices.internal.Ports ports) {
        this.archive = new ArchiveService(ports);
        this.inspections = new InspectionService(ports);
        this.repairs = new RepairService(ports);
        this.changes = new ChangeService(ports);
        this.health = new HealthMonitor(ports, repairs, changes);
        this.servicing = new ServicingService(ports);
    }

    /** The devices context over {@code ports}, running on {@code runtime}. */
    public static DevicesModule create(Ports ports, Runtime runtime) {
        Stores stores = ports.stores();
        UnitOfWork unit = runtime.unitOfWork();
        return new DevicesModule(new io.watchfloor.devices.internal.Ports(stores.devices(), stores.schedules(), stores.inspections(),
                stores.faults(), stores.repairs(), stores.changes(), stores.violations(), stores.health(), stores.servicing(),
                ports.gateway(), ports.people(), unit.events(), unit, runtime.clock(), unit.validation(), ports.policy()));
    }

    /**
     * The devices context over the given ports, with {@code policy}'s numbers.
     *
     * @deprecated use {@link #create(Ports, Runtime)}.
     */
    @Deprecated(forRemoval = true)
    public static DevicesModule create(Stores stores, CameraGateway gateway, People people, EventSink events,
                                       Transactions transactions, Clock clock, Validator validator, DevicePolicy policy) {
        return create(new Ports(stores, gateway, people, policy), Runtime.of(clock, validator, transactions, events));
    }

    public RegisterDevice registerDevice() {
        return archive;
    }

    public ImportDevices importDevices() {
        return archive;
    }

    public ExportDevices exportDevices() {
        return archive;
    }

    public ScheduleInspections scheduleInspections() {
        return inspections;
    }

    public RecordInspection recordInspection() {
        return inspections;
    }

    public ListOverdueInspections listOverdueInspections() {
        return inspections;
    }

    public ReportFault reportFault() {
        return repairs;
    }

    public MoveRepair moveRepair() {
        return repairs;
    }

    public MeasureRepairs measureRepairs() {
        return repairs;
    }

    public RequestChange requestChange() {
        return changes;
    }

    public DecideChange decideChange() {
        return changes;
    }

    public ApplyChange applyChange() {
        return changes;
    }

    public RecordObservedChange recordObservedChange() {
        return changes;
    }

    public MonitorCameraHealth monitorCameraHealth() {
        return health;
    }

    public RecordServicing recordServicing() {
        return servicing;
    }
}
