package io.watchfloor.shifts.internal;

import io.watchfloor.shared.UnitOfWork;
import io.watchfloor.shifts.RotaPolicy;
import io.watchfloor.shifts.ShiftsStores;
import io.watchfloor.shifts.port.out.Staff;
import java.time.Clock;

/** The services of the shifts context, built together over the same ports. */
public final class ShiftsServices {

    private final RotaService rotas;
    private final DutyService duty;
    private final LeaveService leave;
    private final RecordsService records;

    public ShiftsServices(ShiftsStores stores, Staff staff, RotaPolicy policy, UnitOfWork unit, Clock clock) {
        Context ctx = new Context(stores, staff, policy, unit.events(), unit, clock, unit.validation());
        this.rotas = new RotaService(ctx);
        this.duty = new DutyService(ctx);
        this.leave = new LeaveService(ctx);
        this.records = new RecordsService(ctx, duty);
    }

    public RotaService rotas() {
        return rotas;
    }

    public DutyService duty() {
        return duty;
    }

    public LeaveService leave() {
        return leave;
    }

    public RecordsService records() {
        return records;
    }
}
