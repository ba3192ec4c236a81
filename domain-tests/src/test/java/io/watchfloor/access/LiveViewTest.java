package io.watchfloor.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.access.port.in.ViewLive;
import io.watchfloor.people.Person;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.RuleViolation;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ACCESS-09")
@DisplayName("ACCESS-09: live view is for on-duty staff with the role for it")
class LiveViewTest {

    private final AccessFixtures centre = new AccessFixtures();

    private AccessLogEntry view(Person viewer, CameraId camera) {
        return centre.module.viewLive().view(new ViewLive.Command(viewer.id(), camera));
    }

    @Test
    @DisplayName("an operator on duty views a camera live, and the view is logged")
    void onDutyOperator() {
        AccessLogEntry entry = view(centre.operator, centre.street);

        assertEquals(LogKind.LIVE_VIEW, entry.record().kind());
        assertEquals(centre.operator.id(), entry.record().actor());
        assertEquals(entry, centre.log.head().orElseThrow());
    }

    @Test
    @DisplayName("an operator off duty is refused, and so is the operator on duty once the shift is over")
    void offDuty() {
        RuleViolation off = assertThrows(RuleViolation.class, () -> view(centre.offDutyOperator, centre.street));
        centre.clock.advance(Duration.ofHours(11));
        RuleViolation after = assertThrows(RuleViolation.class, () -> view(centre.operator, centre.street));

        assertEquals("ACCESS-09", off.ruleId());
        assertTrue(off.sentence().contains("not on duty"));
        assertEquals("ACCESS-09", after.ruleId());
    }

    @Test
    @DisplayName("a technician on duty lacks the role for live view; the attempt is logged as refused")
    void withoutTheRole() {
        centre.duty.onDuty(centre.technician.id(), io.watchfloor.shared.TimeRange.starting(AccessFixtures.NOW, Duration.ofHours(8)));

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> view(centre.technician, centre.street));

        assertEquals("ACCESS-09", refusal.ruleId());
        AccessLogEntry logged = centre.log.head().orElseThrow();
        assertEquals(LogKind.REFUSED, logged.record().kind());
        assertEquals(centre.technician.id(), logged.record().actor());
    }

    @Test
    @Tag("ACCESS-02")
    @DisplayName("an operator on duty may not view live a camera above their level")
    void aboveTheirLevel() {
        RuleViolation refusal = assertThrows(RuleViolation.class, () -> view(centre.operator, centre.square));

        assertEquals("ACCESS-02", refusal.ruleId());
    }
}
