package io.watchfloor.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.access.port.in.DecideAccess;
import io.watchfloor.access.port.in.RequestAccess;
import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.RuleViolation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ACCESS-10")
@DisplayName("ACCESS-10: nobody approves a request in which they are the requester or the subject, whatever its class and whoever registered it")
class NobodyApprovesTheirOwnRequestTest {

    private final AccessFixtures centre = new AccessFixtures();
    private final Person secondDeputy = centre.people.save(Person.newPerson("Xu Hong", Set.of(Role.DEPUTY_LEADER), null));

    NobodyApprovesTheirOwnRequestTest() {
        centre.clearances.set(secondDeputy.id(), AccessLevel.ADVANCED);
        centre.idNumbers.record(secondDeputy.id(), "310101197705051234");
    }

    /** Lin Qiang, the deputy leader, asks under their own name and ID number; the operator on duty registers it. */
    private AccessRequest filedByTheDeputyAs(RequesterClass kind) {
        return centre.file(new RequestAccess.Command(kind, "Lin Qiang", "private", null, null, "footage of my own car being scratched",
                Set.of(centre.street), AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end(), Set.of(AccessAction.VIEW),
                Gravity.ORDINARY, null, centre.operatorId(), centre.idNumberOf.get(centre.deputy.id())));
    }

    private RuleViolation refusedBothWays(AccessRequest request, Person approver) {
        var before = centre.snapshot();
        RuleViolation approval = assertThrows(RuleViolation.class, () -> centre.module.decideAccess().approve(
                new DecideAccess.Approve(request.id(), approver.id(), "fine", "WA-2026-118", null, false)));
        RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.module.decideAccess().refuse(
                new DecideAccess.Refuse(request.id(), approver.id(), "no")));
        assertEquals("ACCESS-10", approval.ruleId(), approval.getMessage());
        assertEquals("ACCESS-10", refusal.ruleId(), refusal.getMessage());
        assertEquals(before, centre.snapshot(), "a refused decision changes nothing");
        return approval;
    }

    @Test
    @DisplayName("a deputy leader files a data-subject request under their own ID number, an operator registers it: they may not approve it")
    void dataSubjectUnderTheirOwnIdNumber() {
        AccessRequest own = filedByTheDeputyAs(RequesterClass.DATA_SUBJECT);

        RuleViolation refusal = refusedBothWays(own, centre.deputy);

        assertEquals("ACCESS-10: Lin Qiang may not approve a request filed under their own ID number ****0002: nobody approves their"
                + " own request", refusal.getMessage());
        AccessRequest approved = centre.module.decideAccess().approve(
                new DecideAccess.Approve(own.id(), secondDeputy.id(), "identity checked", "WA-2026-118", null, false));
        assertEquals(AccessRequest.Status.APPROVED, approved.status());
    }

    @Test
    @DisplayName("nor one they filed as a private person")
    void privatePersonUnderTheirOwnIdNumber() {
        refusedBothWays(filedByTheDeputyAs(RequesterClass.PRIVATE_PERSON), centre.deputy);
    }

    @Test
    @DisplayName("nor one filed for another organisation that names them as the person asking")
    void anyClassNamingThemAsThePerson() {
        AccessRequest own = centre.file(new RequestAccess.Command(RequesterClass.OTHER_ORGANISATION, "Lin Qiang", "Residents' committee",
                null, centre.deputy.id(), "committee review", Set.of(centre.street), AccessFixtures.LAST_NIGHT.start(),
                AccessFixtures.LAST_NIGHT.end(), Set.of(AccessAction.VIEW), Gravity.ORDINARY, null, centre.operatorId()));

        RuleViolation refusal = refusedBothWays(own, centre.deputy);

        assertEquals("ACCESS-10: Lin Qiang may not approve their own request: nobody approves their own request", refusal.getMessage());
    }

    @Test
    @DisplayName("a request carrying an ID number is not decided by someone whose own ID number is not on record")
    void approverWithoutAnIdNumberOnRecord() {
        Person unrecorded = centre.people.save(Person.newPerson("Qian Bo", Set.of(Role.DEPUTY_LEADER), null));
        centre.clearances.set(unrecorded.id(), AccessLevel.ADVANCED);
        AccessRequest someoneElses = centre.file(centre.outsideRequest(RequesterClass.DATA_SUBJECT, Gravity.ORDINARY, Set.of(centre.street),
                Set.of(AccessAction.VIEW)));

        RuleViolation refusal = refusedBothWays(someoneElses, unrecorded);

        assertEquals("ACCESS-10: Qian Bo has no ID number on the staff records, so nobody can show that the request filed under ID number"
                + " ****4417 is not their own; they may not approve it", refusal.getMessage());
    }

    @Test
    @DisplayName("a data subject's request by someone else is approved by the deputy leader as before")
    void someoneElsesRequest() {
        AccessRequest theirs = centre.file(centre.outsideRequest(RequesterClass.DATA_SUBJECT, Gravity.ORDINARY, Set.of(centre.street),
                Set.of(AccessAction.VIEW)));

        AccessRequest approved = centre.module.decideAccess().approve(
                new DecideAccess.Approve(theirs.id(), centre.deputy.id(), "identity checked", "WA-2026-119", null, false));

        assertEquals(AccessRequest.Status.APPROVED, approved.status());
        assertEquals("****4417", approved.requester().idNumber().masked());
    }

    @Test
    @DisplayName("a private person's or data subject's request without their ID number is refused as invalid, naming the field")
    void idNumberRequired() {
        RequestAccess.Command without = centre.outsideRequest(RequesterClass.PRIVATE_PERSON, Gravity.ORDINARY, Set.of(centre.street),
                Set.of(AccessAction.VIEW));
        InvalidCommand refusal = assertThrows(InvalidCommand.class, () -> centre.file(new RequestAccess.Command(without.requesterClass(),
                without.requesterName(), without.requesterUnit(), null, null, without.purpose(), without.cameras(), without.footageStart(),
                without.footageEnd(), without.actions(), without.gravity(), null, without.registeredBy())));

        assertEquals(List.of("requesterIdNumber"), refusal.errors().stream().map(InvalidCommand.FieldError::field).distinct().toList());
    }
}
