package io.watchfloor.testkit.access;

import io.watchfloor.access.port.out.DutyStatus;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.TimeRange;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Who is on duty when, set by a test or simulation (served by the shifts context's rota in a deployment). */
public final class InMemoryDutyStatus implements DutyStatus {

    private final Map<PersonId, List<TimeRange>> duties = new ConcurrentHashMap<>();

    /**
     * Puts {@code person} on duty for {@code duty}.
     *
     * @param person who
     * @param duty when
     * @return this
     */
    public InMemoryDutyStatus onDuty(PersonId person, TimeRange duty) {
        duties.computeIfAbsent(person, p -> new CopyOnWriteArrayList<>()).add(duty);
        return this;
    }

    @Override
    public boolean isOnDuty(PersonId person, Instant at) {
        return duties.getOrDefault(person, List.of()).stream().anyMatch(d -> d.contains(at));
    }
}
