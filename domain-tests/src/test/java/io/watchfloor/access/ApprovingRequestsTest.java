package io.watchfloor.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.access.port.in.DecideAccess;
import io.watchfloor.people.Role;
import io.watchfloor.shared.RuleViolation;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ACCESS-01")
@DisplayName("ACCESS-01: who approves a request for footage")
class ApprovingRequestsTest {

    private final AccessFixtures centre = new AccessFixtures();

    @Test
    @DisplayName("a police request records the officer's credential, is free of charge, and is approved by the shift leader with a reason")
    void policeRequest() {
        AccessRequest filed = centre.file(centre.policeRequest(Set.of(centre.street), Set.of(AccessAction.VIEW)));

        assertEquals(AccessRequest.Status.PENDING, filed.status());
        assertEquals("SH-310101-4471", filed.requester().credentialNumber());
        assertTrue(filed.freeOfCharge());
        assertEquals(Set.of(Role.CENTRE_HEAD, Role.SHIFT_LEADER), filed.approverRule().roles());

        AccessRequest approved = centre.module.decideAccess().approve(new DecideAccess.Approve(filed.id(), centre.shiftLeader.id(),
                "credential checked at the desk", null, null, false));

        assertEquals(AccessRequest.Status.APPROVED, approved.status());
        assertEquals("credential checked at the desk", centre.requests.get(filed.id()).decision().reason());
        assertEquals(centre.shiftLeader.id(), approved.decision().decidedBy());
        Grant grant = centre.grants.get(approved.decision().grant());
        assertEquals(filed.id(), grant.request());
        assertEquals(Duration.ofHours(72), grant.validity().length());
    }

    @Test
    @DisplayName("an operator may not approve a police request: the refusal names ACCESS-01 and the roles needed, and nothing changes")
    void operatorMayNotApprove() {
        AccessRequest filed = centre.file(centre.policeRequest(Set.of(centre.street), Set.of(AccessAction.VIEW)));
        var before = centre.snapshot();

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.module.decideAccess().approve(
                new DecideAccess.Approve(filed.id(), centre.offDutyOperator.id(), "looks fine", null, null, false)));

