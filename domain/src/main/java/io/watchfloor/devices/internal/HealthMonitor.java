package io.watchfloor.devices.internal;

import io.watchfloor.devices.CameraEndpoint;
import io.watchfloor.devices.ChangeKind;
import io.watchfloor.devices.ClockReading;
import io.watchfloor.devices.Device;
import io.watchfloor.devices.DeviceEvent;
import io.watchfloor.devices.DeviceHealth;
import io.watchfloor.devices.DeviceStatus;
import io.watchfloor.devices.DeviceType;
import io.watchfloor.devices.FaultReport;
import io.watchfloor.devices.FaultSource;
import io.watchfloor.devices.GatewayError;
import io.watchfloor.devices.GatewayResult;
import io.watchfloor.devices.HealthProblem;
import io.watchfloor.devices.HealthSweep;
import io.watchfloor.devices.PictureProblem;
import io.watchfloor.devices.PictureState;
import io.watchfloor.devices.StorageCondition;
import io.watchfloor.devices.StorageState;
import io.watchfloor.devices.StreamState;
import io.watchfloor.devices.Symptom;
import io.watchfloor.devices.port.in.MonitorCameraHealth;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The health monitor (DEVICE-05): observations through the gateway become health changes, events and fault reports. */
public final class HealthMonitor implements MonitorCameraHealth {

    private final Ports ports;
    private final RepairService repairs;
    private final ChangeService changes;

    public HealthMonitor(Ports ports, RepairService repairs, ChangeService changes) {
        this.ports = ports;
        this.repairs = repairs;
        this.changes = changes;
    }

    /** What one check found and did. */
    private record Outcome(DeviceHealth health, List<DeviceEvent.HealthProblemAppeared> appeared,
                           List<DeviceEvent.HealthProblemCleared> cleared, List<FaultReport> faults) {
    }

    @Override
    public HealthSweep sweep() {
        Instant at = ports.clock().instant();
        List<DeviceEvent.HealthProblemAppeared> appeared = new ArrayList<>();
        List<DeviceEvent.HealthProblemCleared> cleared = new ArrayList<>();
        List<FaultReport> faults = new ArrayList<>();
        int checked = 0;
        for (Device device : ports.devices().ofType(DeviceType.CAMERA)) {
            if (!device.isInstalled() || device.endpoint().isEmpty()) {
                continue;
            }
            Outcome outcome = checkOne(device.id());
            checked++;
            appeared.addAll(outcome.appeared());
            cleared.addAll(outcome.cleared());
            faults.addAll(outcome.faults());
        }
        return new HealthSweep(at, checked, appeared, cleared, faults);
    }

    @Override
    public DeviceHealth check(MonitorCameraHealth.Command command) {
        ports.validation().valid(command);
        Device device = ports.devices().get(command.device());
        if (device.endpoint().isEmpty()) {
            throw Ports.invalid(command, "device", device.assetNumber() + " is not a camera with a network address");
        }
        return checkOne(command.device()).health();
    }

    private Outcome checkOne(io.watchfloor.devices.DeviceId id) {
        Device device = ports.devices().get(id);
        CameraEndpoint endpoint = device.endpoint().orElseThrow();
        Map<HealthProblem, String> found = observe(endpoint);
        return ports.transactions().inTransaction(() -> apply(device, found));
    }

    /** Asks the gateway; never throws for what the camera does. */
    private Map<HealthProblem, String> observe(CameraEndpoint camera) {
        Map<HealthProblem, String> found = new EnumMap<>(HealthProblem.class);
        GatewayResult<Duration> ping = ports.gateway().ping(camera);
        if (ping.failure().isPresent()) {
            failure(found, ping.failure().get());
            return found;
        }
        GatewayResult<ClockReading> clock = ports.gateway().clock(camera);
        clock.answer().ifPresent(reading -> {
            Duration drift = reading.drift();
            if (drift.abs().compareTo(ports.policy().maxClockDrift()) > 0) {
                found.put(HealthProblem.CLOCK_DRIFT, "clock " + (drift.isNegative() ? "behind" : "ahead") + " by "
                        + seconds(drift.abs()) + ", more than the " + seconds(ports.policy().maxClockDrift()) + " allowed");
            }
        });
        clock.failure().ifPresent(e -> failure(found, e));
        GatewayResult<StreamState> stream = ports.gateway().stream(camera);
        stream.answer().filter(s -> !s.available()).ifPresent(s -> found.put(HealthProblem.STREAM_UNAVAILABLE,
                s.detail().isBlank() ? "the main stream does not play" : s.detail()));
        stream.failure().ifPresent(e -> failure(found, e));
        GatewayResult<PictureState> picture = ports.gateway().picture(camera);
        picture.answer().filter(p -> !p.isGood()).ifPresent(p -> found.put(HealthProblem.ABNORMAL_PICTURE,
                p.problems().stream().map(x -> x.name().toLowerCase().replace('_', ' ')).sorted().collect(Collectors.joining(", "))));
        picture.failure().ifPresent(e -> failure(found, e));
        GatewayResult<StorageState> storage = ports.gateway().storage(camera);
        storage.answer().ifPresent(s -> {
            if (s.condition() == StorageCondition.FAILED || s.condition() == StorageCondition.FULL) {
                found.put(HealthProblem.STORAGE_FAILED, "storage " + s.condition().name().toLowerCase());
            } else if (s.condition() == StorageCondition.OK && s.freePercent() < ports.policy().minFreeStoragePercent()) {
                found.put(HealthProblem.STORAGE_LOW, s.freePercent() + " % free, less than " + ports.policy().minFreeStoragePercent() + " %");
            }
        });
        storage.failure().ifPresent(e -> failure(found, e));
        return found;
    }

