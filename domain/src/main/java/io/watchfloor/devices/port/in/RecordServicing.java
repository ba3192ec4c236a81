package io.watchfloor.devices.port.in;

import io.watchfloor.devices.DeviceId;
import io.watchfloor.devices.ServiceKind;
import io.watchfloor.devices.ServiceRecord;
import io.watchfloor.people.PersonId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Records a servicing by a technician (DEVICE-06). A firmware upgrade names the version it replaced
 * (which must be the one the archive says the device runs) and the version installed; the device's
 * firmware and history change with it.
 */
public interface RecordServicing {

    /** Records it and returns it. */
    ServiceRecord record(Command command);

    /**
     * @param firmwareFrom for a firmware upgrade, the version replaced ("" when none was known)
     * @param firmwareTo for a firmware upgrade, the version installed
     */
    record Command(@NotNull PersonId technician, @NotNull DeviceId device, @NotNull ServiceKind kind,
                   @NotBlank @Size(max = 2000) String description, @Size(max = 64) String firmwareFrom, @Size(max = 64) String firmwareTo) {

        /** Checked as the property {@code firmwareTo}. */
        @AssertTrue(message = "a firmware upgrade names the new version, different from the old; other servicing names none")
        public boolean isFirmwareTo() {
            if (kind == null) {
                return true;
            }
            boolean hasTo = firmwareTo != null && !firmwareTo.isBlank();
            boolean hasFrom = firmwareFrom != null && !firmwareFrom.isBlank();
            if (kind == ServiceKind.FIRMWARE_UPGRADE) {
                return hasTo && !firmwareTo.strip().equals(hasFrom ? firmwareFrom.strip() : "");
            }
            return !hasTo && !hasFrom;
        }
    }
}
