package io.watchfloor.shifts;

import io.watchfloor.shifts.port.out.Attendances;
import io.watchfloor.shifts.port.out.CleaningRecords;
import io.watchfloor.shifts.port.out.DutyLog;
import io.watchfloor.shifts.port.out.Handovers;
import io.watchfloor.shifts.port.out.LeaveRequests;
import io.watchfloor.shifts.port.out.Rotas;
import io.watchfloor.shifts.port.out.WatchTours;
import java.util.Objects;

/** The stores of the shifts context, handed to {@link ShiftsModule#create} together. */
public record ShiftsStores(Rotas rotas, Attendances attendances, Handovers handovers, LeaveRequests leave, WatchTours tours,
                           DutyLog log, CleaningRecords cleaning) {

    public ShiftsStores {
        Objects.requireNonNull(rotas, "rotas");
        Objects.requireNonNull(attendances, "attendances");
        Objects.requireNonNull(handovers, "handovers");
        Objects.requireNonNull(leave, "leave");
        Objects.requireNonNull(tours, "tours");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(cleaning, "cleaning");
    }
}
