package io.watchfloor.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.testkit.access.AccessGens;
import io.watchfloor.testkit.access.AccessSamples;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Properties of approvals")
class ApprovalProperties {

    /** The approver's ID number on the staff records, sealed: never a generated requester's. */
    private static final SealedIdNumber APPROVER_ID = AccessSamples.TEST_SEAL.seal("APPROVER-0001");

    /** How the approver is tied to the request they are asked to decide. */
    enum Tie { NONE, REQUESTER_BY_PERSON, REQUESTER_BY_ID_NUMBER, REQUESTER_BY_BOTH }

    @Test
    @Tag("ACCESS-10")
    @DisplayName("nobody approves or refuses a request in which they are the requester or the subject, in any class, whoever registered it")
    void noApprovalByTheRequesterInAnyFiling() {
        var filing = Gens.tuples(Gens.enums(RequesterClass.class), Gens.enums(Tie.class), Gens.booleans(), AccessGens.gravities());
        var records = Gens.tuples(Gens.booleans(), Gens.integers(1, 99));
        Property.forAll(filing, records).tries(2_000).requireShare("approved", 0.05).requireShare("their own", 0.3).check((f, r) -> {
            RequesterClass kind = f.first();
            Tie tie = f.second();
            boolean registeredByApprover = f.third();
            boolean approverHasIdOnRecord = r.first() || tie == Tie.REQUESTER_BY_ID_NUMBER || tie == Tie.REQUESTER_BY_BOTH;
            Person approver = Person.newPerson("Approver", EnumSet.allOf(Role.class), null);
            SealedIdNumber approverId = approverHasIdOnRecord ? APPROVER_ID : null;
            boolean byPerson = tie == Tie.REQUESTER_BY_PERSON || tie == Tie.REQUESTER_BY_BOTH;
            boolean byIdNumber = tie == Tie.REQUESTER_BY_ID_NUMBER || tie == Tie.REQUESTER_BY_BOTH;
            PersonId person = byPerson ? approver.id() : kind == RequesterClass.STAFF ? PersonId.newId() : null;
            SealedIdNumber idNumber = byIdNumber ? APPROVER_ID
                    : Requester.needsIdNumber(kind) ? AccessSamples.TEST_SEAL.seal("REQUESTER-" + r.second()) : null;
            Requester requester = new Requester(kind, "Lin Qiang", "Huangpu", kind == RequesterClass.LAW_ENFORCEMENT ? "SH-1" : null,
                    person, idNumber);
            AccessRequest request = AccessRequest.file(requester, "purpose", Set.of(AccessGens.camera(1)), AccessFixtures.LAST_NIGHT,
                    Set.of(AccessAction.VIEW), f.fourth(), null, registeredByApprover ? approver.id() : PersonId.newId(),
                    AccessPolicy.defaults(), AccessFixtures.NOW);
            boolean unprovable = idNumber != null && approverId == null;
            boolean own = byPerson || byIdNumber || registeredByApprover || unprovable;
            Property.classify(!own, "approved");
            Property.classify(byPerson || byIdNumber, "their own");
            Property.collect(kind);

            Runnable approve = () -> request.approve(approver, approverId, AccessLevel.HIGHEST, Map.of(AccessGens.camera(1), AccessLevel.BASIC),
                    "ok", "WA-1", Duration.ofHours(1), false, AccessFixtures.NOW);
            Runnable refuse = () -> request.refuse(approver, approverId, "no", AccessFixtures.NOW);
            if (own) {
                assertEquals("ACCESS-10", assertThrows(RuleViolation.class, approve::run).ruleId());
                assertEquals("ACCESS-10", assertThrows(RuleViolation.class, refuse::run).ruleId());
            } else {
                approve.run();
                refuse.run();
            }
        });
    }

    @Test
    @Tag("ACCESS-01")
    @Tag("ACCESS-08")
    @Tag("ACCESS-10")
    @DisplayName("for every requester class, gravity and policy table, an approval succeeds exactly when the table says it may")
    void approvalsFollowThePolicyTable() {
        var situation = Gens.tuples(AccessGens.policies(), AccessGens.requesters(), AccessGens.gravities(), AccessGens.roleSets());
        var twists = Gens.tuples(Gens.booleans(), Gens.booleans(), Gens.booleans());
        Property.forAll(situation, twists).tries(2_000).requireShare("approved", 0.05).requireShare("wrong role", 0.2).check((s, t) -> {
            AccessPolicy policy = s.first();
            Requester requester = s.second();
            Gravity gravity = s.third();
            Set<Role> approverRoles = s.fourth();
            boolean registeredByApprover = t.first() && t.second();
            boolean written = t.third();
            Person approver = Person.newPerson("Approver", approverRoles, null);
            PersonId registeredBy = registeredByApprover ? approver.id() : PersonId.newId();
            AccessRequest request = AccessRequest.file(requester, "purpose", Set.of(AccessGens.camera(1)), AccessFixtures.LAST_NIGHT,
                    Set.of(AccessAction.VIEW), gravity, null, registeredBy, policy, AccessFixtures.NOW);

            Set<Role> table = gravity == Gravity.MAJOR_SPECIAL_EVENT ? policy.majorEventApprovers() : policy.approvers().get(requester.kind());
            String expected = registeredByApprover ? "ACCESS-10"
                    : approverRoles.stream().noneMatch(table::contains) ? "ACCESS-01"
                    : policy.writtenApprovalRequired().contains(requester.kind()) && !written ? "ACCESS-01"
                    : null;
            Property.classify(expected == null, "approved");
            Property.classify(approverRoles.stream().noneMatch(table::contains), "wrong role");
            Property.collect(requester.kind());

            assertEquals(table, request.approverRule().roles());
            Runnable approve = () -> request.approve(approver, APPROVER_ID, AccessLevel.HIGHEST, Map.of(AccessGens.camera(1), AccessLevel.BASIC), "ok",
                    written ? "WA-1" : null, Duration.ofHours(1), false, AccessFixtures.NOW);
            if (expected == null) {
                approve.run();
            } else {
                assertEquals(expected, assertThrows(RuleViolation.class, approve::run).ruleId());
            }
            boolean wrongRole = approverRoles.stream().noneMatch(table::contains);
            String refuseExpected = registeredByApprover ? "ACCESS-10" : wrongRole ? "ACCESS-01" : null;
            if (refuseExpected == null) {
                assertEquals(AccessRequest.Status.REFUSED, request.refuse(approver, APPROVER_ID, "no", AccessFixtures.NOW).request().status());
            } else {
                assertEquals(refuseExpected, assertThrows(RuleViolation.class, () -> request.refuse(approver, APPROVER_ID, "no", AccessFixtures.NOW)).ruleId());
            }
        });
    }
}
