package io.watchfloor.shifts;

import io.watchfloor.people.port.out.DutyRoster;
import io.watchfloor.shared.Runtime;
import io.watchfloor.shared.port.out.EventSink;
import io.watchfloor.shared.port.out.Transactions;
import io.watchfloor.shifts.internal.ShiftsServices;
import io.watchfloor.shifts.port.in.ApproveExtension;
import io.watchfloor.shifts.port.in.AssignShift;
import io.watchfloor.shifts.port.in.CheckIn;
import io.watchfloor.shifts.port.in.CheckOut;
import io.watchfloor.shifts.port.in.CreateRota;
import io.watchfloor.shifts.port.in.DecideLeave;
import io.watchfloor.shifts.port.in.ExportDutyLog;
import io.watchfloor.shifts.port.in.FindCoverageGaps;
import io.watchfloor.shifts.port.in.FindOnDuty;
import io.watchfloor.shifts.port.in.FindTourGaps;
import io.watchfloor.shifts.port.in.PublishRota;
import io.watchfloor.shifts.port.in.RecordCleaning;
import io.watchfloor.shifts.port.in.RecordWatchTour;
import io.watchfloor.shifts.port.in.RemindUpcomingShifts;
import io.watchfloor.shifts.port.in.ReportAttendance;
import io.watchfloor.shifts.port.in.RequestLeave;
import io.watchfloor.shifts.port.in.SignHandover;
import io.watchfloor.shifts.port.in.SubstituteOnPost;
import io.watchfloor.shifts.port.in.SuggestRota;
import io.watchfloor.shifts.port.in.SwapShifts;
import io.watchfloor.shifts.port.in.WatchForRelief;
import io.watchfloor.shifts.port.in.WriteDutyLog;
import io.watchfloor.shifts.port.in.WriteHandover;
import io.watchfloor.shifts.port.out.Staff;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Objects;

/**
 * Wires the duty-shift use cases by hand:
 * {@code ShiftsModule.create(new ShiftsModule.Ports(stores, staff, policy), runtime)}; hand
 * {@link #dutyRoster()} to the people context so escalations reach the shift leader on duty (PEOPLE-03).
 */
public final class ShiftsModule {

    private final ShiftsServices services;
    private final RotaPolicy policy;

    private ShiftsModule(ShiftsServices services, RotaPolicy policy) {
        this.services = services;
        this.policy = policy;
    }

    /**
     * What the shifts context runs on, and the policy it works under.
     *
     * @param staff the staff records, to check who may do what (people context)
     */
    public record Ports(ShiftsStores stores, Staff staff, RotaPolicy policy) {
        public Ports {
            Objects.requireNonNull(stores, "stores");
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(policy, "policy");
        }
    }

    /** The shifts context over {@code ports}, running on {@code runtime}. */
    public static ShiftsModule create(Ports ports, Runtime runtime) {
        return new ShiftsModule(new ShiftsServices(ports.stores(), ports.staff(), ports.policy(), runtime.unitOfWork(), runtime.clock()),
                ports.policy());
    }

    /**
     * The shifts context over the given ports, under {@code policy}.
     *
     * @deprecated use {@link #create(Ports, Runtime)}.
     */
    @Deprecated(forRemoval = true)
    public static ShiftsModule create(ShiftsStores stores, Staff staff, RotaPolicy policy, EventSink events, Transactions transactions,
                                      Clock clock, Validator validator) {
        return create(new Ports(stores, staff, policy), Runtime.of(clock, validator, transactions, events));
    }

    /** The policy the module works under. */
    public RotaPolicy policy() {
        return policy;
    }

    public CreateRota createRota() {
        return services.rotas();
    }

    public AssignShift assignShift() {
        return services.rotas();
    }

    public ApproveExtension approveExtension() {
        return services.rotas();
    }

    public FindCoverageGaps findCoverageGaps() {
        return services.rotas();
    }

    public PublishRota publishRota() {
        return services.rotas();
    }

    public SuggestRota suggestRota() {
        return services.rotas();
    }

    public SubstituteOnPost substituteOnPost() {
        return services.rotas();
    }

    public SwapShifts swapShifts() {
        return services.rotas();
    }

    public RemindUpcomingShifts remindUpcomingShifts() {
        return services.rotas();
    }

    public CheckIn checkIn() {
        return services.duty();
    }

    public CheckOut checkOut() {
        return services.duty();
    }

    public WriteHandover writeHandover() {
        return services.duty();
    }

    public SignHandover signHandover() {
        return services.duty();
    }

    public WatchForRelief watchForRelief() {
        return services.duty();
    }

    public FindOnDuty findOnDuty() {
        return services.duty();
    }

    public RecordCleaning recordCleaning() {
        return services.duty();
    }

    public RequestLeave requestLeave() {
        return services.leave();
    }

    public DecideLeave decideLeave() {
        return services.leave();
    }

    public RecordWatchTour recordWatchTour() {
        return services.records();
    }

    public FindTourGaps findTourGaps() {
        return services.records();
    }

    public WriteDutyLog writeDutyLog() {
        return services.records();
    }

    public ExportDutyLog exportDutyLog() {
        return services.records();
    }

    public ReportAttendance reportAttendance() {
        return services.records();
    }

    /** The people context's duty roster, answered by this context's rotas (PEOPLE-03). */
    public DutyRoster dutyRoster() {
        return new ShiftLeaderRoster(findOnDuty());
    }
}
