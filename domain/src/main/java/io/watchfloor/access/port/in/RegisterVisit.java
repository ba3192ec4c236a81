package io.watchfloor.access.port.in;

import io.watchfloor.access.Visit;
import io.watchfloor.access.VisitId;
import io.watchfloor.people.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Admits a non-staff visitor to the control room and records their leaving (ACCESS-07). */
public interface RegisterVisit {

    /** Admits the visitor now and returns the visit as stored, with the ID number sealed. */
    Visit admit(Admit command);

    /** Records that the visitor left now. */
    Visit leave(Leave command);

    /** Whether the visit was made by the holder of {@code idNumber}, without revealing the stored number. */
    boolean proves(VisitId visit, String idNumber);

    /** Admit a visitor, hosted by {@code host} and approved by {@code approvedBy}; {@code idNumber} is sealed, never stored. */
    record Admit(@NotBlank @Size(max = 200) String visitorName,
                 @NotBlank @Pattern(regexp = "[0-9A-Za-z -]{4,40}", message = "must be 4 to 40 letters, digits, spaces or dashes") String idNumber,
                 @NotBlank @Size(max = 200) String contact, @NotBlank @Size(max = 200) String organisation,
                 @NotNull PersonId host, @NotNull PersonId approvedBy, @NotBlank @Size(max = 1000) String purpose) {
    }

    /** The visitor of {@code visit} left. */
    record Leave(@NotNull VisitId visit) {
    }
}
