package io.watchfloor.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.watchfloor.cases.port.in.RegisterCase;
import io.watchfloor.cases.port.out.Cases;
import io.watchfloor.cases.port.out.Vicinity;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.ConcurrentModification;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A use case is one unit of work")
class UnitOfWorkTest {

    /** A store that loses the race on the open case: saving a case that already has a repeat fails. */
    private static Cases failingOnRepeats(Cases real) {
        return new Cases() {
            @Override
            public Case save(Case c) {
                if (c.history().stream().anyMatch(CaseEvent.RepeatReportAdded.class::isInstance)) {
                    throw new ConcurrentModification("case", c.id(), c.version());
                }
                return real.save(c);
            }

            @Override
            public Optional<Case> find(CaseId id) {
                return real.find(id);
            }

            @Override
            public List<Case> dueBefore(Instant t, int limit) {
                return real.dueBefore(t, limit);
            }

            @Override
            public List<Case> openNear(String category, Vicinity near, Instant since) {
                return real.openNear(category, near, since);
            }

            @Override
            public List<Case> hardCases() {
                return real.hardCases();
            }

            @Override
            public List<Case> receivedBefore(Instant end) {
                return real.receivedBefore(end);
            }
        };
    }

    @Test
    @Tag("CASE-09")
    @Tag("CASE-13")
    @DisplayName("when linking a repeat report fails on the open case, the report is not linked either, and no event is published")
    void repeatLinkIsAllOrNothing() {
        CaseWorld w = new CaseWorld(Function.identity(), UnitOfWorkTest::failingOnRepeats);
        Case open = w.registered("ROAD", CaseWorld.PEOPLES_SQUARE);
        Case again = w.received(ReportSource.CAMERA, CaseWorld.NEAR_SQUARE);
        int events = w.events.all().size();

        assertThrows(ConcurrentModification.class, () -> w.module.registerCase().register(
                new RegisterCase.Command(again.id(), w.acceptor.id(), "ROAD", null)));

        assertEquals(CaseStatus.RECEIVED, w.get(again.id()).status());
        assertEquals(again.history(), w.get(again.id()).history());
        assertEquals(0, w.get(open.id()).repeats());
        assertEquals(events, w.events.all().size());
        assertEquals(List.of(), w.cases.dueBefore(again.receivedAt(), 10));
    }
}
