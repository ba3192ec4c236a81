package io.watchfloor.benchmarks;

import io.watchfloor.shared.WorkingCalendar;
import io.watchfloor.shared.WorkingCalendar.Hours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a working-time deadline costs: {@code plus} and {@code between} on an office calendar with
 * holidays, against plain instant arithmetic (the 24/7 calendar) as the baseline, in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class WorkingCalendarBenchmark {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final WorkingCalendar always = WorkingCalendar.twentyFourSeven(SHANGHAI);
    private final WorkingCalendar office = WorkingCalendar.in(SHANGHAI)
            .weekdays(Hours.of("08:30", "12:00")).weekdays(Hours.of("13:30", "17:30"))
            .holiday(LocalDate.of(2026, 10, 1)).holiday(LocalDate.of(2026, 10, 2))
            .build();
    private final Instant friday = Instant.parse("2026-09-25T08:00:00Z");

    @Benchmark
    public Instant baselineContinuousHour() {
        return always.plus(friday, Duration.ofHours(1));
    }

    @Benchmark
    public Instant officeHourOverTheWeekend() {
        return office.plus(friday, Duration.ofHours(1));
    }

    @Benchmark
    public Instant officeFortyHoursOverHolidays() {
        return office.plus(friday, Duration.ofHours(40));
    }

    /** Five years of office hours: whole weeks are skipped, so this costs about what a month does. */
    @Benchmark
    public Instant officeFiveYears() {
        return office.plus(friday, Duration.ofHours(5 * 52 * 40));
    }

    @Benchmark
    public Duration officeBetweenFiveYears() {
        return office.between(friday, friday.plus(Duration.ofDays(5 * 365)));
    }

    @Benchmark
    public Duration officeBetweenAMonth() {
        return office.between(friday, friday.plus(Duration.ofDays(30)));
    }
}
