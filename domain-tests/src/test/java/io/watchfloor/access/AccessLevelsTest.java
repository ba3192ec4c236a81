package io.watchfloor.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.access.port.in.DecideAccess;
import io.watchfloor.access.port.in.UseFootage;
import io.watchfloor.shared.AccessLevel;
import io.watchfloor.shared.RuleViolation;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ACCESS-02")
@DisplayName("ACCESS-02: a grant never exceeds the camera's level nor the approver's")
class AccessLevelsTest {

    private final AccessFixtures centre = new AccessFixtures();

    @Test
    @DisplayName("a shift leader with advanced level may not grant a camera in a zone of the highest level; the centre head may")
    void approverLevel() {
        AccessRequest filed = centre.file(centre.policeRequest(Set.of(centre.street, centre.government), Set.of(AccessAction.VIEW)));
        var before = centre.snapshot();

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.module.decideAccess().approve(
                new DecideAccess.Approve(filed.id(), centre.shiftLeader.id(), "ok", null, null, false)));
        assertEquals("ACCESS-02", refusal.ruleId());
        assertTrue(refusal.sentence().contains("ADVANCED") && refusal.sentence().contains("HIGHEST"), refusal.getMessage());
        assertEquals(before, centre.snapshot());

        AccessRequest approved = centre.module.decideAccess().approve(
                new DecideAccess.Approve(filed.id(), centre.centreHead.id(), "ok", null, null, false));
        Grant grant = centre.grants.get(approved.decision().grant());
        assertEquals(Map.of(centre.street, AccessLevel.BASIC, centre.government, AccessLevel.HIGHEST), grant.cameras());
    }

    @Test
    @DisplayName("each camera is granted at its own level, not at the approver's")
    void grantAtTheCamerasLevel() {
        Grant grant = centre.policeGrant(Set.of(centre.street, centre.square), Set.of(AccessAction.VIEW), false);

        assertEquals(AccessLevel.BASIC, grant.cameras().get(centre.street));
        assertEquals(AccessLevel.ADVANCED, grant.cameras().get(centre.square));
        assertEquals(AccessLevel.ADVANCED, grant.approverLevel());
    }

    @Test
    @DisplayName("a camera raised to a higher level after approval may no longer be viewed under the old grant")
    void raisedCamera() {
        Grant grant = centre.policeGrant(centre.street, AccessAction.VIEW);
        CameraProfile old = centre.cameras.get(centre.street);
        centre.cameras.put(new CameraProfile(old.id(), old.name(), AccessLevel.ADVANCED, old.zoneLevel(), old.privacyFlagged()));

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.module.useFootage().use(new UseFootage.Command(grant.id(),
                centre.operatorId(), centre.street, AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end(), AccessAction.VIEW)));

        assertEquals("ACCESS-02", refusal.ruleId());
    }

    @Test
    @DisplayName("an approver who holds no access level may not approve at all")
    void noClearance() {
        AccessRequest filed = centre.file(centre.policeRequest(Set.of(centre.street), Set.of(AccessAction.VIEW)));
        centre.clearances.clear(centre.shiftLeader.id());

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.module.decideAccess().approve(
                new DecideAccess.Approve(filed.id(), centre.shiftLeader.id(), "ok", null, null, false)));

        assertEquals("ACCESS-02", refusal.ruleId());
        assertEquals(AccessRequest.Status.PENDING, centre.requests.get(filed.id()).status());
    }

    @Test
    @DisplayName("a grant cannot even be built with a camera level above its approver's")
    void grantInvariant() {
        RuleViolation refusal = assertThrows(RuleViolation.class, () -> new Grant(GrantId.newId(), AccessRequestId.newId(),
                io.watchfloor.testkit.access.AccessSamples.officer(), Map.of(centre.government, AccessLevel.HIGHEST), AccessFixtures.LAST_NIGHT,
                Set.of(AccessAction.VIEW), centre.deputy.id(), AccessLevel.ADVANCED,
                io.watchfloor.shared.TimeRange.starting(AccessFixtures.NOW, java.time.Duration.ofHours(1)), false, io.watchfloor.shared.Version.NEW));
        assertEquals("ACCESS-02", refusal.ruleId());
    }
}
