package io.watchfloor.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.watchfloor.cases.port.in.ApproveRequest;
import io.watchfloor.cases.port.in.HandleCase;
import io.watchfloor.shared.Bounds;
import io.watchfloor.shared.InvalidCommand;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Cases refuse absurd durations and instants by naming the field, before anything changes")
class BoundedCaseInputTest {

    private final CaseWorld w = new CaseWorld();

    @Test
    @Tag("CASE-16")
    @DisplayName("an extension of Long.MAX_VALUE seconds is refused when asked for, naming the extra time")
    void absurdExtensionIsRefused() {
        Case c = w.accepted("ROAD");

        InvalidCommand refused = assertThrows(InvalidCommand.class, () -> w.module.handleCase().requestExtension(
                new HandleCase.Extension(c.id(), w.roadsStaff.id(), Duration.ofSeconds(Long.MAX_VALUE), "the road is gone")));

        assertEquals("extra", refused.errors().get(0).field());
        assertEquals(c, w.get(c.id()));
    }

    @Test
    @Tag("CASE-16")
    @DisplayName("the longest extension allowed, ten years of office hours, is refused at approval at once rather than "
            + "counted for ever, and the case stays as it was")
    void tenYearsOfOfficeHoursAreRefusedAtApproval() {
        Case c = w.accepted("ROAD");
        w.module.handleCase().requestExtension(new HandleCase.Extension(c.id(), w.roadsStaff.id(), Bounds.LONGEST, "rebuild the bridge"));
        Case asked = w.get(c.id());

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(InvalidCommand.class, () -> w.module.approveRequest()
                .approve(new ApproveRequest.Decision(c.id(), w.shiftLeader.id(), "granted"))));

        assertEquals(asked, w.get(c.id()));
    }

    @Test
    @Tag("CASE-07")
    @DisplayName("due work for no instant, or for an instant after the centre's clock, is refused naming now")
    void dueWorkNeedsAnInstantNotAfterTheClock() {
        w.dispatched("LITTER");
        int events = w.events.all().size();

        InvalidCommand missing = assertThrows(InvalidCommand.class, () -> w.module.runDueWork().dueWork(null));
        InvalidCommand future = assertThrows(InvalidCommand.class, () -> w.module.runDueWork().dueWork(w.now().plus(Duration.ofHours(3))));

        assertEquals("now", missing.errors().get(0).field());
        assertEquals("now", future.errors().get(0).field());
        assertEquals(events, w.events.all().size());
    }
}
