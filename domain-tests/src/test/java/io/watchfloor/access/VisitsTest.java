package io.watchfloor.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.access.port.in.RegisterVisit;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ACCESS-07")
@DisplayName("ACCESS-07: the control room admits non-staff only with approval, and registers every visit")
class VisitsTest {

    private static final String ID_NUMBER = "310101198001011234";
    private final AccessFixtures centre = new AccessFixtures();

    private RegisterVisit.Admit admit(io.watchfloor.people.Person approver) {
        return new RegisterVisit.Admit("Fang Yu", ID_NUMBER, "139 1234 5678", "District Audit Office", centre.shiftLeader.id(),
                approver.id(), "annual inspection of the control room");
    }

    @Test
    @DisplayName("a visit registers name, contact, host, approver, entry and exit; the ID number only as keyed hash and last four")
    void registersVisit() {
        Visit visit = centre.module.registerVisit().admit(admit(centre.centreHead));
        centre.clock.advance(Duration.ofMinutes(50));
        Visit left = centre.module.registerVisit().leave(new RegisterVisit.Leave(visit.id()));

        Visit stored = centre.visits.get(visit.id());
        assertEquals(left, stored);
        assertEquals("Fang Yu", stored.visitorName());
        assertEquals("139 1234 5678", stored.contact());
        assertEquals(centre.shiftLeader.id(), stored.host());
        assertEquals(centre.centreHead.id(), stored.approvedBy());
        assertEquals(AccessFixtures.NOW, stored.entryAt());
        assertEquals(AccessFixtures.NOW.plus(Duration.ofMinutes(50)), stored.exitAt());
        assertEquals("1234", stored.idNumber().lastFour());
        assertFalse(stored.toString().contains(ID_NUMBER), "the full number is stored nowhere");
        assertFalse(stored.idNumber().keyedHash().contains("1980"));
    }

    @Test
    @DisplayName("the register proves a visit by the right ID number and not by another, without showing the number")
    void provesVisit() {
        Visit visit = centre.module.registerVisit().admit(admit(centre.shiftLeader));

        assertTrue(centre.module.registerVisit().proves(visit.id(), ID_NUMBER));
        assertTrue(centre.module.registerVisit().proves(visit.id(), "3101 0119 8001 0112 34"), "spaces do not matter");
        assertFalse(centre.module.registerVisit().proves(visit.id(), "310101198001011235"));
        assertFalse(IdNumberSeal.withKey(new byte[32]).proves(visit.idNumber(), ID_NUMBER), "another key proves nothing");
        assertEquals("****1234", visit.idNumber().masked());
    }

    @Test
    @DisplayName("an operator may not admit a visitor: refused naming ACCESS-07, nothing registered")
    void approvalNeeded() {
        RuleViolation refusal = assertThrows(RuleViolation.class, () -> centre.module.registerVisit().admit(admit(centre.operator)));

        assertEquals("ACCESS-07", refusal.ruleId());
        assertTrue(centre.snapshot().visits().isEmpty());
        assertTrue(centre.events.all().isEmpty());
    }

    @Test
    @DisplayName("a visit without an ID number or contact is refused field by field; an unknown host is not found")
    void badVisits() {
        InvalidCommand refusal = assertThrows(InvalidCommand.class, () -> centre.module.registerVisit().admit(new RegisterVisit.Admit(
                "Fang Yu", "12", " ", "District Audit Office", centre.shiftLeader.id(), centre.centreHead.id(), "inspection")));
        assertEquals(List.of("contact", "idNumber"), refusal.errors().stream().map(InvalidCommand.FieldError::field).distinct().toList());

        assertThrows(NotFound.class, () -> centre.module.registerVisit().admit(new RegisterVisit.Admit("Fang Yu", ID_NUMBER, "139",
                "Audit", io.watchfloor.people.PersonId.newId(), centre.centreHead.id(), "inspection")));
        assertTrue(centre.snapshot().visits().isEmpty());
    }

    @Test
    @DisplayName("a key shorter than 32 bytes is refused")
    void shortKey() {
        assertThrows(IllegalArgumentException.class, () -> IdNumberSeal.withKey(new byte[16]));
    }

    @Test
    @DisplayName("dashes in an ID number are formatting, like spaces: the number written with dashes proves the same visit")
    void dashesDoNotMatter() {
        Visit visit = centre.module.registerVisit().admit(admit(centre.shiftLeader));

        assertTrue(centre.module.registerVisit().proves(visit.id(), "310101-19800101-1234"));
        Visit dashed = centre.module.registerVisit().admit(new RegisterVisit.Admit("Fang Yu", "310101-19800101-1234", "139 1234 5678",
                "District Audit Office", centre.shiftLeader.id(), centre.centreHead.id(), "second inspection"));
        assertEquals(visit.idNumber(), dashed.idNumber());
    }

    @Test
    @DisplayName("an ID number with fewer than four letters or digits is refused naming idNumber, nothing registered")
    void tooFewCharacters() {
        InvalidCommand refusal = assertThrows(InvalidCommand.class, () -> centre.module.registerVisit().admit(new RegisterVisit.Admit(
                "Fang Yu", "1 2 3", "139", "District Audit Office", centre.shiftLeader.id(), centre.centreHead.id(), "inspection")));

        assertEquals(List.of("idNumber"), refusal.errors().stream().map(InvalidCommand.FieldError::field).toList());
        assertTrue(centre.snapshot().visits().isEmpty());
        assertTrue(centre.events.all().isEmpty());
    }
}
