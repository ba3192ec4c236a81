package io.watchfloor.devices;

import io.watchfloor.people.PersonId;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of a repair order's history (DEVICE-03), with its time and actor. Replaying the steps
 * ({@link RepairOrder#replay}) gives the order's state back.
 *
 * @param actor who did it, or {@code null} for a fault reported by the health monitor
 * @param technician the technician assigned, for {@code ASSIGN}
 * @param spare the spare put in, for {@code STAND_IN}
 * @param fault the fault report, for {@code REPORT}
 */
public record RepairStep(RepairAction action, Instant at, PersonId actor, PersonId technician, DeviceId spare,
                         FaultReportId fault, String note) {

    public RepairStep {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        note = note == null ? "" : note;
        if ((technician != null) != (action == RepairAction.ASSIGN)) {
            throw new IllegalArgumentException("an ASSIGN step names the technician, and only it");
        }
        if ((spare != null) != (action == RepairAction.STAND_IN)) {
            throw new IllegalArgumentException("a STAND_IN step names the spare, and only it");
        }
        if ((fault != null) != (action == RepairAction.REPORT)) {
            throw new IllegalArgumentException("a REPORT step names the fault report, and only it");
        }
        if (actor == null && action != RepairAction.REPORT) {
            throw new IllegalArgumentException("only a fault report may come without a person");
        }
    }
}
