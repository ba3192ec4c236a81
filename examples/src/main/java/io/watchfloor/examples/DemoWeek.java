package io.watchfloor.examples;

import io.watchfloor.examples.access.AccessWeek;
import io.watchfloor.examples.cases.CasesWeek;
import io.watchfloor.examples.devices.DevicesWeek;
import io.watchfloor.examples.people.PeopleWeek;
import io.watchfloor.examples.recordings.RecordingsWeek;
import io.watchfloor.examples.shifts.ShiftsWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A simulated week of a monitoring centre: from Monday 00:00 to the next Monday 00:00 (Asia/Shanghai),
 * in ticks of {@link #TICK} on a settable clock, each context playing its {@link WeekPart}.
 */
public final class DemoWeek {

    /** Monday 23 November 2026, 00:00 in Shanghai. */
    public static final Instant START = LocalDate.of(2026, 11, 23).atStartOfDay(Centre.ZONE).toInstant();
    /** One step of the accelerated clock. */
    public static final Duration TICK = Duration.ofMinutes(5);
    /** How long the simulation runs. */
    public static final Duration LENGTH = Duration.ofDays(7);
    /** The seed ids are drawn from unless another is given: two runs with the same seed print the same report. */
    public static final long SEED = 20261123L;

    private final List<WeekPart> parts;

    public DemoWeek(List<WeekPart> parts) {
        this.parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
    }

    /** The week with every context's part, in the order they appear in the report. */
    public static DemoWeek standard() {
        return new DemoWeek(List.of(new PeopleWeek(), new ShiftsWeek(), new CasesWeek(), new DevicesWeek(),
                new RecordingsWeek(), new AccessWeek()));
    }

    /** Plays the week on a new centre, its ids drawn from {@link #SEED}, and returns its report. */
    public Played play() {
        return play(SEED);
    }

    /** Plays the week on a new centre whose ids are drawn from {@code seed}, and returns its report. */
    public Played play(long seed) {
        Centre centre = new Centre(START, seed);
        parts.forEach(centre::register);
        parts.forEach(part -> part.setUp(centre));
        Instant end = START.plus(LENGTH);
        int ticks = 0;
        while (centre.clock().instant().isBefore(end)) {
            Instant now = centre.clock().advance(TICK);
            ticks++;
            parts.forEach(part -> part.onTick(centre, now));
        }
        DutyReport report = new DutyReport("Duty report: week of " + LocalDate.ofInstant(START, Centre.ZONE) + " (" + Centre.ZONE + ")");
        report.figure("week.ticks", ticks);
        parts.forEach(part -> part.report(centre, report));
        return new Played(centre, report);
    }

    /** The centre after the week, and its report. */
    public record Played(Centre centre, DutyReport report) {
    }
}
