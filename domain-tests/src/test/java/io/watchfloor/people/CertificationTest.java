package io.watchfloor.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.port.in.RecordCertification;
import io.watchfloor.people.port.in.RegisterPerson;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("PEOPLE-02")
@DisplayName("PEOPLE-02: only certified staff are rostered")
class CertificationTest {

    private static final Instant JAN_1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant DEC_1 = Instant.parse("2026-12-01T00:00:00Z");

    private final PeopleFixtures centre = new PeopleFixtures();

    private Person certifiedOperatorUntilDecember() {
        Person chen = centre.module.registerPerson().register(new RegisterPerson.Command("Chen Jie", Set.of(Role.OPERATOR), null));
        return centre.module.recordCertification().record(new RecordCertification.Command(chen.id(), Role.OPERATOR, "OP-2026-017", JAN_1, DEC_1));
    }

    @Test
    @DisplayName("a certificate valid for the whole shift allows the post")
    void validForTheShift() {
        Person chen = certifiedOperatorUntilDecember();

        chen.requireCertifiedFor(Role.OPERATOR, TimeRange.starting(DEC_1.minus(Duration.ofHours(8)), Duration.ofHours(8)));

        assertTrue(chen.isCertifiedFor(Role.OPERATOR, TimeRange.starting(JAN_1, Duration.ofHours(8))));
    }

    @Test
    @DisplayName("a certificate that expires during the shift does not, and the refusal says when it expires")
    void expiresDuringTheShift() {
        Person chen = certifiedOperatorUntilDecember();
        TimeRange night = TimeRange.starting(DEC_1.minus(Duration.ofHours(4)), Duration.ofHours(8));

        RuleViolation refusal = assertThrows(RuleViolation.class, () -> chen.requireCertifiedFor(Role.OPERATOR, night));

        assertEquals("PEOPLE-02", refusal.ruleId());
        assertEquals("PEOPLE-02: Chen Jie may not be rostered as operator: their operator certificate OP-2026-017 is valid from "
                + "2026-01-01 00:00 UTC until 2026-12-01 00:00 UTC, not for the whole duty 2026-11-30 20:00 UTC to 2026-12-01 04:00 UTC",
                refusal.getMessage());
    }

    @Test
    @DisplayName("a person without a certificate for the post is refused; one for another post does not count")
    void noCertificate() {
        Person chen = certifiedOperatorUntilDecember();
        Person both = centre.module.changeRoles().grant(new io.watchfloor.people.port.in.ChangeRoles.Command(chen.id(), Role.SHIFT_LEADER));

        RuleViolation refusal = assertThrows(RuleViolation.class,
                () -> both.requireCertifiedFor(Role.SHIFT_LEADER, TimeRange.starting(JAN_1, Duration.ofHours(8))));

        assertTrue(refusal.getMessage().endsWith("they hold no shift leader certificate"), refusal.getMessage());
        assertFalse(both.isCertifiedFor(Role.SHIFT_LEADER, TimeRange.starting(JAN_1, Duration.ofHours(8))));
    }

    @Test
    @DisplayName("a certificate that expires before it starts is refused, naming the field")
    void contradictoryDates() {
        Person chen = certifiedOperatorUntilDecember();

        InvalidCommand refusal = assertThrows(InvalidCommand.class, () -> centre.module.recordCertification()
                .record(new RecordCertification.Command(chen.id(), Role.OPERATOR, "OP-X", DEC_1, JAN_1)));

        assertEquals(List.of(new InvalidCommand.FieldError("validUntil", "must be after validFrom")), refusal.errors());
        assertEquals(1, centre.people.get(chen.id()).certifications().size());
    }
}
