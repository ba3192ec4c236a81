package io.watchfloor.testkit.access;

import io.watchfloor.access.port.out.Clearances;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.AccessLevel;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** People's access levels, set by a test or simulation. */
public final class InMemoryClearances implements Clearances {

    private final Map<PersonId, AccessLevel> levels = new ConcurrentHashMap<>();

    /**
     * Gives {@code person} the access level {@code level}.
     *
     * @param person who
     * @param level the highest level they may see
     * @return this
     */
    public InMemoryClearances set(PersonId person, AccessLevel level) {
        levels.put(person, level);
        return this;
    }

    /**
     * Takes {@code person}'s access level away.
     *
     * @param person who
     */
    public void clear(PersonId person) {
        levels.remove(person);
    }

    @Override
    public Optional<AccessLevel> clearanceOf(PersonId person) {
        return Optional.ofNullable(levels.get(person));
    }
}
