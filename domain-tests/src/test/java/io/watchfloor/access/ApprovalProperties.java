package io.watchfloor.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.testkit.access.AccessGens;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Properties of approvals")
class ApprovalProperties {

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
            Runnable approve = () -> request.approve(approver, AccessLevel.HIGHEST, Map.of(AccessGens.camera(1), AccessLevel.BASIC), "ok",
                    written ? "WA-1" : null, Duration.ofHours(1), false, AccessFixtures.NOW);
            if (expected == null) {
                approve.run();
            } else {
                assertEquals(expected, assertThrows(RuleViolation.class, approve::run).ruleId());
            }
            boolean wrongRole = approverRoles.stream().noneMatch(table::contains);
            String refuseExpected = registeredByApprover ? "ACCESS-10" : wrongRole ? "ACCESS-01" : null;
            if (refuseExpected == null) {
                assertEquals(AccessRequest.Status.REFUSED, request.refuse(approver, "no", AccessFixtures.NOW).request().status());
            } else {
                assertEquals(refuseExpected, assertThrows(RuleViolation.class, () -> request.refuse(approver, "no", AccessFixtures.NOW)).ruleId());
            }
        });
    }
}
