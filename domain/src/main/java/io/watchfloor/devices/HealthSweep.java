package io.watchfloor.devices;

import java.time.Instant;
import java.util.List;

/**
 * What one run of the health monitor did (DEVICE-05).
 *
 * @param checked how many cameras it checked
 * @param appeared problems that appeared, as events
 * @param cleared problems that cleared, as events
 * @param faults fault reports it raised for problems that persisted
 */
public record HealthSweep(Instant at, int checked, List<DeviceEvent.HealthProblemAppeared> appeared,
                          List<DeviceEvent.HealthProblemCleared> cleared, List<FaultReport> faults) {

    public HealthSweep {
        appeared = List.copyOf(appeared);
        cleared = List.copyOf(cleared);
        faults = List.copyOf(faults);
    }
}
