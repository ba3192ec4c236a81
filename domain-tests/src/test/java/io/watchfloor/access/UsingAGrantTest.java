package io.watchfloor.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.access.port.in.DecideAccess;
import io.watchfloor.access.port.in.UseFootage;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ACCESS-03")
@DisplayName("ACCESS-03: a grant is scoped and expires; anything outside it is refused")
class UsingAGrantTest {

    private final AccessFixtures centre = new AccessFixtures();
    private final Grant grant = centre.policeGrant(centre.street, AccessAction.VIEW, AccessAction.PLAYBACK);

    private AccessLogEntry use(CameraId camera, TimeRange footage, AccessAction action) {
        return centre.module.useFootage().use(new UseFootage.Command(grant.id(), centre.operatorId(), camera, footage.start(), footage.end(), action));
    }

    private void assertRefused(Runnable use, String expected) {
        var before = centre.snapshot();
        RuleViolation refusal = assertThrows(RuleViolation.class, use::run);
        assertEquals("ACCESS-03", refusal.ruleId());
        assertTrue(refusal.sentence().contains(expected), refusal.getMessage());
        var after = centre.snapshot();
        assertEquals(before.requests(), after.requests());
        assertEquals(before.grants(), after.grants());
        assertEquals(before.exports(), after.exports());
        assertEquals(before.log().size() + 1, after.log().size(), "only the refused attempt is logged");
        LogRecord logged = after.log().get(after.log().size() - 1).record();
        assertEquals(LogKind.REFUSED, logged.kind());
        assertTrue(logged.detail().contains("ACCESS-03"));
    }

    @Test
    @DisplayName("viewing a part of the granted footage on the granted camera is allowed and logged")
    void inScope() {
        TimeRange part = TimeRange.starting(AccessFixtures.LAST_NIGHT.start().plus(Duration.ofMinutes(10)), Duration.ofMinutes(5));

        AccessLogEntry entry = use(centre.street, part, AccessAction.PLAYBACK);

        assertEquals(LogKind.PLAYBACK, entry.record().kind());
        assertEquals(part, entry.record().footage());
    }

    @Test
    @DisplayName("another camera is refused")
    void anotherCamera() {
        assertRefused(() -> use(centre.square, AccessFixtures.LAST_NIGHT, AccessAction.VIEW), "does not cover camera");
    }

    @Test
    @DisplayName("footage reaching outside the granted range is refused")
    void outsideTheRange() {
        TimeRange longer = new TimeRange(AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end().plusSeconds(1));
        assertRefused(() -> use(centre.street, longer, AccessAction.VIEW), "covers footage from");
    }

    @Test
    @DisplayName("an action the grant does not allow is refused")
    void anotherAction() {
        Grant viewOnly = centre.policeGrant(centre.street, AccessAction.VIEW);
        assertRefused(() -> centre.module.useFootage().use(new UseFootage.Command(viewOnly.id(), centre.operatorId(), centre.street,
                AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end(), AccessAction.PLAYBACK)), "allows view, not playback");
    }

    @Test
    @DisplayName("at the instant the grant expires it no longer allows anything")
    void expired() {
        use(centre.street, AccessFixtures.LAST_NIGHT, AccessAction.VIEW);
        centre.duty.onDuty(centre.operatorId(), TimeRange.starting(grant.validity().end().minus(Duration.ofHours(4)), Duration.ofHours(8)));
        centre.clock.set(grant.validity().end().minusSeconds(1));
        use(centre.street, AccessFixtures.LAST_NIGHT, AccessAction.VIEW);
        centre.clock.set(grant.validity().end());

        assertRefused(() -> use(centre.street, AccessFixtures.LAST_NIGHT, AccessAction.VIEW), "expired at");
    }

    @Test
    @DisplayName("a grant longer than the policy's maximum of 30 days is refused")
    void longestGrant() {
        AccessRequest filed = centre.file(centre.policeRequest(Set.of(centre.street), Set.of(AccessAction.VIEW)));

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.module.decideAccess().approve(new DecideAccess.Approve(
                filed.id(), centre.shiftLeader.id(), "ok", null, Duration.ofDays(31), false)));

        assertEquals("ACCESS-03", refusal.ruleId());
        assertEquals(AccessRequest.Status.PENDING, centre.requests.get(filed.id()).status());
    }

    @Test
    @DisplayName("a grant checks every use against its scope and validity, refusing use before it starts")
    void grantCheck() {
        Instant before = grant.validity().start().minusSeconds(1);
        assertTrue(grant.allows(centre.street, AccessFixtures.LAST_NIGHT, AccessAction.VIEW, io.watchfloor.shared.AccessLevel.BASIC, grant.validity().start()));
        RuleViolation early = assertThrows(RuleViolation.class, () -> grant.check(centre.street, AccessFixtures.LAST_NIGHT, AccessAction.VIEW,
                io.watchfloor.shared.AccessLevel.BASIC, before));
        assertEquals("ACCESS-03", early.ruleId());
        assertEquals(List.of(), centre.exports.all());
    }

    @Test
    @Tag("PEOPLE-01")
    @DisplayName("a technician may not operate footage even under a valid grant: refused naming PEOPLE-01, and the attempt is logged")
    void actorWithoutTheRole() {
        var before = centre.snapshot();

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.module.useFootage().use(new UseFootage.Command(grant.id(),
                centre.technician.id(), centre.street, AccessFixtures.LAST_NIGHT.start(), AccessFixtures.LAST_NIGHT.end(), AccessAction.VIEW)));

        assertEquals("PEOPLE-01", refusal.ruleId());
        assertTrue(refusal.sentence().contains("operate footage under a grant"), refusal.getMessage());
        assertEquals(before.log().size() + 1, centre.snapshot().log().size());
        assertEquals(LogKind.REFUSED, centre.log.head().orElseThrow().record().kind());
    }
}
