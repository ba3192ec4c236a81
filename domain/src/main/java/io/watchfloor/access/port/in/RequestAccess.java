package io.watchfloor.access.port.in;

import io.watchfloor.access.AccessAction;
import io.watchfloor.access.AccessRequest;
import io.watchfloor.access.Gravity;
import io.watchfloor.access.IdNumberSeal;
import io.watchfloor.access.Requester;
import io.watchfloor.access.RequesterClass;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.Sane;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
     * @param requesterIdNumber the requester's ID number, required for a private person or a data subject; sealed, never stored
     */
    record Command(@NotNull RequesterClass requesterClass, @NotBlank @Size(max = 200) String requesterName,
                   @NotBlank @Size(max = 200) String requesterUnit, @Size(max = 100) String credentialNumber, PersonId staffMember,
                   @NotBlank @Size(max = 1000) String purpose, @NotEmpty @Size(max = 500) Set<@NotNull CameraId> cameras,
                   @NotNull @Sane Instant footageStart, @NotNull @Sane Instant footageEnd, @NotEmpty Set<@NotNull AccessAction> actions,
                   @NotNull Gravity gravity, CaseId caseId, @NotNull PersonId registeredBy,
                   @Pattern(regexp = "[0-9A-Za-z -]{4,40}", message = "must be 4 to 40 letters, digits, spaces or dashes") String requesterIdNumber) {

        /** A request without the requester's ID number: staff, law enforcement or another organisation. */
        public Command(RequesterClass requesterClass, String requesterName, String requesterUnit, String credentialNumber,
                       PersonId staffMember, String purpose, Set<CameraId> cameras, Instant footageStart, Instant footageEnd,
                       Set<AccessAction> actions, Gravity gravity, CaseId caseId, PersonId registeredBy) {
            this(requesterClass, requesterName, requesterUnit, credentialNumber, staffMember, purpose, cameras, footageStart, footageEnd,
                    actions, gravity, caseId, registeredBy, null);
        }

        /** Checked as the property {@code requesterIdNumber}. */
        @AssertTrue(message = "a private person's or data subject's ID number must be recorded")
        public boolean isRequesterIdNumber() {
            return requesterClass == null || !Requester.needsIdNumber(requesterClass)
                    || (requesterIdNumber != null && IdNumberSeal.isSealable(requesterIdNumber));
        }

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
