package io.watchfloor.access.port.in;

import io.watchfloor.access.AccessAction;
import io.watchfloor.access.AccessRequest;
import io.watchfloor.access.Gravity;
import io.watchfloor.access.RequesterClass;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.Sane;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/** Files a request for recorded footage (ACCESS-01, ACCESS-08); the policy decides who must approve it. */
public interface RequestAccess {

    /** Files it and returns it as stored, pending, with the approver it needs. */
    AccessRequest request(Command command);

    /**
     * A request for footage, as the requester states it and the staff member takes it in.
     *
     * @param credentialNumber required for law enforcement
     * @param staffMember required for staff: the person asking
     * @param caseId the case the footage is for, or {@code null}
     * @param registeredBy the staff member taking the request in
     */
    record Command(@NotNull RequesterClass requesterClass, @NotBlank @Size(max = 200) String requesterName,
                   @NotBlank @Size(max = 200) String requesterUnit, @Size(max = 100) String credentialNumber, PersonId staffMember,
                   @NotBlank @Size(max = 1000) String purpose, @NotEmpty @Size(max = 500) Set<@NotNull CameraId> cameras,
                   @NotNull @Sane Instant footageStart, @NotNull @Sane Instant footageEnd, @NotEmpty Set<@NotNull AccessAction> actions,
                   @NotNull Gravity gravity, CaseId caseId, @NotNull PersonId registeredBy) {

        /** Checked as the property {@code footageEnd}. */
        @AssertTrue(message = "must be after footageStart")
        public boolean isFootageEnd() {
            return footageStart == null || footageEnd == null || footageEnd.isAfter(footageStart);
        }

        /** Checked as the property {@code credentialNumber}. */
        @AssertTrue(message = "a law-enforcement officer's credential number must be recorded")
        public boolean isCredentialNumber() {
            return requesterClass != RequesterClass.LAW_ENFORCEMENT || (credentialNumber != null && !credentialNumber.isBlank());
        }

        /** Checked as the property {@code staffMember}. */
        @AssertTrue(message = "a staff request names the staff member asking")
        public boolean isStaffMember() {
            return requesterClass != RequesterClass.STAFF || staffMember != null;
        }
    }
}
