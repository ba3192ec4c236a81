package io.watchfloor.access.port.in;

import io.watchfloor.access.Export;
import io.watchfloor.access.GrantId;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.Sane;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/**
 * Exports footage under a grant (ACCESS-05, ACCESS-06, ACCESS-10, ACCESS-11): the access record is
 * written first, then the files are taken from the archive, masked where required, hashed into the
 * manifest and the export stored.
 */
public interface ExportFootage {

    /** Exports and returns the export with its manifest. */
    Export export(Command command);

    /**
     * Export {@code cameras}' footage in the range under {@code grant}.
     *
     * @param forPublication whether the footage is to be made public: faces and plates are then always masked
     */
    record Command(@NotNull GrantId grant, @NotNull PersonId actor, @NotEmpty @Size(max = 500) Set<@NotNull CameraId> cameras,
                   @NotNull @Sane Instant footageStart, @NotNull @Sane Instant footageEnd, boolean forPublication) {

        /** Checked as the property {@code footageEnd}. */
        @AssertTrue(message = "must be after footageStart")
        public boolean isFootageEnd() {
            return footageStart == null || footageEnd == null || footageEnd.isAfter(footageStart);
        }
    }
}
