package io.watchfloor.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.access.port.in.DecideAccess;
import io.watchfloor.access.port.in.ExportFootage;
import io.watchfloor.access.port.in.HandOverCopy;
import io.watchfloor.access.port.in.UseFootage;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.RuleViolation;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ACCESS-03")
@DisplayName("ACCESS-03: a grant is used only by its grantee, or for a requester outside the centre by the operator on duty serving them")
class WhoUsesAGrantTest {

    private final AccessFixtures centre = new AccessFixtures();

    /** Wang Fang's own staff grant to play back the street camera last night, approved by the centre head. */
    private Grant staffGrant(Person staff, AccessAction... actions) {
        AccessRequest filed = centre.file(centre.staffRequest(staff, Set.of(centre.street), Set.of(actions)));
        AccessRequest approved = centre.module.decideAccess().approve(new DecideAccess.Approve(filed.id(), centre.centreHead.id(),
                "review approved", null, null, false));
        return centre.grants.get(approved.decision().grant());
    }

    private AccessLogEntry use(Grant grant, PersonId actor) {
        return centre.module.useFootage().use(new UseFootage.Command(grant.id(), actor, centre.street, AccessFixtures.LAST_NIGHT.start(),
                AccessFixtures.LAST_NIGHT.end(), AccessAction.PLAYBACK));
    }

    private RuleViolation refusedAndLogged(Runnable command) {
        var before = centre.snapshot();
        RuleViolation refusal = assertThrows(RuleViolation.class, command::run);
        var after = centre.snapshot();
        assertEquals("ACCESS-03", refusal.ruleId(), refusal.getMessage());
        assertEquals(before.exports(), after.exports());
        assertEquals(before.log().size() + 1, after.log().size(), "only the refused use is logged");
        LogRecord logged = after.log().get(after.log().size() - 1).record();
        assertEquals(LogKind.REFUSED, logged.kind());
        assertTrue(logged.detail().contains("ACCESS-03"), logged.detail());
        return refusal;
    }

    @Test
    @DisplayName("Li Na may not play back footage through Wang Fang's staff grant; the attempt is logged as refused")
    void notSomeoneElsesStaffGrant() {
        Grant wangFangs = staffGrant(centre.offDutyOperator, AccessAction.PLAYBACK);

        RuleViolation refusal = refusedAndLogged(() -> use(wangFangs, centre.operatorId()));

        assertEquals("ACCESS-03: Li Na may not use grant " + wangFangs.id() + ": it was granted to Wang Fang (Monitoring Centre),"
                + " and only they may use it", refusal.getMessage());
        assertEquals(centre.operatorId(), centre.log.head().orElseThrow().record().actor());
    }

    @Test
    @DisplayName("Wang Fang plays back under her own staff grant, logged as herself")
    void theGranteeThemselves() {
        Grant wangFangs = staffGrant(centre.offDutyOperator, AccessAction.PLAYBACK);

        AccessLogEntry entry = use(wangFangs, centre.offDutyOperator.id());

        assertEquals(LogKind.PLAYBACK, entry.record().kind());
        assertEquals(centre.offDutyOperator.id(), entry.record().actor());
        assertEquals("Wang Fang (Monitoring Centre)", entry.record().requester());
    }

    @Test
    @DisplayName("nor may the shift leader export, nor hand over a copy, under Wang Fang's staff grant")
    void notSomeoneElsesStaffGrantForExportsAndCopies() {
        Grant wangFangs = staffGrant(centre.offDutyOperator, AccessAction.EXPORT, AccessAction.COPY);

        refusedAndLogged(() -> centre.module.exportFootage().export(new ExportFootage.Command(wangFangs.id(), centre.shiftLeader.id(),
                Set.of(centre.street), AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end(), false)));
        Export own = centre.module.exportFootage().export(new ExportFootage.Command(wangFangs.id(), centre.offDutyOperator.id(),
                Set.of(centre.street), AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end(), false));
        refusedAndLogged(() -> centre.module.handOverCopy().handOver(new HandOverCopy.Command(own.id(), centre.shiftLeader.id(),
                "Wang Fang", "Monitoring Centre", "encrypted USB drive")));

        assertTrue(centre.exports.get(own.id()).handovers().isEmpty());
    }

    @Test
    @DisplayName("the operator on duty serving a police officer plays back for them, logged as acting for the officer")
    void onDutyOperatorActsForAnOutsideRequester() {
        Grant police = centre.policeGrant(centre.street, AccessAction.PLAYBACK);

        AccessLogEntry entry = use(police, centre.operatorId());

        assertEquals(centre.operatorId(), entry.record().actor());
        assertEquals("Officer Zhang Wei (Huangpu Public Security Sub-bureau, credential SH-310101-4471)", entry.record().requester());
        assertTrue(entry.record().detail().startsWith("acting for Officer Zhang Wei (Huangpu Public Security Sub-bureau"),
                entry.record().detail());
    }

    @Test
    @DisplayName("an operator off duty may not use a police officer's grant")
    void offDutyOperatorMayNotServeAnOutsideRequester() {
        Grant police = centre.policeGrant(centre.street, AccessAction.PLAYBACK);

        RuleViolation refusal = refusedAndLogged(() -> use(police, centre.offDutyOperator.id()));

        assertTrue(refusal.sentence().contains("Wang Fang is not on duty"), refusal.getMessage());
    }
}
