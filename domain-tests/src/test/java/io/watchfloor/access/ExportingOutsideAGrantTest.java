package io.watchfloor.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.access.port.in.ExportFootage;
import io.watchfloor.access.port.in.HandOverCopy;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Exports and copies outside a grant, or by someone without the role, are refused and logged as refused")
class ExportingOutsideAGrantTest {

    private final AccessFixtures centre = new AccessFixtures();

    private Export export(Grant grant, PersonId actor, Set<CameraId> cameras, TimeRange footage) {
        return centre.module.exportFootage().export(new ExportFootage.Command(grant.id(), actor, cameras, footage.start(), footage.end(), false));
    }

    /** Runs a refused command and checks that only its REFUSED entry, naming the rule, was kept. */
    private RuleViolation refused(String ruleId, Runnable command) {
        var before = centre.snapshot();
        RuleViolation refusal = assertThrows(RuleViolation.class, command::run);
        var after = centre.snapshot();
        assertEquals(ruleId, refusal.ruleId(), refusal.getMessage());
        assertEquals(before.exports(), after.exports(), "no export stored");
        assertEquals(before.log().size() + 1, after.log().size(), "only the refused attempt is logged");
        LogRecord logged = after.log().get(after.log().size() - 1).record();
        assertEquals(LogKind.REFUSED, logged.kind());
        assertTrue(logged.detail().contains(ruleId), logged.detail());
        return refusal;
    }

    @Test
    @Tag("ACCESS-03")
    @DisplayName("ACCESS-03: exporting a camera the grant does not cover is refused")
    void otherCamera() {
        Grant grant = centre.policeGrant(centre.street, AccessAction.EXPORT);

        RuleViolation refusal = refused("ACCESS-03", () -> export(grant, centre.operatorId(), Set.of(centre.street, centre.square),
                AccessFixtures.LAST_NIGHT));

        assertTrue(refusal.sentence().contains("does not cover camera People's Square north"), refusal.getMessage());
    }

    @Test
    @Tag("ACCESS-03")
    @DisplayName("ACCESS-03: exporting footage reaching a second past the granted range is refused")
    void otherRange() {
        Grant grant = centre.policeGrant(centre.street, AccessAction.EXPORT);
        TimeRange longer = new TimeRange(AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end().plusSeconds(1));

        RuleViolation refusal = refused("ACCESS-03", () -> export(grant, centre.operatorId(), Set.of(centre.street), longer));

        assertTrue(refusal.sentence().contains("covers footage from"), refusal.getMessage());
    }

    @Test
    @Tag("ACCESS-03")
    @DisplayName("ACCESS-03: exporting under a grant that expired is refused")
    void expired() {
        Grant grant = centre.policeGrant(centre.street, AccessAction.EXPORT);
        centre.clock.set(grant.validity().end());

        RuleViolation refusal = refused("ACCESS-03", () -> export(grant, centre.operatorId(), Set.of(centre.street), AccessFixtures.LAST_NIGHT));

        assertTrue(refusal.sentence().contains("expired at"), refusal.getMessage());
    }

    @Test
    @Tag("ACCESS-03")
    @DisplayName("ACCESS-03: exporting under a grant that allows viewing only is refused")
    void noExportAction() {
        Grant grant = centre.policeGrant(centre.street, AccessAction.VIEW, AccessAction.PLAYBACK);

        RuleViolation refusal = refused("ACCESS-03", () -> export(grant, centre.operatorId(), Set.of(centre.street), AccessFixtures.LAST_NIGHT));

        assertTrue(refusal.sentence().contains("not export"), refusal.getMessage());
    }

    @Test
    @Tag("PEOPLE-01")
    @DisplayName("PEOPLE-01: a technician may not export footage even under a grant that allows it")
    void exportNeedsTheRole() {
        Grant grant = centre.policeGrant(centre.street, AccessAction.EXPORT);

        RuleViolation refusal = refused("PEOPLE-01", () -> export(grant, centre.technician.id(), Set.of(centre.street), AccessFixtures.LAST_NIGHT));

        assertTrue(refusal.sentence().contains("Zheng Kai may not operate footage under a grant"), refusal.getMessage());
    }

    @Test
    @Tag("PEOPLE-01")
    @DisplayName("PEOPLE-01: a technician may not hand a copy outside even under a grant that allows copies")
    void handOverNeedsTheRole() {
        Grant grant = centre.policeGrant(centre.street, AccessAction.EXPORT, AccessAction.COPY);
        Export export = export(grant, centre.operatorId(), Set.of(centre.street), AccessFixtures.LAST_NIGHT);

        RuleViolation refusal = refused("PEOPLE-01", () -> centre.module.handOverCopy().handOver(new HandOverCopy.Command(export.id(),
                centre.technician.id(), "Officer Zhang Wei", "Huangpu Public Security Sub-bureau", "encrypted USB drive")));

        assertTrue(refusal.sentence().contains("Zheng Kai may not operate footage under a grant"), refusal.getMessage());
        assertTrue(centre.exports.get(export.id()).handovers().isEmpty());
    }

    @Test
    @Tag("ACCESS-03")
    @DisplayName("ACCESS-03: a copy handed over after the grant expired is refused")
    void handOverAfterExpiry() {
        Grant grant = centre.policeGrant(centre.street, AccessAction.EXPORT, AccessAction.COPY);
        Export export = export(grant, centre.operatorId(), Set.of(centre.street), AccessFixtures.LAST_NIGHT);
        centre.clock.set(grant.validity().end().plusSeconds(1));

        refused("ACCESS-03", () -> centre.module.handOverCopy().handOver(new HandOverCopy.Command(export.id(),
                centre.operatorId(), "Officer Zhang Wei", "Huangpu Public Security Sub-bureau", "encrypted USB drive")));

        assertTrue(centre.exports.get(export.id()).handovers().isEmpty());
    }
}
