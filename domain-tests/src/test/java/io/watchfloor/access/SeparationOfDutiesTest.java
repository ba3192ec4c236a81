package io.watchfloor.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.access.port.in.DecideAccess;
import io.watchfloor.access.port.in.ExportFootage;
import io.watchfloor.access.port.in.RequestAccess;
import io.watchfloor.access.port.out.FootageArchive;
import io.watchfloor.shared.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ACCESS-10")
@DisplayName("ACCESS-10: separation of duties, and the access record before footage leaves")
class SeparationOfDutiesTest {

    @Test
    @DisplayName("the centre head may not approve the request they asked for themselves")
    void notTheirOwnRequest() {
        AccessFixtures centre = new AccessFixtures();
        AccessRequest own = centre.file(centre.staffRequest(centre.centreHead, Set.of(centre.street), Set.of(AccessAction.VIEW)));
        var before = centre.snapshot();

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.module.decideAccess().approve(
                new DecideAccess.Approve(own.id(), centre.centreHead.id(), "fine", null, null, false)));
        RuleViolation refuseOwn = assertThrows(RuleViolation.class, () -> centre.module.decideAccess().refuse(
                new DecideAccess.Refuse(own.id(), centre.centreHead.id(), "changed my mind")));

        assertEquals("ACCESS-10", refusal.ruleId());
        assertEquals("ACCESS-10: Sun Jianguo may not approve their own request: nobody approves their own request", refusal.getMessage());
        assertEquals("ACCESS-10", refuseOwn.ruleId());
        assertEquals(before, centre.snapshot());
    }

    @Test
    @DisplayName("the centre head may not approve nor refuse their own staff request even when an operator registered it for them")
    void notTheStaffMemberBehindIt() {
        AccessFixtures centre = new AccessFixtures();
        RequestAccess.Command own = centre.staffRequest(centre.centreHead, Set.of(centre.street), Set.of(AccessAction.VIEW));
        AccessRequest filed = centre.file(new RequestAccess.Command(own.requesterClass(), own.requesterName(), own.requesterUnit(), null,
                own.staffMember(), own.purpose(), own.cameras(), own.footageStart(), own.footageEnd(), own.actions(), own.gravity(), null,
                centre.operatorId()));
        var before = centre.snapshot();

        RuleViolation approval = assertThrows(RuleViolation.class, () -> centre.module.decideAccess().approve(
                new DecideAccess.Approve(filed.id(), centre.centreHead.id(), "fine", null, null, false)));
        RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.module.decideAccess().refuse(
                new DecideAccess.Refuse(filed.id(), centre.centreHead.id(), "changed my mind")));

        assertEquals("ACCESS-10", approval.ruleId());
        assertEquals("ACCESS-10", refusal.ruleId());
        assertEquals(before, centre.snapshot());
        AccessRequest approved = centre.module.decideAccess().approve(
                new DecideAccess.Approve(filed.id(), centre.manager.id(), "review approved", null, null, false));
        assertEquals(AccessRequest.Status.APPROVED, approved.status());
    }

    @Test
    @DisplayName("the shift leader who took a police request in may not approve it; another shift leader or the centre head may")
    void notWhoRegisteredIt() {
        AccessFixtures centre = new AccessFixtures();
        RequestAccess.Command taken = centre.policeRequest(Set.of(centre.street), Set.of(AccessAction.VIEW));
        AccessRequest filed = centre.file(new RequestAccess.Command(taken.requesterClass(), taken.requesterName(), taken.requesterUnit(),
                taken.credentialNumber(), null, taken.purpose(), taken.cameras(), taken.footageStart(), taken.footageEnd(), taken.actions(),
                taken.gravity(), null, centre.shiftLeader.id()));

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.module.decideAccess().approve(
                new DecideAccess.Approve(filed.id(), centre.shiftLeader.id(), "fine", null, null, false)));
        AccessRequest approved = centre.module.decideAccess().approve(
                new DecideAccess.Approve(filed.id(), centre.centreHead.id(), "credential checked", null, null, false));

        assertEquals("ACCESS-10", refusal.ruleId());
        assertEquals(AccessRequest.Status.APPROVED, approved.status());
    }

    @Test
    @DisplayName("an export's access record, with reason, content, unit and name, is in the log before the archive hands out any file")
    void recordBeforeFootageLeaves() {
        List<Long> logSizeWhenFilesLeft = new ArrayList<>();
        AccessFixtures[] holder = new AccessFixtures[1];
        FootageArchive watched = (camera, range) -> {
            logSizeWhenFilesLeft.add(holder[0].log.size());
            return holder[0].archive.files(camera, range);
        };
        AccessFixtures centre = new AccessFixtures(AccessPolicy.defaults(), watched);
        holder[0] = centre;
        Grant grant = centre.policeGrant(centre.street, AccessAction.EXPORT);
        long before = centre.log.size();

        centre.module.exportFootage().export(new ExportFootage.Command(grant.id(), centre.operatorId(), Set.of(centre.street),
                AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end(), false));

        assertEquals(List.of(before + 1), logSizeWhenFilesLeft);
        AccessLogEntry record = centre.log.read(before + 1, 1).get(0);
        assertEquals(LogKind.EXPORT, record.record().kind());
        assertTrue(record.record().detail().contains("theft of a bicycle on Nanjing Road"), "the reason");
        assertEquals(List.of(centre.street), record.record().cameras());
        assertEquals(AccessFixtures.LAST_NIGHT, record.record().footage());
        assertEquals("Officer Zhang Wei (Huangpu Public Security Sub-bureau, credential SH-310101-4471)", record.record().requester());
        assertEquals("Li Na", record.record().actorName());
        assertEquals(grant.id(), record.record().grant());
    }
}
