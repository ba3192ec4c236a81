package io.watchfloor.devices;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A device in the archive (DEVICE-01): its {@link DeviceDetails}, its status and its full change
 * history. A camera also carries the {@link CameraId} by which recordings and access name it.
 * Immutable: every change returns the new state with the history entry and event it caused.
 *
 * @param camera the camera's id across contexts; present exactly when the device is a camera
 * @param standingInFor the faulty device a spare stands in for; present exactly when {@code STANDING_IN}
 * @param history every change since registration, oldest first; never edited
 */
public record Device(DeviceId id, CameraId camera, DeviceDetails details, DeviceStatus status, DeviceId standingInFor,
                     List<DeviceChange> history, Version version) {

    public Device {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(version, "version");
        if ((camera != null) != (details.type() == DeviceType.CAMERA)) {
            throw new IllegalArgumentException("a camera device has a camera id, and only a camera device: " + details.assetNumber());
        }
        if ((standingInFor != null) != (status == DeviceStatus.STANDING_IN)) {
            throw new IllegalArgumentException("a device standing in names the device it stands in for, and only then: " + details.assetNumber());
        }
        history = List.copyOf(history);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a device's history starts with its registration");
        }
    }

    /** The result of a change: the new state, its history entry and the event it caused. */
    public record Changed(Device device, DeviceEvent event) {
    }

    /**
     * A device entering the archive, in service or as a spare, with a new camera id when it is a camera.
     *
     * @param camera the camera id to keep (from an archive being imported), or {@code null} for a new one
     */
    public static Device register(DeviceId id, CameraId camera, DeviceDetails details, boolean spare, Instant at, PersonId actor) {
        CameraId cameraId = details.type() == DeviceType.CAMERA ? (camera != null ? camera : CameraId.newId()) : null;
        DeviceStatus status = spare ? DeviceStatus.SPARE : DeviceStatus.IN_SERVICE;
        List<DeviceChange.FieldChange> fields = new ArrayList<>();
        details.asText().forEach((field, value) -> fields.add(new DeviceChange.FieldChange(field, "", value)));
        fields.add(new DeviceChange.FieldChange("status", "", status.name()));
        return new Device(id, cameraId, details, status, null, List.of(new DeviceChange(at, actor, fields, "registered")), Version.NEW);
    }

    /** The asset number. */
    public String assetNumber() {
        return details.assetNumber();
    }

    /** The type. */
    public DeviceType type() {
        return details.type();
    }

    /** The camera id, when this is a camera. */
    public Optional<CameraId> cameraId() {
        return Optional.ofNullable(camera);
    }

    /** Where the gateway reaches this camera, when it is a camera with a network address. */
    public Optional<CameraEndpoint> endpoint() {
        if (camera == null || details.address() == null) {
            return Optional.empty();
        }
        return Optional.of(new CameraEndpoint(camera, details.address(), details.credentials()));
    }

    /** When it entered the archive. */
    public Instant registeredAt() {
        return history.get(0).at();
    }

    /** Whether it is in use: in service, faulty but installed, or standing in. */
    public boolean isInstalled() {
        return status == DeviceStatus.IN_SERVICE || status == DeviceStatus.FAULTY || status == DeviceStatus.STANDING_IN;
    }

    /** The archive details changed, for a reason; fails when nothing would change. */
    public Changed revise(DeviceDetails next, Instant at, PersonId actor, String reason) {
        Objects.requireNonNull(next, "next");
        if (!next.assetNumber().equals(details.assetNumber()) || next.type() != details.type()) {
            throw new IllegalArgumentException("a device keeps its asset number and type");
        }
        List<DeviceChange.FieldChange> fields = diff(details.asText(), next.asText());
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("the change leaves device " + assetNumber() + " as it is");
        }
        return changed(next, status, standingInFor, fields, at, actor, reason);
    }

    /** A fault was reported: the device is faulty until its repair is verified. */
    public Changed markFaulty(Instant at, PersonId actor, String reason) {
        if (status == DeviceStatus.FAULTY) {
            throw new IllegalStateException("device " + assetNumber() + " is already faulty");
        }
        return withStatus(DeviceStatus.FAULTY, standingInFor, at, actor, reason);
    }

    /** Its repair was verified: back in service. */
    public Changed restore(Instant at, PersonId actor, String reason) {
        if (status != DeviceStatus.FAULTY) {
            throw new IllegalStateException("device " + assetNumber() + " is not faulty");
        }
        return withStatus(DeviceStatus.IN_SERVICE, null, at, actor, reason);
    }

    /** A spare starts standing in for {@code faulty} (DEVICE-03). */
    public Changed standIn(Device faulty, Instant at, PersonId actor) {
        if (status != DeviceStatus.SPARE) {
            throw new RuleViolation("DEVICE-03", "device " + assetNumber() + " is " + status.name().toLowerCase().replace('_', ' ')
                    + ", not a spare: it cannot stand in for " + faulty.assetNumber());
        }
        if (faulty.type() != type()) {
            throw new RuleViolation("DEVICE-03", "spare " + assetNumber() + " is a " + type().title() + " and cannot stand in for "
                    + faulty.type().title() + " " + faulty.assetNumber());
        }
        return withStatus(DeviceStatus.STANDING_IN, faulty.id(), at, actor, "stands in for " + faulty.assetNumber());
    }

    /** The device it stood in for is repaired: back to the spares. */
    public Changed returnToSpares(Instant at, PersonId actor, String reason) {
        if (status != DeviceStatus.STANDING_IN) {
            throw new IllegalStateException("device " + assetNumber() + " is not standing in");
        }
        return withStatus(DeviceStatus.SPARE, null, at, actor, reason);
    }

    private Changed withStatus(DeviceStatus next, DeviceId standIn, Instant at, PersonId actor, String reason) {
        List<DeviceChange.FieldChange> fields = new ArrayList<>();
        fields.add(new DeviceChange.FieldChange("status", status.name(), next.name()));
        if (!Objects.equals(standIn, standingInFor)) {
            fields.add(new DeviceChange.FieldChange("standingInFor", Objects.toString(standingInFor, ""), Objects.toString(standIn, "")));
        }
        return changed(details, next, standIn, fields, at, actor, reason);
    }

    private Changed changed(DeviceDetails next, DeviceStatus nextStatus, DeviceId standIn, List<DeviceChange.FieldChange> fields,
                            Instant at, PersonId actor, String reason) {
        Objects.requireNonNull(at, "at");
        if (at.isBefore(history.get(history.size() - 1).at())) {
            throw new IllegalArgumentException("a change at " + at + " cannot come before the last one at " + history.get(history.size() - 1).at());
        }
        DeviceChange entry = new DeviceChange(at, actor, fields, reason);
        List<DeviceChange> more = new ArrayList<>(history);
        more.add(entry);
        Device after = new Device(id, camera, next, nextStatus, standIn, more, version);
        return new Changed(after, new DeviceEvent.DeviceChanged(id, fields.stream().map(DeviceChange.FieldChange::field).toList(), reason, at));
    }

    private static List<DeviceChange.FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        List<DeviceChange.FieldChange> fields = new ArrayList<>();
        after.forEach((field, value) -> {
            String old = before.get(field);
            if (!Objects.equals(old, value)) {
                fields.add(new DeviceChange.FieldChange(field, old, value));
            }
        });
        return fields;
    }

    /** The same device as stored at {@code stored}; used by repository adapters only. */
    public Device withVersion(Version stored) {
        return new Device(id, camera, details, status, standingInFor, history, stored);
    }
}
