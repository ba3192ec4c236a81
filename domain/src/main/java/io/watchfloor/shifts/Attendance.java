package io.watchfloor.shifts;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's attendance on one rostered duty (SHIFT-03): when they checked in, having declared
 * themselves fit for duty (SHIFT-10), how they arrived, when they checked out and whether they left
 * early, and since when they stayed on beyond the duty because nobody relieved them (SHIFT-04).
 *
 * @param duty the duty as rostered when they checked in
 * @param checkedOut null while they are on duty
 * @param extendedSince null unless they were kept on duty for want of a relief
 */
public record Attendance(AttendanceId id, RotaId rota, PersonId person, Role post, TimeRange duty, Instant checkedIn, Arrival arrival,
                         Instant checkedOut, boolean leftEarly, Instant extendedSince, Version version) {

    public Attendance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rota, "rota");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(duty, "duty");
        Objects.requireNonNull(checkedIn, "checkedIn");
        Objects.requireNonNull(arrival, "arrival");
        Objects.requireNonNull(version, "version");
        if (checkedOut != null && checkedOut.isBefore(checkedIn)) {
            throw new IllegalArgumentException("a check-out " + checkedOut + " cannot precede the check-in " + checkedIn);
        }
    }

    /** How an arrival at {@code at} for a duty starting at {@code start} counts, given the time to arrive before. */
    public static Arrival arrival(Instant at, Instant start, Duration arriveBefore) {
        if (at.isAfter(start)) {
            return Arrival.LATE;
        }
        return at.isAfter(start.minus(arriveBefore)) ? Arrival.WITHOUT_CHECK_TIME : Arrival.ON_TIME;
    }

    /** A check-in at {@code at} for {@code duty}. */
    public static Attendance checkIn(RotaId rota, PersonId person, Role post, TimeRange duty, Instant at, Duration arriveBefore) {
        return new Attendance(AttendanceId.newId(), rota, person, post, duty, at, arrival(at, duty.start(), arriveBefore),
                null, false, null, Version.NEW);
    }

    /** Whether they are still on duty (checked in, not out). */
    public boolean isOpen() {
        return checkedOut == null;
    }

    /** How late they came; zero when on time. */
    public Duration lateBy() {
        return checkedIn.isAfter(duty.start()) ? Duration.between(duty.start(), checkedIn) : Duration.ZERO;
    }

    /** Whether they were kept on duty for want of a relief. */
    public boolean wasExtended() {
        return extendedSince != null;
    }

    /** When they checked out, if they did. */
    public Optional<Instant> checkOutTime() {
        return Optional.ofNullable(checkedOut);
    }

    /** The check-out at {@code at}; {@code early} when before the end of their (current) duty. */
    public Attendance checkOut(Instant at, boolean early) {
        if (!isOpen()) {
            throw new IllegalStateException("already checked out at " + checkedOut);
        }
        return new Attendance(id, rota, person, post, duty, checkedIn, arrival, at, early, extendedSince, version);
    }

    /** Kept on duty since {@code since} because nobody relieved them. */
    public Attendance extend(Instant since) {
        return new Attendance(id, rota, person, post, duty, checkedIn, arrival, checkedOut, leftEarly, since, version);
    }

    /** The same attendance as stored at {@code stored}; used by repository adapters only. */
    public Attendance withVersion(Version stored) {
        return new Attendance(id, rota, person, post, duty, checkedIn, arrival, checkedOut, leftEarly, extendedSince, stored);
    }
}
