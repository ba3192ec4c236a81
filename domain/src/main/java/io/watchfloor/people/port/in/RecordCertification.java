package io.watchfloor.people.port.in;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.Sane;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Records a certificate a person obtained for a post (PEOPLE-02). */
public interface RecordCertification {

    /** Records it and returns the person as stored. */
    Person record(Command command);

    record Command(@NotNull PersonId person, @NotNull Role post, @NotBlank @Size(max = 100) String number,
                   @NotNull @Sane Instant validFrom, @NotNull @Sane Instant validUntil) {

        /** Checked by validation as the property {@code validUntil}: expiry after start. */
        @AssertTrue(message = "must be after validFrom")
        public boolean isValidUntil() {
            return validFrom == null || validUntil == null || validUntil.isAfter(validFrom);
        }
    }
}
