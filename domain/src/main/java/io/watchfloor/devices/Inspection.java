package io.watchfloor.devices;

import io.watchfloor.people.PersonId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An inspection record (DEVICE-02): who inspected which device under which schedule, when, and
 * the result of every checklist item. Append-only.
 *
 * @param results each checklist item and whether it passed, in the schedule's order
 */
public record Inspection(InspectionId id, InspectionScheduleId schedule, DeviceId device, PersonId inspector, Instant at,
                         Map<String, Boolean> results, String notes) {

    public Inspection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(inspector, "inspector");
        Objects.requireNonNull(at, "at");
        if (results == null || results.isEmpty()) {
            throw new IllegalArgumentException("an inspection records at least one result");
        }
        results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
        notes = notes == null ? "" : notes;
    }

    /** Whether every item passed. */
    public boolean passed() {
        return results.values().stream().allMatch(Boolean::booleanValue);
    }

    /** The items that failed, in order. */
    public List<String> failedItems() {
        return results.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
    }
}
