package io.watchfloor.testkit.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.cases.IncidentType;
import io.watchfloor.people.PersonId;
import io.watchfloor.plans.ContingencyPlan;
import io.watchfloor.plans.port.out.ContingencyPlans;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.Version;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link ContingencyPlans} adapter must do (PLAN-01, PLAN-02). Extend it and supply a fresh, empty store per test. */
public abstract class ContingencyPlansContract {

    /** {@return a new, empty store; called once per test} */
    protected abstract ContingencyPlans newPlans();

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

    private static ContingencyPlan fire() {
        return ContingencyPlan.define(IncidentType.FIRE, "Fire", List.of("Call 119", "Tell the centre head"), T0.plusSeconds(86_400 * 90L));
    }

    @Test
    @DisplayName("a plan is stored as version 1 with its ordered steps and drills, and found by its incident type")
    void storesAndFindsByType() {
        ContingencyPlans plans = newPlans();
        ContingencyPlan stored = plans.save(fire());
        assertEquals(new Version(1), stored.version());
        assertEquals(List.of("Call 119", "Tell the centre head"), plans.get(stored.id()).steps());
        assertEquals(stored.id(), plans.forType(IncidentType.FIRE).orElseThrow().id());
        assertTrue(plans.forType(IncidentType.FLOODING).isEmpty());
        assertEquals(1, plans.all().size());
    }

    @Test
    @DisplayName("a recorded drill is kept; a second plan for the same type and a stale update are refused")
    void drillsAndConflicts() {
        ContingencyPlans plans = newPlans();
        ContingencyPlan stored = plans.save(fire());
        ContingencyPlan drilled = plans.save(stored.recordDrill(T0.plusSeconds(3600), PersonId.newId(), "ok", T0.plusSeconds(86_400 * 91L)));
        assertTrue(plans.get(stored.id()).drills().get(0).isHeld());
        assertEquals(2, drilled.drills().size());
        assertThrows(ConcurrentModification.class, () -> plans.save(stored.flagOverdue()));
        assertThrows(ConcurrentModification.class, () -> plans.save(fire()));
        assertEquals(1, plans.all().size());
    }
}
