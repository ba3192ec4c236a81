package io.watchfloor.devices;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A repair order (DEVICE-03): opened by a fault report, it runs reported → assigned → in repair →
 * repaired → verified, each step with its time and actor; a failed verification sends it back into
 * repair, and a spare may stand in meanwhile. Only technicians move a repair: operators report and
 * never repair. Its state is always the replay of its history ({@link #replay}).
 *
 * @param technician the technician assigned, or {@code null} before one is
 * @param spare the spare standing in, or {@code null}
 * @param faults the fault reports this order repairs, oldest first
 */
public record RepairOrder(RepairOrderId id, DeviceId device, DeviceType deviceType, RepairState state, PersonId technician,
                          DeviceId spare, List<FaultReportId> faults, List<RepairStep> history, Version version) {

    public RepairOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(deviceType, "deviceType");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(version, "version");
        faults = List.copyOf(faults);
        history = List.copyOf(history);
        if (faults.isEmpty() || history.isEmpty()) {
            throw new IllegalArgumentException("a repair order starts with a fault report");
        }
    }

    /** The result of a step: the new state and the event it caused. */
    public record Moved(RepairOrder order, DeviceEvent event) {
    }

    /** A new order for {@code fault}. */
    public static RepairOrder open(RepairOrderId id, FaultReport fault, DeviceType type) {
        RepairStep first = new RepairStep(RepairAction.REPORT, fault.reportedAt(), fault.reportedBy(), null, null, fault.id(), fault.description());
        return new RepairOrder(id, fault.device(), type, RepairState.REPORTED, null, null, List.of(fault.id()), List.of(first), Version.NEW);
    }

    /**
     * The order that {@code steps} lead to, checking every transition; throws the rule violation of
     * the first illegal step. The first step must be a {@code REPORT}.
     */
    public static RepairOrder replay(RepairOrderId id, DeviceId device, DeviceType type, List<RepairStep> steps) {
        if (steps.isEmpty() || steps.get(0).action() != RepairAction.REPORT) {
            throw new IllegalArgumentException("a repair order's history starts with a fault report");
        }
        RepairStep first = steps.get(0);
        RepairOrder order = new RepairOrder(id, device, type, RepairState.REPORTED, null, null, List.of(first.fault()), List.of(first), Version.NEW);
        for (RepairStep step : steps.subList(1, steps.size())) {
            order = order.apply(step);
        }
        return order;
    }

    /** Another fault report on the same device joins this open order. */
    public Moved link(FaultReport fault) {
        if (!fault.device().equals(device)) {
            throw new IllegalArgumentException("fault " + fault.id() + " is about another device");
        }
        return moved(new RepairStep(RepairAction.REPORT, fault.reportedAt(), fault.reportedBy(), null, null, fault.id(), fault.description()));
    }

    /** {@code actor} assigns (or reassigns) the repair to {@code assignee}; both must be technicians. */
    public Moved assign(Person actor, Person assignee, Instant at) {
        requireTechnician(actor, "assign a repair");
        if (!assignee.hasRole(Role.TECHNICIAN)) {
            throw new RuleViolation("DEVICE-03", "repair order " + id + " cannot go to " + assignee.name()
                    + ": repairs go to a technician");
        }
        return moved(new RepairStep(RepairAction.ASSIGN, at, actor.id(), assignee.id(), null, null, ""));
    }

    /** The assigned technician starts the repair. */
    public Moved start(Person actor, Instant at) {
        requireAssigned(actor, "start");
        return moved(new RepairStep(RepairAction.START, at, actor.id(), null, null, null, ""));
    }

    /** The assigned technician reports the repair done. */
    public Moved finish(Person actor, Instant at, String note) {
        requireAssigned(actor, "finish");
        return moved(new RepairStep(RepairAction.FINISH, at, actor.id(), null, null, null, note));
    }

    /** A technician finds the repair did not hold: back into repair, with the reason. */
    public Moved reject(Person actor, Instant at, String reason) {
        requireTechnician(actor, "reject a repair");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a failed verification says why");
        }
        return moved(new RepairStep(RepairAction.REJECT, at, actor.id(), null, null, null, reason));
    }

    /** A technician verifies the repair: the order is closed. */
    public Moved verify(Person actor, Instant at) {
        requireTechnician(actor, "verify a repair");
        return moved(new RepairStep(RepairAction.VERIFY, at, actor.id(), null, null, null, ""));
    }

    /** A technician puts {@code spareDevice} in to stand in for the faulty device. */
    public Moved standIn(Person actor, DeviceId spareDevice, Instant at) {
        requireTechnician(actor, "put in a spare");
        return moved(new RepairStep(RepairAction.STAND_IN, at, actor.id(), null, spareDevice, null, ""));
    }

    private void requireTechnician(Person actor, String what) {
        if (!actor.hasRole(Role.TECHNICIAN)) {
            throw new RuleViolation("DEVICE-03", actor.name() + " may not " + what + ": only technicians move a repair"
                    + (actor.hasRole(Role.OPERATOR) ? ", and operators report faults and never repair" : ""));
        }
    }

    private void requireAssigned(Person actor, String what) {
        requireTechnician(actor, what + " a repair");
        if (technician != null && !technician.equals(actor.id())) {
            throw new RuleViolation("DEVICE-03", actor.name() + " may not " + what + " repair order " + id
                    + ": it is assigned to another technician");
        }
    }

    private Moved moved(RepairStep step) {
        RepairOrder next = apply(step);
        return new Moved(next, new DeviceEvent.RepairOrderMoved(id, device, step.action(), next.state, step.actor(), step.at()));
    }

    /** This order after {@code step}, if the step is legal in the current state; throws DEVICE-03 otherwise. */
    public RepairOrder apply(RepairStep step) {
        Objects.requireNonNull(step, "step");
        RepairStep last = history.get(history.size() - 1);
        if (step.at().isBefore(last.at())) {
            throw new IllegalArgumentException("a step at " + step.at() + " cannot come before the last one at " + last.at());
        }
        if (state == RepairState.VERIFIED) {
            throw illegal(step, "it is verified and closed");
        }
        RepairState nextState = state;
        PersonId nextTechnician = technician;
        DeviceId nextSpare = spare;
        List<FaultReportId> nextFaults = faults;
        switch (step.action()) {
            case REPORT -> {
                if (faults.contains(step.fault())) {
                    throw new IllegalArgumentException("fault " + step.fault() + " is already on repair order " + id);
                }
                nextFaults = new ArrayList<>(faults);
                nextFaults.add(step.fault());
            }
            case ASSIGN -> {
                if (state != RepairState.REPORTED && state != RepairState.ASSIGNED) {
                    throw illegal(step, "a repair can only be assigned before it starts");
                }
                nextState = RepairState.ASSIGNED;
                nextTechnician = step.technician();
            }
            case START -> {
                if (state != RepairState.ASSIGNED) {
                    throw illegal(step, "only an assigned repair can start");
                }
                requireBy(step);
                nextState = RepairState.IN_REPAIR;
            }
            case FINISH -> {
                if (state != RepairState.IN_REPAIR) {
                    throw illegal(step, "only a repair in progress can be finished");
                }
                requireBy(step);
                nextState = RepairState.REPAIRED;
            }
            case REJECT -> {
                if (state != RepairState.REPAIRED) {
                    throw illegal(step, "only a finished repair can fail its verification");
                }
                nextState = RepairState.IN_REPAIR;
            }
            case VERIFY -> {
                if (state != RepairState.REPAIRED) {
                    throw illegal(step, "only a finished repair can be verified");
                }
                nextState = RepairState.VERIFIED;
            }
            case STAND_IN -> {
                if (spare != null) {
                    throw illegal(step, "spare " + spare + " already stands in");
                }
                if (step.spare().equals(device)) {
                    throw illegal(step, "a device cannot stand in for itself");
                }
                nextSpare = step.spare();
            }
            default -> throw new IllegalStateException("unknown action " + step.action());
        }
        List<RepairStep> more = new ArrayList<>(history);
        more.add(step);
        return new RepairOrder(id, device, deviceType, nextState, nextTechnician, nextSpare, nextFaults, more, version);
    }

    private void requireBy(RepairStep step) {
        if (!step.actor().equals(technician)) {
            throw new RuleViolation("DEVICE-03", "repair order " + id + " is assigned to another technician than " + step.actor());
        }
    }

    private RuleViolation illegal(RepairStep step, String why) {
        return new RuleViolation("DEVICE-03", "repair order " + id + " is " + state.title() + ": it cannot take the step "
                + step.action().name().toLowerCase().replace('_', ' ') + ", because " + why);
    }

    /** When the first fault was reported. */
    public Instant reportedAt() {
        return history.get(0).at();
    }

    /** When the repair was last finished, if it was. */
    public Optional<Instant> repairedAt() {
        Instant at = null;
        for (RepairStep step : history) {
            if (step.action() == RepairAction.FINISH) {
                at = step.at();
            }
        }
        return Optional.ofNullable(at);
    }

    /** When it was verified, if it was. */
    public Optional<Instant> verifiedAt() {
        return history.stream().filter(s -> s.action() == RepairAction.VERIFY).map(RepairStep::at).findFirst();
    }

    /** Time to repair: from the first fault report to the verified repair's last finish; present once verified. */
    public Optional<Duration> timeToRepair() {
        if (state != RepairState.VERIFIED) {
            return Optional.empty();
        }
        return repairedAt().map(done -> Duration.between(reportedAt(), done));
    }

    /** Whether the order is still open. */
    public boolean isOpen() {
        return state.isOpen();
    }

    /** The same order as stored at {@code stored}; used by repository adapters only. */
    public RepairOrder withVersion(Version stored) {
        return new RepairOrder(id, device, deviceType, state, technician, spare, faults, history, stored);
    }
}