        assertEquals("ACCESS-01", refusal.ruleId());
        assertTrue(refusal.sentence().contains("centre head or shift leader"), refusal.getMessage());
        assertEquals(before, centre.snapshot());
    }

    @Test
    @DisplayName("another organisation's request needs the deputy leader's written approval, cited by reference")
    void otherOrganisationNeedsWrittenApproval() {
        AccessRequest filed = centre.file(centre.outsideRequest(RequesterClass.OTHER_ORGANISATION, Gravity.ORDINARY,
                Set.of(centre.street), Set.of(AccessAction.VIEW)));

        RuleViolation byShiftLeader = assertThrows(RuleViolation.class, () -> centre.module.decideAccess().approve(
                new DecideAccess.Approve(filed.id(), centre.shiftLeader.id(), "ok", "WA-2026-118", null, false)));
        RuleViolation unwritten = assertThrows(RuleViolation.class, () -> centre.module.decideAccess().approve(
                new DecideAccess.Approve(filed.id(), centre.deputy.id(), "ok", null, null, false)));
        AccessRequest approved = centre.module.decideAccess().approve(
                new DecideAccess.Approve(filed.id(), centre.deputy.id(), "insurer's claim, letter on file", "WA-2026-118", null, false));

        assertEquals("ACCESS-01", byShiftLeader.ruleId());
        assertEquals("ACCESS-01", unwritten.ruleId());
        assertTrue(unwritten.sentence().contains("written approval"));
        assertEquals("WA-2026-118", approved.decision().writtenApproval());
        assertTrue(!approved.freeOfCharge());
    }

    @Test
    @DisplayName("a private person's request follows the same rule: the deputy leader's written approval")
    void privatePerson() {
        AccessRequest filed = centre.file(centre.outsideRequest(RequesterClass.PRIVATE_PERSON, Gravity.ORDINARY,
                Set.of(centre.street), Set.of(AccessAction.VIEW)));

        assertEquals(new AccessPolicy.ApproverRule(Set.of(Role.DEPUTY_LEADER), true), filed.approverRule());
        assertThrows(RuleViolation.class, () -> centre.module.decideAccess().approve(
                new DecideAccess.Approve(filed.id(), centre.centreHead.id(), "ok", "WA-1", null, false)));
    }

    @Test
    @DisplayName("for a major special event only the general manager approves, whoever asks")
    void majorSpecialEvent() {
        AccessRequest filed = centre.file(centre.outsideRequest(RequesterClass.OTHER_ORGANISATION, Gravity.MAJOR_SPECIAL_EVENT,
                Set.of(centre.street), Set.of(AccessAction.VIEW)));

        RuleViolation byDeputy = assertThrows(RuleViolation.class, () -> centre.module.decideAccess().approve(
                new DecideAccess.Approve(filed.id(), centre.deputy.id(), "ok", "WA-7", null, false)));
        AccessRequest approved = centre.module.decideAccess().approve(
                new DecideAccess.Approve(filed.id(), centre.manager.id(), "crowd incident review", "WA-7", null, false));

        assertEquals("ACCESS-01", byDeputy.ruleId());
        assertTrue(byDeputy.sentence().contains("major special event"));
        assertEquals(AccessRequest.Status.APPROVED, approved.status());
    }

    @Test
    @DisplayName("a staff request is approved by the head of the centre or a manager")
    void staffRequest() {
        AccessRequest filed = centre.file(centre.staffRequest(centre.operator, Set.of(centre.street), Set.of(AccessAction.PLAYBACK)));

        assertThrows(RuleViolation.class, () -> centre.module.decideAccess().approve(
                new DecideAccess.Approve(filed.id(), centre.shiftLeader.id(), "ok", null, null, false)));
        AccessRequest approved = centre.module.decideAccess().approve(
                new DecideAccess.Approve(filed.id(), centre.centreHead.id(), "training review", null, Duration.ofHours(4), false));

        assertEquals(Duration.ofHours(4), centre.grants.get(approved.decision().grant()).validity().length());
    }

    @Test
    @DisplayName("a refusal is recorded with its reason, gives no grant, and a decided request is not decided again")
    void refusal() {
        AccessRequest filed = centre.file(centre.policeRequest(Set.of(centre.street), Set.of(AccessAction.EXPORT)));

        AccessRequest refused = centre.module.decideAccess().refuse(new DecideAccess.Refuse(filed.id(), centre.centreHead.id(),
                "no case number given"));

        assertEquals(AccessRequest.Status.REFUSED, refused.status());
        assertEquals("no case number given", centre.requests.get(filed.id()).decision().reason());
        assertTrue(centre.grants.all().isEmpty());
        RuleViolation again = assertThrows(RuleViolation.class, () -> centre.module.decideAccess().approve(
                new DecideAccess.Approve(filed.id(), centre.shiftLeader.id(), "ok now", null, null, false)));
        assertEquals("ACCESS-01", again.ruleId());
    }

    @Test
    @DisplayName("the approver table is a configurable policy with the catalogue's defaults")
    void configurablePolicy() {
        AccessPolicy defaults = AccessPolicy.defaults();
        assertEquals(Set.of(Role.CENTRE_HEAD, Role.DEPUTY_LEADER, Role.GENERAL_MANAGER), defaults.approverFor(RequesterClass.STAFF, Gravity.ORDINARY).roles());
        assertEquals(Set.of(Role.GENERAL_MANAGER), defaults.approverFor(RequesterClass.LAW_ENFORCEMENT, Gravity.MAJOR_SPECIAL_EVENT).roles());
        assertTrue(defaults.isFreeOfCharge(RequesterClass.LAW_ENFORCEMENT));

        AccessFixtures strict = new AccessFixtures(defaults.withApprovers(RequesterClass.LAW_ENFORCEMENT, EnumSet.of(Role.CENTRE_HEAD)), null);
        AccessRequest filed = strict.file(strict.policeRequest(Set.of(strict.street), Set.of(AccessAction.VIEW)));
        assertThrows(RuleViolation.class, () -> strict.module.decideAccess().approve(
                new DecideAccess.Approve(filed.id(), strict.shiftLeader.id(), "ok", null, null, false)));
        assertThrows(IllegalArgumentException.class, () -> defaults.withApprovers(RequesterClass.STAFF, Set.of()));
    }

    @Test
    @Tag("ACCESS-08")
    @DisplayName("ACCESS-08: a person whose image was recorded may ask to see it; the request follows ACCESS-01")
    void dataSubject() {
        AccessRequest filed = centre.file(centre.outsideRequest(RequesterClass.DATA_SUBJECT, Gravity.ORDINARY,
                Set.of(centre.street), Set.of(AccessAction.VIEW)));

        assertEquals(new AccessPolicy.ApproverRule(Set.of(Role.DEPUTY_LEADER), true), filed.approverRule());
        assertThrows(RuleViolation.class, () -> centre.module.decideAccess().approve(
                new DecideAccess.Approve(filed.id(), centre.shiftLeader.id(), "ok", "WA-9", null, false)));
        AccessRequest approved = centre.module.decideAccess().approve(
                new DecideAccess.Approve(filed.id(), centre.deputy.id(), "identity checked against ID card", "WA-9", null, false));
        assertEquals(AccessRequest.Status.APPROVED, approved.status());
    }
}
