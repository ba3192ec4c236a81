package io.watchfloor.devices;

import io.watchfloor.shared.Version;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * An inspection schedule for one device type (DEVICE-02): how often, and the checklist every
 * inspection answers item by item.
 *
 * @param checklist the items to check, in order, each named once
 */
public record InspectionSchedule(InspectionScheduleId id, String name, DeviceType deviceType, InspectionFrequency frequency,
                                 List<String> checklist, Version version) {

    /** The at-shift-start checks of a camera: picture clear, recording on, storage space. */
    public static final List<String> SHIFT_START_CAMERA_CHECKS = List.of("picture clear", "recording on", "storage space");

    public InspectionSchedule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(deviceType, "deviceType");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(version, "version");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a schedule needs a name");
        }
        checklist = List.copyOf(checklist);
        if (checklist.isEmpty()) {
            throw new IllegalArgumentException("schedule " + name + " needs at least one checklist item");
        }
        if (checklist.stream().anyMatch(item -> item == null || item.isBlank())) {
            throw new IllegalArgumentException("schedule " + name + " has a blank checklist item");
        }
        if (new LinkedHashSet<>(checklist).size() != checklist.size()) {
            throw new IllegalArgumentException("schedule " + name + " names a checklist item twice");
        }
    }

    /** A schedule not yet stored. */
    public static InspectionSchedule newSchedule(String name, DeviceType type, InspectionFrequency frequency, List<String> checklist) {
        return new InspectionSchedule(InspectionScheduleId.newId(), name, type, frequency, checklist, Version.NEW);
    }

    /** The same schedule as stored at {@code stored}; used by repository adapters only. */
    public InspectionSchedule withVersion(Version stored) {
        return new InspectionSchedule(id, name, deviceType, frequency, checklist, stored);
    }
}
