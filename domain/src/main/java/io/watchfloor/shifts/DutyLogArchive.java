package io.watchfloor.shifts;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A year of the duty log, archived (SHIFT-07): every entry of the year in the centre's zone, in order,
 * and the same as printable lines ("#12 Mon 2026-11-23 08:05 +08:00 Wang Fang: ... (corrects #7)").
 */
public record DutyLogArchive(int year, ZoneId zone, List<DutyLogEntry> entries, List<String> lines) {

    public DutyLogArchive {
        Objects.requireNonNull(zone, "zone");
        entries = List.copyOf(entries);
        lines = List.copyOf(lines);
        if (entries.size() != lines.size()) {
            throw new IllegalArgumentException("one line per entry");
        }
    }
}
