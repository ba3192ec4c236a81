package io.watchfloor.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.examples.people.PeopleWeek;
import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.shared.PageRequest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The demo week")
class DemoWeekTest {

    private static DemoWeek.Played played;

    @BeforeAll
    static void play() {
        played = DemoWeek.standard().play();
    }

    @Test
    @DisplayName("runs the whole week in ticks, and Demo prints the report")
    void wholeWeek() {
        assertEquals((int) (DemoWeek.LENGTH.toMinutes() / DemoWeek.TICK.toMinutes()), played.report().figure("week.ticks"));
        assertEquals(DemoWeek.START.plus(DemoWeek.LENGTH), played.centre().clock().instant());
        Demo.main(new String[0]);
    }

    @Test
    @DisplayName("counts the staff and roles that were registered")
    void people() {
        var everyone = played.centre().people().list(PageRequest.first(1000)).items();
        assertEquals(everyone.size(), played.report().figure("people.staff"));
        assertEquals(17, everyone.size());
        assertEquals(everyone.stream().filter(p -> p.hasRole(Role.OPERATOR)).count(),
                played.report().figure("people.role.operator").longValue());
        assertEquals(12, played.report().figure("people.role.operator").intValue());
    }

    @Test
    @DisplayName("reports exactly the one certificate that ran out during the week")
    void expiringCertificates() {
        assertEquals(1, played.report().figure("people.certificates.expiredThisWeek"));
        Person chen = played.centre().people().list(PageRequest.first(1000)).items().stream()
                .filter(p -> p.name().equals("Chen Jie")).findFirst().orElseThrow();
        assertEquals(PeopleWeek.EXPIRING_AT, chen.certifications().get(0).validUntil());
        assertTrue(played.report().render().contains("Chen Jie's operator certificate"));
    }

    @Test
    @DisplayName("measures each department's working time: 168 h for the centre, 4 office days for the Roads Bureau")
    void workingTime() {
        double officeDay = Duration.ofMinutes(7 * 60 + 30).toMinutes() / 60.0;
        assertEquals(168.0, played.report().figure("people.workingHours.Monitoring Centre"));
        assertEquals(5 * officeDay, played.report().figure("people.workingHours.Sanitation Department"));
        assertEquals(4 * officeDay, played.report().figure("people.workingHours.Roads Bureau"));
    }
}
