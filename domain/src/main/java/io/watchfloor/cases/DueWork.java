package io.watchfloor.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What fell due up to an instant (CASE-02, CASE-07, CASE-10): every timer event fired by one call of
 * {@code dueWork(now)}, each carrying its deadline as its time. A second call at the same instant
 * fires nothing: each timer fires once.
 */
public record DueWork(Instant now, List<CaseEvent> fired) {

    public DueWork {
        Objects.requireNonNull(now, "now");
        fired = List.copyOf(fired);
    }

    /** The reminder tasks raised (CASE-07, CASE-10). */
    public List<CaseEvent.ReminderRaised> reminders() {
        return fired.stream().filter(CaseEvent.ReminderRaised.class::isInstance).map(CaseEvent.ReminderRaised.class::cast).toList();
    }

    /** The missed dispatch limits (CASE-02, CASE-03). */
    public List<CaseEvent.DispatchLimitMissed> missedDispatchLimits() {
        return fired.stream().filter(CaseEvent.DispatchLimitMissed.class::isInstance).map(CaseEvent.DispatchLimitMissed.class::cast).toList();
    }

    /** The handling deadlines that passed (CASE-10). */
    public List<CaseEvent.HandlingDeadlinePassed> breaches() {
        return fired.stream().filter(CaseEvent.HandlingDeadlinePassed.class::isInstance).map(CaseEvent.HandlingDeadlinePassed.class::cast).toList();
    }
}