    private static void failure(Map<HealthProblem, String> found, GatewayError error) {
        if (error instanceof GatewayError.NotSupported) {
            return;
        }
        HealthProblem problem = error.meansOffline() ? HealthProblem.OFFLINE : HealthProblem.NOT_MANAGEABLE;
        found.putIfAbsent(problem, error.detail());
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private Outcome apply(Device device, Map<HealthProblem, String> found) {
        Instant now = ports.clock().instant();
        DeviceHealth before = ports.health().find(device.id()).orElse(DeviceHealth.unseen(device.id(), now));
        Map<HealthProblem, DeviceHealth.Ongoing> next = new EnumMap<>(HealthProblem.class);
        List<DeviceEvent.HealthProblemAppeared> appeared = new ArrayList<>();
        List<DeviceEvent.HealthProblemCleared> cleared = new ArrayList<>();
        found.forEach((problem, detail) -> {
            DeviceHealth.Ongoing was = before.problems().get(problem);
            if (was == null) {
                next.put(problem, new DeviceHealth.Ongoing(now, detail, false));
                appeared.add(new DeviceEvent.HealthProblemAppeared(device.id(), device.camera(), problem, detail, now));
            } else {
                next.put(problem, new DeviceHealth.Ongoing(was.since(), detail, was.faultReported()));
            }
        });
        before.problems().forEach((problem, was) -> {
            if (!found.containsKey(problem)) {
                cleared.add(new DeviceEvent.HealthProblemCleared(device.id(), device.camera(), problem, Duration.between(was.since(), now), now));
            }
        });
        appeared.forEach(ports.events()::publish);
        cleared.forEach(ports.events()::publish);
        List<FaultReport> faults = new ArrayList<>();
        Set<HealthProblem> persisted = EnumSet.noneOf(HealthProblem.class);
        next.forEach((problem, ongoing) -> {
            if (!ongoing.faultReported() && !Duration.between(ongoing.since(), now).minus(ports.policy().faultAfter()).isNegative()) {
                persisted.add(problem);
            }
        });
        if (!persisted.isEmpty()) {
            DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone());
            String description = "health monitor: " + persisted.stream()
                    .map(p -> p.title() + " since " + when.format(next.get(p).since()) + " (" + next.get(p).detail() + ")")
                    .collect(Collectors.joining("; "));
            Set<Symptom> symptoms = persisted.stream().map(HealthProblem::symptom).collect(Collectors.toCollection(() -> EnumSet.noneOf(Symptom.class)));
            faults.add(repairs.file(device.id(), symptoms, description, FaultSource.HEALTH_MONITOR, null).report());
            persisted.forEach(p -> next.put(p, new DeviceHealth.Ongoing(next.get(p).since(), next.get(p).detail(), true)));
        }
        if (appeared.stream().anyMatch(a -> a.problem() == HealthProblem.ABNORMAL_PICTURE && a.detail().contains(
                PictureProblem.SCENE_CHANGED.name().toLowerCase().replace('_', ' ')))) {
            changes.observe(device.id(), ChangeKind.REAIM, "the camera's picture analysis saw its scene change", null);
        }
        DeviceHealth stored = ports.health().save(new DeviceHealth(device.id(), now, next, before.version()));
        return new Outcome(stored, appeared, cleared, faults);
    }

    private ZoneId zone() {
        return ports.clock().getZone();
    }

}
