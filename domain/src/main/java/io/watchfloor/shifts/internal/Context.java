package io.watchfloor.shifts.internal;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.CommandValidation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.port.out.EventSink;
import io.watchfloor.shared.port.out.Transactions;
import io.watchfloor.shifts.Assignment;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.RotaId;
import io.watchfloor.shifts.RotaPolicy;
import io.watchfloor.shifts.ShiftsStores;
import io.watchfloor.shifts.port.out.Staff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What every shifts service needs, and the look-ups they share. {@code events} and
 * {@code transactions} are the runtime's one unit of work: events go out after it commits.
 */
record Context(ShiftsStores stores, Staff staff, RotaPolicy policy, EventSink events, Transactions transactions, Clock clock,
               CommandValidation validation) {

    Instant now() {
        return clock.instant();
    }

    Person requireLeader(PersonId actor, String forWhat) {
        Person person = staff.get(actor);
        person.requireAnyRole(Set.of(Role.SHIFT_LEADER, Role.CENTRE_HEAD), forWhat);
        return person;
    }

    /** The published rotas whose horizon overlaps {@code range}. */
    List<Rota> published(TimeRange range) {
        return stores.rotas().overlapping(range).stream().filter(Rota::isPublished).toList();
    }

    /** The assignments of {@code person} in rotas other than {@code except} near {@code duty}. */
    List<Assignment> elsewhere(PersonId person, RotaId except, TimeRange duty) {
        Duration margin = policy.maximumContinuousDuty().multipliedBy(2).plus(policy.minimumRest());
        List<Assignment> found = new ArrayList<>();
        for (Rota r : stores.rotas().overlapping(new TimeRange(duty.start().minus(margin), duty.end().plus(margin)))) {
            if (!r.id().equals(except)) {
                found.addAll(r.of(person));
            }
        }
        return found;
    }

    /** Every assignment of published rotas containing {@code at}. */
    List<Assignment> rosteredAt(Instant at) {
        List<Assignment> found = new ArrayList<>();
        for (Rota r : published(new TimeRange(at, at.plusNanos(1)))) {
            found.addAll(r.at(at));
        }
        return found;
    }

    /**
     * When the duty of {@code person} on {@code post} that began at {@code start} ends by the published
     * rotas now: following on through duties on the same post that meet it (an approved extension, a
     * second shift). Empty when the rota no longer holds it (moved to a substitute).
     */
    Optional<Instant> plannedEnd(PersonId person, Role post, Instant start, Instant checkedIn) {
        Instant probe = checkedIn.isAfter(start) ? checkedIn : start;
        Duration reach = policy.maximumContinuousDuty().multipliedBy(3);
        List<Assignment> own = new ArrayList<>();
        for (Rota r : published(new TimeRange(start.minus(reach), probe.plus(reach)))) {
            r.of(person).stream().filter(a -> a.post() == post).forEach(own::add);
        }
        Optional<Assignment> first = own.stream()
                .filter(a -> a.duty().start().equals(start) || a.duty().contains(probe))
                .findFirst();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Instant end = first.get().duty().end();
        boolean extended = true;
        while (extended) {
            extended = false;
            for (Assignment a : own) {
                if (a.duty().start().equals(end)) {
                    end = a.duty().end();
                    extended = true;
                }
            }
        }
        return Optional.of(end);
    }
}
