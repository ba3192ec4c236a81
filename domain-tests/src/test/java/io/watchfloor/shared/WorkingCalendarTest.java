package io.watchfloor.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.shared.WorkingCalendar.Hours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Working calendar")
class WorkingCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    /** A Shanghai office: 08:30-12:00 and 13:30-17:30 on weekdays, National Day off, a make-up Saturday. */
    private static final WorkingCalendar OFFICE = WorkingCalendar.in(SHANGHAI)
            .weekdays(Hours.of("08:30", "12:00"))
            .weekdays(Hours.of("13:30", "17:30"))
            .holiday(LocalDate.of(2026, 10, 1))
            .workday(LocalDate.of(2026, 10, 10), Hours.of("08:30", "12:00"))
            .build();

    @Nested
    @DisplayName("around the clock (the default)")
    class TwentyFourSeven {
        private final WorkingCalendar always = WorkingCalendar.twentyFourSeven(SHANGHAI);

        @Test
        @DisplayName("counts continuous time, so an hour after 23:30 on Sunday is 00:30 on Monday")
        void continuous() {
            Instant sunday = at("2026-11-22T23:30", SHANGHAI);
            assertEquals(at("2026-11-23T00:30", SHANGHAI), always.plus(sunday, Duration.ofHours(1)));
            assertEquals(Duration.ofDays(3), always.between(sunday, sunday.plus(Duration.ofDays(3))));
            assertTrue(always.isAlwaysOpen());
        }
    }

    @Nested
    @DisplayName("with office hours in Asia/Shanghai (no DST)")
    class OfficeHours {

        @Test
        @DisplayName("an hour asked for at 11:30 ends at 14:00, after the lunch break")
        void skipsLunch() {
            assertEquals(at("2026-11-23T14:00", SHANGHAI), OFFICE.plus(at("2026-11-23T11:30", SHANGHAI), Duration.ofHours(1)));
        }

        @Test
        @DisplayName("an hour asked for on Friday at 17:00 ends on Monday at 09:00")
        void skipsTheWeekend() {
            Instant friday = at("2026-11-20T17:00", SHANGHAI);
            Instant monday = at("2026-11-23T09:00", SHANGHAI);
            assertEquals(monday, OFFICE.plus(friday, Duration.ofHours(1)));
            assertEquals(Duration.ofHours(1), OFFICE.between(friday, monday));
        }

        @Test
        @DisplayName("a request at Saturday noon starts counting on Monday morning")
        void startsAtTheNextOpening() {
            assertEquals(at("2026-11-23T09:30", SHANGHAI), OFFICE.plus(at("2026-11-21T12:00", SHANGHAI), Duration.ofHours(1)));
            assertFalse(OFFICE.isWorkingTime(at("2026-11-21T12:00", SHANGHAI)));
        }

        @Test
        @DisplayName("half an hour left on 30 September, National Day skipped, the hour ends at 09:00 on 2 October; the make-up Saturday is worked")
        void holidaysAndMakeUpDays() {
            assertEquals(at("2026-10-02T09:00", SHANGHAI), OFFICE.plus(at("2026-09-30T17:00", SHANGHAI), Duration.ofHours(1)));
            assertTrue(OFFICE.isWorkingTime(at("2026-10-10T09:00", SHANGHAI)));
            assertEquals(Duration.ZERO, OFFICE.between(at("2026-10-01T00:00", SHANGHAI), at("2026-10-02T00:00", SHANGHAI)));
        }

        @Test
        @DisplayName("a deadline that uses up a period exactly ends at its closing time")
        void endsAtClosing() {
            assertEquals(at("2026-11-23T17:30", SHANGHAI), OFFICE.plus(at("2026-11-23T16:30", SHANGHAI), Duration.ofHours(1)));
        }

        @Test
        @DisplayName("a working day holds 7.5 hours, a week 37.5")
        void measures() {
            assertEquals(Duration.ofMinutes(450), OFFICE.between(at("2026-11-23T00:00", SHANGHAI), at("2026-11-24T00:00", SHANGHAI)));
            assertEquals(Duration.ofMinutes(5 * 450), OFFICE.between(at("2026-11-23T00:00", SHANGHAI), at("2026-11-30T00:00", SHANGHAI)));
        }
    }

    @Nested
    @DisplayName("across daylight-saving changes in Europe/Berlin")
    class DaylightSaving {
        private final WorkingCalendar always = WorkingCalendar.twentyFourSeven(BERLIN);
        private final WorkingCalendar office = WorkingCalendar.in(BERLIN).weekdays(Hours.of("08:00", "17:00")).build();
        private final WorkingCalendar nights = WorkingCalendar.in(BERLIN)
                .hours(Hours.of("01:00", "05:00"), java.time.DayOfWeek.values()).build();

        @Test
        @DisplayName("the day clocks spring forward has 23 working hours around the clock, the day they fall back 25")
        void dayLengths() {
            assertEquals(Duration.ofHours(23), always.between(at("2026-03-29T00:00", BERLIN), at("2026-03-30T00:00", BERLIN)));
            assertEquals(Duration.ofHours(25), always.between(at("2026-10-25T00:00", BERLIN), at("2026-10-26T00:00", BERLIN)));
        }

        @Test
        @DisplayName("office hours on the Monday after a change still last nine real hours")
        void officeHoursAcrossTheChange() {
            Instant friday = at("2026-03-27T16:00", BERLIN);
            assertEquals(at("2026-03-30T09:00", BERLIN), office.plus(friday, Duration.ofHours(2)));
            assertEquals(Duration.ofHours(9), office.between(at("2026-03-30T00:00", BERLIN), at("2026-03-31T00:00", BERLIN)));
        }

        @Test
        @DisplayName("hours that start when the clock skips 02:00-03:00 start when it resumes, and do not overlap earlier hours")
        void hoursStartingInTheGap() {
            WorkingCalendar split = WorkingCalendar.in(BERLIN)
                    .hours(Hours.of("00:00", "02:15"), java.time.DayOfWeek.SUNDAY)
                    .hours(Hours.of("02:30", "04:00"), java.time.DayOfWeek.SUNDAY).build();
            Instant resumes = at("2026-03-29T03:00", BERLIN);

            assertEquals(java.util.List.of(new TimeRange(at("2026-03-29T00:00", BERLIN), resumes),
                    new TimeRange(resumes, at("2026-03-29T04:00", BERLIN))), split.windowsOn(java.time.LocalDate.of(2026, 3, 29)));
            assertEquals(Duration.ofHours(3), split.between(at("2026-03-29T00:00", BERLIN), at("2026-03-30T00:00", BERLIN)));
        }

        @Test
        @DisplayName("night hours of 01:00-05:00 are three real hours when the clock jumps from 02:00 to 03:00, five when it falls back")
        void hoursThatContainTheChange() {
            assertEquals(Duration.ofHours(3), nights.between(at("2026-03-29T00:00", BERLIN), at("2026-03-30T00:00", BERLIN)));
            assertEquals(Duration.ofHours(5), nights.between(at("2026-10-25T00:00", BERLIN), at("2026-10-26T00:00", BERLIN)));
            assertEquals(at("2026-03-29T04:00", BERLIN), nights.plus(at("2026-03-29T01:00", BERLIN), Duration.ofHours(2)));
        }
    }

    @Test
    @DisplayName("refuses negative durations, reversed spans, overlapping hours and a calendar without any hours")
    void refusesNonsense() {
        Instant now = Instant.parse("2026-11-23T00:00:00Z");
        assertThrows(InvalidCommand.class, () -> OFFICE.plus(now, Duration.ofMinutes(-1)));
        assertThrows(InvalidCommand.class, () -> OFFICE.between(now, now.minusSeconds(1)));
        assertThrows(InvalidCommand.class, () -> OFFICE.between(Instant.MIN, now));
        assertThrows(InvalidCommand.class, () -> OFFICE.plus(Instant.MAX, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.in(SHANGHAI)
                .weekdays(Hours.of("08:00", "12:00")).weekdays(Hours.of("11:00", "13:00")).build());
        assertThrows(IllegalArgumentException.class, () -> Hours.of("17:00", "08:00"));
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.in(SHANGHAI).build());
        assertEquals(now, OFFICE.plus(now, Duration.ZERO));
    }

    @Test
    @DisplayName("an absurd amount of working time is refused at once as naming the working time, never looped for")
    void refusesDeadlinesBeyondTheHorizon() {
        Instant now = Instant.parse("2026-11-23T00:00:00Z");
        Duration absurd = Duration.ofSeconds(Long.MAX_VALUE);
        assertTimeout(Duration.ofSeconds(2), () -> {
            InvalidCommand refused = assertThrows(InvalidCommand.class, () -> OFFICE.plus(now, absurd));
            assertEquals("workingTime", refused.errors().get(0).field());
            assertThrows(InvalidCommand.class, () -> WorkingCalendar.twentyFourSeven(SHANGHAI).plus(now, absurd));
        });
    }

    @Test
    @DisplayName("five years of office hours are counted in a blink, and nine years of them still fit the horizon")
    void longDeadlinesCostWeeksNotDays() {
        Instant now = Instant.parse("2026-11-23T00:00:00Z");
        assertTimeout(Duration.ofSeconds(5), () -> {
            for (int i = 0; i < 100; i++) {
                Instant due = OFFICE.plus(now, Duration.ofHours(5 * 52 * 40));
                assertEquals(Duration.ofHours(5 * 52 * 40), OFFICE.between(now, due));
            }
        });
    }

    @Test
    @DisplayName("a calendar whose only working day is a holiday for eleven years refuses a deadline instead of looping")
    void refusesWhenNoWorkingTimeWithinTheHorizon() {
        WorkingCalendar.Builder mondaysOff = WorkingCalendar.in(SHANGHAI).hours(Hours.of("08:00", "17:00"), java.time.DayOfWeek.MONDAY);
        LocalDate monday = LocalDate.of(2026, 11, 23);
        for (int week = 0; week < 52 * 11; week++) {
            mondaysOff.holiday(monday.plusWeeks(week));
        }
        WorkingCalendar calendar = mondaysOff.build();
        Instant now = Instant.parse("2026-11-23T00:00:00Z");
        assertThrows(InvalidCommand.class, () -> calendar.plus(now, Duration.ofMinutes(1)));
        assertEquals(Duration.ZERO, calendar.between(now, now.plus(Duration.ofDays(3000))));
    }
}
