package io.watchfloor.devices;

import io.watchfloor.people.PersonId;
import java.time.Instant;
import java.util.Objects;

/**
 * A servicing of a device (DEVICE-06): what was done, by which technician, when; a firmware upgrade
 * carries the version before and after. Append-only.
 *
 * @param firmwareFrom the version before a firmware upgrade, "" for other servicing
 * @param firmwareTo the version after a firmware upgrade, "" for other servicing
 */
public record ServiceRecord(ServiceRecordId id, DeviceId device, ServiceKind kind, PersonId technician, Instant at,
                            String description, String firmwareFrom, String firmwareTo) {

    public ServiceRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(at, "at");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a service record says what was done");
        }
        firmwareFrom = firmwareFrom == null ? "" : firmwareFrom.strip();
        firmwareTo = firmwareTo == null ? "" : firmwareTo.strip();
        if (kind == ServiceKind.FIRMWARE_UPGRADE) {
            if (firmwareTo.isEmpty()) {
                throw new IllegalArgumentException("a firmware upgrade records the version installed");
            }
            if (firmwareTo.equals(firmwareFrom)) {
                throw new IllegalArgumentException("a firmware upgrade changes the version, both are " + firmwareTo);
            }
        } else if (!firmwareFrom.isEmpty() || !firmwareTo.isEmpty()) {
            throw new IllegalArgumentException("only a firmware upgrade records firmware versions");
        }
    }
}
