package io.watchfloor.shifts.port.out;

import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.CleaningRecord;
import java.util.List;
import java.util.Optional;

/** The cleaning duty records (SHIFT-08), one per shift; records are only ever added. */
public interface CleaningRecords {

    /** Adds a record; raises {@link io.watchfloor.shared.ConcurrentModification} when the shift already has one. */
    void add(CleaningRecord record);

    /** The record of the shift {@code shift}, if any. */
    Optional<CleaningRecord> of(TimeRange shift);

    /** Every record of a shift starting in {@code range}, ordered by shift start. */
    List<CleaningRecord> during(TimeRange range);
}
