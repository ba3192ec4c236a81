package io.watchfloor.devices;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A request to move, re-aim, reconfigure or change the use of a device (DEVICE-04). It is approved
 * (by a shift leader or the centre head, never by the requester) before a technician applies it;
 * or rejected. Its state is always the replay of its history ({@link #replay}).
 */
public record ChangeRequest(ChangeRequestId id, DeviceId device, ChangeKind kind, ProposedChange proposal, String reason,
                            PersonId requestedBy, ChangeState state, List<ChangeStep> history, Version version) {

    /** The roles that may approve or reject a change. */
    public static final Set<Role> APPROVERS = Set.of(Role.SHIFT_LEADER, Role.CENTRE_HEAD);

    public ChangeRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(version, "version");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a change request gives its reason");
        }
        List<String> problems = proposal.problemsFor(kind);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the proposal does not fit " + kind.gerund() + " a device: " + String.join("; ", problems));
        }
        history = List.copyOf(history);
        if (history.isEmpty() || history.get(0).action() != ChangeAction.REQUEST) {
            throw new IllegalArgumentException("a change request's history starts with its request");
        }
    }

    /** The result of a step: the new state and the event it caused. */
    public record Moved(ChangeRequest request, DeviceEvent event) {
    }

    /** A new request. */
    public static ChangeRequest request(ChangeRequestId id, DeviceId device, ChangeKind kind, ProposedChange proposal, String reason,
                                        PersonId requestedBy, Instant at) {
        return new ChangeRequest(id, device, kind, proposal, reason, requestedBy, ChangeState.REQUESTED,
                List.of(new ChangeStep(ChangeAction.REQUEST, at, requestedBy, reason)), Version.NEW);
    }

    /** The request that {@code steps} lead to, checking every step; throws the violation of the first illegal one. */
    public static ChangeRequest replay(ChangeRequestId id, DeviceId device, ChangeKind kind, ProposedChange proposal, String reason,
                                       List<ChangeStep> steps) {
        if (steps.isEmpty() || steps.get(0).action() != ChangeAction.REQUEST) {
            throw new IllegalArgumentException("a change request's history starts with its request");
        }
        ChangeRequest request = new ChangeRequest(id, device, kind, proposal, reason, steps.get(0).actor(), ChangeState.REQUESTED,
                List.of(steps.get(0)), Version.NEW);
        for (ChangeStep step : steps.subList(1, steps.size())) {
            request = request.apply(step);
        }
        return request;
    }

    /** A shift leader or the centre head approves; never the requester. */
    public Moved approve(Person approver, Instant at, String note) {
        approver.requireAnyRole(APPROVERS, "approve a change to a device");
        return moved(new ChangeStep(ChangeAction.APPROVE, at, approver.id(), note));
    }

    /** A shift leader or the centre head rejects, with a reason. */
    public Moved reject(Person approver, Instant at, String why) {
        approver.requireAnyRole(APPROVERS, "reject a change to a device");
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("a rejection gives its reason");
        }
        return moved(new ChangeStep(ChangeAction.REJECT, at, approver.id(), why));
    }

    /** A technician applies the approved change. The device itself changes through {@link ProposedChange#applyTo}. */
    public Moved apply(Person technician, Instant at) {
        technician.requireRole(Role.TECHNICIAN, "apply a change to a device");
        return moved(new ChangeStep(ChangeAction.APPLY, at, technician.id(), ""));
    }

    private Moved moved(ChangeStep step) {
        ChangeRequest next = apply(step);
        DeviceEvent event = switch (step.action()) {
            case APPROVE -> new DeviceEvent.ChangeApproved(id, device, kind, step.actor(), step.at());
            case REJECT -> new DeviceEvent.ChangeRejected(id, device, kind, step.actor(), step.note(), step.at());
            case APPLY -> new DeviceEvent.ChangeApplied(id, device, kind, step.actor(), step.at());
            case REQUEST -> throw new IllegalStateException("a request is made once");
        };
        return new Moved(next, event);
    }

    /** This request after {@code step}, if it is legal now; throws DEVICE-04 otherwise. */
    public ChangeRequest apply(ChangeStep step) {
        Objects.requireNonNull(step, "step");
        ChangeStep last = history.get(history.size() - 1);
        if (step.at().isBefore(last.at())) {
            throw new IllegalArgumentException("a step at " + step.at() + " cannot come before the last one at " + last.at());
        }
        ChangeState next = switch (step.action()) {
            case REQUEST -> throw illegal(step, "it was already requested");
            case APPROVE, REJECT -> {
                if (state != ChangeState.REQUESTED) {
                    throw illegal(step, "only a request awaiting a decision can be " + (step.action() == ChangeAction.APPROVE ? "approved" : "rejected"));
                }
                if (step.actor().equals(requestedBy)) {
                    throw new RuleViolation("DEVICE-04", "change request " + id + " cannot be decided by the person who requested it");
                }
                yield step.action() == ChangeAction.APPROVE ? ChangeState.APPROVED : ChangeState.REJECTED;
            }
            case APPLY -> {
                if (state != ChangeState.APPROVED) {
                    throw illegal(step, "a change is applied only after it is approved");
                }
                yield ChangeState.APPLIED;
            }
        };
        List<ChangeStep> more = new ArrayList<>(history);
        more.add(step);
        return new ChangeRequest(id, device, kind, proposal, reason, requestedBy, next, more, version);
    }

    private RuleViolation illegal(ChangeStep step, String why) {
        return new RuleViolation("DEVICE-04", "change request " + id + " (" + kind.gerund() + " a device) is " + state.title()
                + ": it cannot be " + switch (step.action()) {
                    case REQUEST -> "requested again";
                    case APPROVE -> "approved";
                    case REJECT -> "rejected";
                    case APPLY -> "applied";
                } + ", because " + why);
    }

    /** When it was requested. */
    public Instant requestedAt() {
        return history.get(0).at();
    }

    /** When it was approved, if it was. */
    public Optional<Instant> approvedAt() {
        return at(ChangeAction.APPROVE);
    }

    /** When it was applied, if it was. */
    public Optional<Instant> appliedAt() {
        return at(ChangeAction.APPLY);
    }

    private Optional<Instant> at(ChangeAction action) {
        return history.stream().filter(s -> s.action() == action).map(ChangeStep::at).findFirst();
    }

    /** The same request as stored at {@code stored}; used by repository adapters only. */
    public ChangeRequest withVersion(Version stored) {
        return new ChangeRequest(id, device, kind, proposal, reason, requestedBy, state, history, stored);
    }
}
