package io.watchfloor.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.watchfloor.cases.port.in.DispatchCase;
import io.watchfloor.testkit.cases.CasesGens;
import io.watchfloor.testkit.property.Gens;
import io.watchfloor.testkit.property.Property;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Exact boundaries of the dispatch limit under any policy")
@Tag("CASE-02")
class DispatchBoundaryPropertyTest {

    @Test
    @DisplayName("a dispatch up to the limit is on time and misses nothing; one millisecond later it is late, and the miss is dated at the limit")
    void exactBoundary() {
        Property.forAll(CasesGens.policies(), Gens.choice(Gens.oneOf(-1L, 0L, 1L), Gens.longs(-5_000, 5_000))).tries(60).check((policy, offsetMillis) -> {
            CaseWorld w = new CaseWorld(p -> p.withDispatchLimits(policy.dispatchLimit(), policy.specialDispatchLimit()));
            Case c = w.registered("LITTER");
            Instant limit = c.registeredAt().orElseThrow().plus(policy.dispatchLimit());
            w.clock.set(limit.plusMillis(offsetMillis));
            Property.classify(offsetMillis == 0, "exactly at the limit");

            Case sent = w.module.dispatchCase().dispatch(new DispatchCase.Command(c.id(), w.dispatcher.id(), null));

            boolean late = offsetMillis > 0;
            assertEquals(!late, sent.lastDispatch().onTime());
            assertEquals(late ? 1 : 0, sent.errors().size());
            if (late) {
                assertEquals(limit, sent.errors().get(0).at());
            }
            assertEquals(limit, c.dispatchDue().orElseThrow());
            assertEquals(Duration.ZERO, Duration.between(limit, c.dispatchDue().orElseThrow()));
        });
    }
}
