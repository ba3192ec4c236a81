package io.watchfloor.access.port.out;

import io.watchfloor.access.SealedIdNumber;
import io.watchfloor.people.PersonId;
import java.util.Optional;

/**
 * The ID numbers of the centre's staff as the deployment's staff records hold them, sealed with the
 * same key as requesters' and visitors' numbers ({@link io.watchfloor.access.IdNumberSeal}), so that
 * ACCESS-10 can tell a request filed under a staff member's own ID number without anyone reading it.
 */
public interface StaffIdNumbers {

    /** The sealed ID number on record for {@code person}, unless none is recorded. */
    Optional<SealedIdNumber> sealedIdNumberOf(PersonId person);
}
