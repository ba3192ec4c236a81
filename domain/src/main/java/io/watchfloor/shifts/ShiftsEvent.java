package io.watchfloor.shifts;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.DomainEvent;
import io.watchfloor.shared.TimeRange;
import java.time.Instant;
import java.time.LocalDate;

/** What happens to rotas, duties, handovers, leave, tours, the duty log and cleaning. */
public sealed interface ShiftsEvent extends DomainEvent {

    /** A draft rota was created for a horizon. */
    record RotaCreated(RotaId rota, LocalDate firstDay, int weeks, Instant occurredAt) implements ShiftsEvent {
    }

    /** Someone was rostered on a post in a draft rota. */
    record ShiftAssigned(RotaId rota, PersonId person, Role post, TimeRange duty, Instant occurredAt) implements ShiftsEvent {
    }

    /** Someone was taken off a duty in a draft rota. */
    record ShiftUnassigned(RotaId rota, PersonId person, Role post, TimeRange duty, Instant occurredAt) implements ShiftsEvent {
    }

    /** A supervisor approved working beyond the shift (SHIFT-02). */
    record ExtensionApproved(RotaId rota, PersonId person, Role post, TimeRange duty, PersonId approvedBy, Instant occurredAt)
            implements ShiftsEvent {
    }

    /** A rota without coverage gaps was published (SHIFT-01). */
    record RotaPublished(RotaId rota, TimeRange horizon, int assignments, Instant occurredAt) implements ShiftsEvent {
    }

    /**
     * A change to a published rota moved someone's duty: a notice to send them. {@code before} is null for
     * a duty they newly take, {@code after} is null for one they no longer have.
     */
    record ShiftMoved(RotaId rota, PersonId person, Role post, TimeRange before, TimeRange after, String reason, Instant occurredAt)
            implements ShiftsEvent {
    }

    /** A reminder before someone's duty starts. */
    record ShiftReminderDue(PersonId person, Role post, TimeRange duty, Instant occurredAt) implements ShiftsEvent {
    }

    /** Someone checked in for a duty, with their fitness declaration (SHIFT-03, SHIFT-10). */
    record CheckedIn(PersonId person, Role post, TimeRange duty, Arrival arrival, Instant occurredAt) implements ShiftsEvent {
    }

    /** Someone checked out (SHIFT-03); {@code leftEarly} when before the end of their duty. */
    record CheckedOut(PersonId person, Role post, TimeRange duty, boolean leftEarly, Instant occurredAt) implements ShiftsEvent {
    }

    /** The outgoing person wrote and signed a handover (SHIFT-04, SHIFT-10). */
    record HandoverWritten(HandoverId handover, Role post, PersonId outgoing, PersonId incoming, Instant occurredAt)
            implements ShiftsEvent {
    }

    /** The incoming person signed: responsibility passed to them (SHIFT-10). */
    record HandoverSigned(HandoverId handover, Role post, PersonId outgoing, PersonId incoming, int discrepancies, Instant occurredAt)
            implements ShiftsEvent {
    }

    /** Nobody relieved the outgoing person, who stays on duty and is recorded as extended (SHIFT-04). */
    record DutyExtended(PersonId person, Role post, Instant since, Instant occurredAt) implements ShiftsEvent {
    }

    /** The shift leader on duty (or, with none, nobody named) was alerted that a relief did not come (SHIFT-04). */
    record ShiftLeaderAlerted(PersonId shiftLeader, PersonId outgoing, PersonId missing, Role post, Instant occurredAt)
            implements ShiftsEvent {
    }

    /** Leave was requested (SHIFT-05). */
    record LeaveRequested(LeaveRequestId request, PersonId person, TimeRange period, Instant occurredAt) implements ShiftsEvent {
    }

    /** Leave was approved or refused (SHIFT-05). */
    record LeaveDecided(LeaveRequestId request, PersonId person, boolean approved, PersonId decidedBy, Instant occurredAt)
            implements ShiftsEvent {
    }

    /** A watch tour was recorded (SHIFT-06). */
    record WatchTourRecorded(PersonId operator, Instant at, WatchTour.Source source, Instant occurredAt) implements ShiftsEvent {
    }

    /** An entry was appended to the duty log (SHIFT-07); {@code corrects} is null for an ordinary entry. */
    record DutyLogWritten(DutyLogEntryId entry, DutyLogEntryId corrects, PersonId author, Instant occurredAt) implements ShiftsEvent {
    }

    /** A shift's cleaning duty was recorded (SHIFT-08). */
    record CleaningRecorded(PersonId person, TimeRange shift, CleaningRecord.RoomState state, Instant occurredAt) implements ShiftsEvent {
    }
}
