package io.watchfloor.access.port.in;

import io.watchfloor.access.AccessRequest;
import io.watchfloor.access.AccessRequestId;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.Sane;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;

/** Approves or refuses a pending request, with a reason (ACCESS-01, ACCESS-02, ACCESS-10). */
public interface DecideAccess {

    /** Approves it and returns the request as stored; its grant is stored too. */
    AccessRequest approve(Approve command);

    /** Refuses it and returns the request as stored. */
    AccessRequest refuse(Refuse command);

    /**
     * Approve a pending request.
     *
     * @param writtenApproval the reference of the written approval, where the policy requires one
     * @param validFor how long the grant lasts; {@code null} for the policy's default
     * @param allowUnmasked whether privacy-flagged cameras may be exported unmasked (ACCESS-06)
     */
    record Approve(@NotNull AccessRequestId request, @NotNull PersonId approver, @NotBlank @Size(max = 1000) String reason,
                   @Size(max = 200) String writtenApproval, @Sane Duration validFor, boolean allowUnmasked) {

        /** Checked as the property {@code validFor}. */
        @AssertTrue(message = "must be positive")
        public boolean isValidFor() {
            return validFor == null || (!validFor.isNegative() && !validFor.isZero());
        }
    }

    /** Refuse a pending request with a reason. */
    record Refuse(@NotNull AccessRequestId request, @NotNull PersonId approver, @NotBlank @Size(max = 1000) String reason) {
    }
}
