package io.watchfloor.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.access.port.in.DecideAccess;
import io.watchfloor.access.port.in.UseFootage;
import io.watchfloor.access.port.in.ViewLive;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ACCESS-04")
@DisplayName("Audit reports: who looked at what, requests by requester class, refused attempts")
class AuditTest {

    @Test
    @DisplayName("the audit of a period counts what happened in it and nothing outside it")
    void auditOfAPeriod() {
        AccessFixtures centre = new AccessFixtures();
        Grant grant = centre.policeGrant(centre.street, AccessAction.VIEW);
        AccessRequest refused = centre.file(centre.outsideRequest(RequesterClass.PRIVATE_PERSON, Gravity.ORDINARY,
                Set.of(centre.street), Set.of(AccessAction.VIEW)));
        centre.module.decideAccess().refuse(new DecideAccess.Refuse(refused.id(), centre.deputy.id(), "no legitimate interest shown"));
        centre.file(centre.staffRequest(centre.operator, Set.of(centre.street), Set.of(AccessAction.VIEW)));
        centre.clock.advance(Duration.ofMinutes(5));
        centre.module.useFootage().use(new UseFootage.Command(grant.id(), centre.operatorId(), centre.street,
                AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end(), AccessAction.VIEW));
        centre.module.viewLive().view(new ViewLive.Command(centre.shiftLeader.id(), centre.square));
        assertThrows(RuleViolation.class, () -> centre.module.viewLive().view(new ViewLive.Command(centre.technician.id(), centre.street)));
        TimeRange period = TimeRange.starting(AccessFixtures.NOW, Duration.ofHours(1));
        centre.clock.advance(Duration.ofHours(2));
        centre.module.viewLive().view(new ViewLive.Command(centre.shiftLeader.id(), centre.square));

        AccessAudit audit = centre.module.auditAccess().audit(period);

        assertEquals(List.of(LogKind.VIEW, LogKind.LIVE_VIEW), audit.lookedAt().stream().map(e -> e.record().kind()).toList());
        assertEquals(List.of("Li Na", "Zhou Min"), audit.lookedAt().stream().map(e -> e.record().actorName()).toList());
        assertEquals(new AccessAudit.RequestCounts(1, 1, 0, 0), audit.requestsByClass().get(RequesterClass.LAW_ENFORCEMENT));
        assertEquals(new AccessAudit.RequestCounts(1, 0, 1, 0), audit.requestsByClass().get(RequesterClass.PRIVATE_PERSON));
        assertEquals(new AccessAudit.RequestCounts(1, 0, 0, 1), audit.requestsByClass().get(RequesterClass.STAFF));
        assertEquals(new AccessAudit.RequestCounts(0, 0, 0, 0), audit.requestsByClass().get(RequesterClass.DATA_SUBJECT));
        assertEquals(List.of("Zheng Kai"), audit.refusedAttempts().stream().map(e -> e.record().actorName()).toList());
        assertEquals(List.of(refused.id()), audit.refusedRequests().stream().map(AccessRequest::id).toList());
    }
}
