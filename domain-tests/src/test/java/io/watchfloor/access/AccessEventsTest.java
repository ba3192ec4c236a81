package io.watchfloor.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.access.port.in.DecideAccess;
import io.watchfloor.access.port.in.ExportFootage;
import io.watchfloor.access.port.in.HandOverCopy;
import io.watchfloor.access.port.in.RegisterVisit;
import io.watchfloor.access.port.in.UseFootage;
import io.watchfloor.access.port.in.ViewLive;
import io.watchfloor.shared.DomainEvent;
import io.watchfloor.shared.RuleViolation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Each access use case publishes exactly the event of what happened, once. */
@Tag("ACCESS-04")
@DisplayName("The events of each access use case are published")
class AccessEventsTest {

    private final AccessFixtures centre = new AccessFixtures();

    /** The events published while {@code work} ran. */
    private List<DomainEvent> during(Runnable work) {
        int before = centre.events.all().size();
        work.run();
        List<DomainEvent> all = centre.events.all();
        return all.subList(before, all.size());
    }

    @Test
    @Tag("ACCESS-01")
    @DisplayName("filing a request publishes AccessRequested with its class and gravity")
    void requested() {
        AccessRequest[] filed = new AccessRequest[1];

        List<DomainEvent> events = during(() -> filed[0] = centre.file(centre.policeRequest(Set.of(centre.street), Set.of(AccessAction.VIEW))));

        assertEquals(List.of(new AccessEvent.AccessRequested(filed[0].id(), RequesterClass.LAW_ENFORCEMENT, Gravity.ORDINARY,
                AccessFixtures.NOW)), events);
    }

    @Test
    @Tag("ACCESS-01")
    @DisplayName("approving publishes AccessApproved naming the grant and the approver; refusing publishes AccessRefused with the reason")
    void decided() {
        AccessRequest first = centre.file(centre.policeRequest(Set.of(centre.street), Set.of(AccessAction.VIEW)));
        AccessRequest second = centre.file(centre.policeRequest(Set.of(centre.street), Set.of(AccessAction.VIEW)));
        AccessRequest[] approved = new AccessRequest[1];

        List<DomainEvent> approval = during(() -> approved[0] = centre.module.decideAccess().approve(
                new DecideAccess.Approve(first.id(), centre.shiftLeader.id(), "credential checked", null, null, false)));
        List<DomainEvent> refusal = during(() -> centre.module.decideAccess().refuse(
                new DecideAccess.Refuse(second.id(), centre.shiftLeader.id(), "no case number given")));

        assertEquals(List.of(new AccessEvent.AccessApproved(first.id(), approved[0].decision().grant(), centre.shiftLeader.id(),
                RequesterClass.LAW_ENFORCEMENT, AccessFixtures.NOW)), approval);
        assertEquals(List.of(new AccessEvent.AccessRefused(second.id(), centre.shiftLeader.id(), RequesterClass.LAW_ENFORCEMENT,
                "no case number given", AccessFixtures.NOW)), refusal);
    }

    @Test
    @Tag("ACCESS-03")
    @DisplayName("a use under a grant publishes FootageAccessed with its log entry; a refused use publishes AccessAttemptRefused with the rule")
    void used() {
        Grant grant = centre.policeGrant(centre.street, AccessAction.VIEW);
        AccessLogEntry[] entry = new AccessLogEntry[1];

        List<DomainEvent> use = during(() -> entry[0] = centre.module.useFootage().use(new UseFootage.Command(grant.id(), centre.operatorId(),
                centre.street, AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end(), AccessAction.VIEW)));
        List<DomainEvent> refused = during(() -> assertThrows(RuleViolation.class, () -> centre.module.useFootage().use(new UseFootage.Command(
                grant.id(), centre.operatorId(), centre.square, AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end(),
                AccessAction.VIEW))));

        assertEquals(List.of(new AccessEvent.FootageAccessed(grant.id(), centre.operatorId(), AccessAction.VIEW, entry[0].sequence(),
                AccessFixtures.NOW)), use);
        assertEquals(List.of(new AccessEvent.AccessAttemptRefused(centre.operatorId(), "ACCESS-03", entry[0].sequence() + 1,
                AccessFixtures.NOW)), refused);
    }

    @Test
    @Tag("ACCESS-05")
    @DisplayName("an export publishes FootageExported with its file count and masking; a copy handed over publishes CopyHandedOver")
    void exportedAndHandedOver() {
        Grant grant = centre.policeGrant(Set.of(centre.clinic), Set.of(AccessAction.EXPORT, AccessAction.COPY), false);
        Export[] export = new Export[1];

        List<DomainEvent> exported = during(() -> export[0] = centre.module.exportFootage().export(new ExportFootage.Command(grant.id(),
                centre.operatorId(), Set.of(centre.clinic), AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end(), false)));
        List<DomainEvent> handed = during(() -> centre.module.handOverCopy().handOver(new HandOverCopy.Command(export[0].id(),
                centre.operatorId(), "Officer Zhang Wei", "Huangpu Public Security Sub-bureau", "encrypted USB drive")));

        assertEquals(List.of(new AccessEvent.FootageExported(export[0].id(), grant.id(), export[0].files().size(), true, AccessFixtures.NOW)),
                exported);
        assertEquals(List.of(new AccessEvent.CopyHandedOver(export[0].id(), "Huangpu Public Security Sub-bureau", AccessFixtures.NOW)), handed);
    }

    @Test
    @Tag("ACCESS-09")
    @DisplayName("a live view publishes LiveViewed")
    void liveViewed() {
        List<DomainEvent> events = during(() -> centre.module.viewLive().view(new ViewLive.Command(centre.operatorId(), centre.street)));

        assertEquals(List.of(new AccessEvent.LiveViewed(centre.operatorId(), centre.street, AccessFixtures.NOW)), events);
    }

    @Test
    @Tag("ACCESS-07")
    @DisplayName("admitting a visitor publishes VisitorAdmitted with the host; their leaving publishes VisitorLeft")
    void visits() {
        Visit[] visit = new Visit[1];

        List<DomainEvent> admitted = during(() -> visit[0] = centre.module.registerVisit().admit(new RegisterVisit.Admit("Fang Yu",
                "310101198203154417", "139 1762 0831", "Huangpu District Audit Office", centre.centreHead.id(), centre.shiftLeader.id(),
                "annual inspection")));
        centre.clock.advance(java.time.Duration.ofHours(1));
        List<DomainEvent> left = during(() -> centre.module.registerVisit().leave(new RegisterVisit.Leave(visit[0].id())));

        assertEquals(List.of(new AccessEvent.VisitorAdmitted(visit[0].id(), centre.centreHead.id(), AccessFixtures.NOW)), admitted);
        assertEquals(List.of(new AccessEvent.VisitorLeft(visit[0].id(), AccessFixtures.NOW.plus(java.time.Duration.ofHours(1)))), left);
    }
}
