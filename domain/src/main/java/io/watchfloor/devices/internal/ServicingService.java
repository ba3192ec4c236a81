package io.watchfloor.devices.internal;

import io.watchfloor.devices.Device;
import io.watchfloor.devices.DeviceEvent;
import io.watchfloor.devices.ServiceKind;
import io.watchfloor.devices.ServiceRecord;
import io.watchfloor.devices.ServiceRecordId;
import io.watchfloor.devices.port.in.RecordServicing;
import io.watchfloor.people.Role;
import io.watchfloor.shared.RuleViolation;
import java.time.Instant;
import java.util.Set;

/** Servicing and firmware records (DEVICE-06). */
public final class ServicingService implements RecordServicing {

    private final Ports ports;

    public ServicingService(Ports ports) {
        this.ports = ports;
    }

    @Override
    public ServiceRecord record(RecordServicing.Command command) {
        ports.validation().valid(command);
        return ports.transactions().inTransaction(() -> {
            ports.actor(command.technician(), Set.of(Role.TECHNICIAN), "record servicing");
            Device device = ports.devices().get(command.device());
            Instant at = ports.clock().instant();
            String from = command.firmwareFrom() == null ? "" : command.firmwareFrom().strip();
            String to = command.firmwareTo() == null ? "" : command.firmwareTo().strip();
            if (command.kind() == ServiceKind.FIRMWARE_UPGRADE && !from.equals(device.details().firmware())) {
                throw new RuleViolation("DEVICE-06", "device " + device.assetNumber() + " runs firmware "
                        + (device.details().firmware().isEmpty() ? "of no recorded version" : device.details().firmware())
                        + ", not " + (from.isEmpty() ? "no version" : from) + ": the upgrade must name the version it replaces");
            }
            ServiceRecord record = new ServiceRecord(ServiceRecordId.newId(), device.id(), command.kind(), command.technician(), at,
                    command.description().strip(), from, to);
            ports.servicing().add(record);
            ports.events().publish(new DeviceEvent.ServicingRecorded(record.id(), device.id(), record.kind(), at));
            if (command.kind() == ServiceKind.FIRMWARE_UPGRADE) {
                Device.Changed upgraded = device.revise(device.details().withFirmware(to), at, command.technician(),
                        "firmware upgrade " + (from.isEmpty() ? "" : from + " ") + "→ " + to);
                ports.devices().save(upgraded.device());
                ports.events().publish(upgraded.event());
                ports.events().publish(new DeviceEvent.FirmwareUpgraded(device.id(), from, to, at));
            }
            return record;
        });
    }
}
