package io.watchfloor.devices;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.DomainEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What happens to devices. */
public sealed interface DeviceEvent extends DomainEvent {

    /** A device entered the archive (DEVICE-01); {@code camera} is null unless it is a camera. */
    record DeviceRegistered(DeviceId device, String assetNumber, DeviceType type, CameraId camera, Instant occurredAt) implements DeviceEvent {
    }

    /** A batch of imported rows entered the archive in one unit of work (DEVICE-01). */
    record DevicesImported(int devices, long firstLine, long lastLine, Instant occurredAt) implements DeviceEvent {
    }

    /** Fields of a device changed, for a reason; the history holds the values (DEVICE-01). */
    record DeviceChanged(DeviceId device, List<String> fields, String reason, Instant occurredAt) implements DeviceEvent {
        public DeviceChanged {
            fields = List.copyOf(fields);
        }
    }

    /** An inspection was recorded (DEVICE-02). */
    record InspectionRecorded(InspectionId inspection, DeviceId device, boolean passed, List<String> failedItems, Instant occurredAt)
            implements DeviceEvent {
        public InspectionRecorded {
            failedItems = List.copyOf(failedItems);
        }
    }

    /** A fault was reported and joined a repair order (DEVICE-03). */
    record FaultReported(FaultReportId fault, DeviceId device, RepairOrderId order, Set<Symptom> symptoms, FaultSource source,
                         Instant occurredAt) implements DeviceEvent {
        public FaultReported {
            symptoms = Set.copyOf(symptoms);
        }
    }

    /** A repair order took a step (DEVICE-03); {@code actor} is null for a report by the health monitor. */
    record RepairOrderMoved(RepairOrderId order, DeviceId device, RepairAction action, RepairState state, PersonId actor,
                            Instant occurredAt) implements DeviceEvent {
    }

    /** A change to a device was requested (DEVICE-04). */
    record ChangeRequested(ChangeRequestId request, DeviceId device, ChangeKind kind, PersonId by, Instant occurredAt) implements DeviceEvent {
    }

    /** A change request was approved (DEVICE-04). */
    record ChangeApproved(ChangeRequestId request, DeviceId device, ChangeKind kind, PersonId by, Instant occurredAt) implements DeviceEvent {
    }

    /** A change request was rejected (DEVICE-04). */
    record ChangeRejected(ChangeRequestId request, DeviceId device, ChangeKind kind, PersonId by, String reason, Instant occurredAt)
            implements DeviceEvent {
    }

    /** An approved change was applied to the device (DEVICE-04). */
    record ChangeApplied(ChangeRequestId request, DeviceId device, ChangeKind kind, PersonId by, Instant occurredAt) implements DeviceEvent {
    }

    /** A change was seen without an approved request and recorded as a violation (DEVICE-04). */
    record UnapprovedChangeObserved(ChangeViolationId violation, DeviceId device, ChangeKind kind, Instant occurredAt) implements DeviceEvent {
    }

    /** The health monitor found a new problem (DEVICE-05). */
    record HealthProblemAppeared(DeviceId device, CameraId camera, HealthProblem problem, String detail, Instant occurredAt)
            implements DeviceEvent {
    }

    /** A problem the health monitor had found is gone (DEVICE-05). */
    record HealthProblemCleared(DeviceId device, CameraId camera, HealthProblem problem, Duration lasted, Instant occurredAt)
            implements DeviceEvent {
    }

    /** A device was serviced (DEVICE-06). */
    record ServicingRecorded(ServiceRecordId record, DeviceId device, ServiceKind kind, Instant occurredAt) implements DeviceEvent {
    }

    /** A device's firmware was upgraded (DEVICE-06). */
    record FirmwareUpgraded(DeviceId device, String from, String to, Instant occurredAt) implements DeviceEvent {
    }
}
