package io.watchfloor.testkit.access;

import io.watchfloor.access.IdNumberSeal;
import io.watchfloor.access.SealedIdNumber;
import io.watchfloor.access.port.out.StaffIdNumbers;
import io.watchfloor.people.PersonId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Staff members' ID numbers, set by a test or simulation and kept only sealed. */
public final class InMemoryStaffIdNumbers implements StaffIdNumbers {

    private final IdNumberSeal seal;
    private final Map<PersonId, SealedIdNumber> numbers = new ConcurrentHashMap<>();

    /** Staff ID numbers sealed with {@code seal}, the key the access context seals requesters' numbers with. */
    public InMemoryStaffIdNumbers(IdNumberSeal seal) {
        this.seal = Objects.requireNonNull(seal, "seal");
    }

    /** Records {@code idNumber} as {@code person}'s, sealed. */
    public InMemoryStaffIdNumbers record(PersonId person, String idNumber) {
        numbers.put(Objects.requireNonNull(person, "person"), seal.seal(idNumber));
        return this;
    }

    @Override
    public Optional<SealedIdNumber> sealedIdNumberOf(PersonId person) {
        return Optional.ofNullable(numbers.get(person));
    }
}
