package io.watchfloor.shifts;

import io.watchfloor.shared.TimeRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/** One occurrence of a shift template: the template, the day it starts and its interval in the rota's zone. */
public record Shift(LocalDate day, ShiftTemplate template, TimeRange duty) {

    public Shift {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(duty, "duty");
    }

    /** Whether it is a night shift. */
    public boolean isNight() {
        return template.isNight();
    }

    /** Whether it starts on a Saturday or a Sunday. */
    public boolean isWeekend() {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
