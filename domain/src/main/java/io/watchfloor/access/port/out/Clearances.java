package io.watchfloor.access.port.out;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.AccessLevel;
import java.util.Optional;

/** The access level each person holds (ACCESS-02): the highest level they may grant or use. */
public interface Clearances {

    /** The person's access level; empty when they hold none. */
    Optional<AccessLevel> clearanceOf(PersonId person);
}
