package com.example.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.DepartmentId;
import io.watchfloor.people.DepartmentKind;
import io.watchfloor.people.PeopleModule;
import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.people.port.in.RegisterDepartment;
import io.watchfloor.people.port.in.RegisterPerson;
import io.watchfloor.people.port.out.DutyRoster;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.WorkingCalendar;
import io.watchfloor.testkit.people.InMemoryDepartments;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.RecordingEventSink;
import io.watchfloor.validation.WatchfloorValidation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A user's project: it imports the BOM, names no Watchfloor version, and builds a centre. */
@DisplayName("a project that imports watchfloor-bom")
class BuildingAgainstTheBomTest {

    @Test
    @DisplayName("builds a people module with the production validator and registers a person")
    void wiresACentre() {
        InMemoryTransactions transactions = new InMemoryTransactions();
        RecordingEventSink events = new RecordingEventSink();
        PeopleModule people = PeopleModule.create(new InMemoryPeople(transactions), new InMemoryDepartments(transactions),
                DutyRoster.NOBODY, events, transactions, Clock.systemUTC(), WatchfloorValidation.validator());
        DepartmentId centre = people.registerDepartment().register(new RegisterDepartment.Command(
                "Monitoring Centre", DepartmentKind.CENTRE, WorkingCalendar.twentyFourSeven(ZoneId.of("Asia/Shanghai")))).id();

        Person operator = people.registerPerson().register(new RegisterPerson.Command("Li Na", Set.of(Role.OPERATOR), centre));

        assertEquals(Set.of(Role.OPERATOR), operator.roles());
        assertThrows(InvalidCommand.class, () -> people.registerPerson().register(new RegisterPerson.Command("", Set.of(), centre)));
    }

    @Test
    @DisplayName("the BOM, this project and the README name the reactor's version, and the BOM lists every published module")
    void oneVersion() throws Exception {
        String reactor = Files.readString(Path.of("../pom.xml"));
        String version = firstGroup("<artifactId>watchfloor-parent</artifactId>\\s*<version>([^<]+)</version>", reactor);
        String bom = Files.readString(Path.of("../bom/pom.xml"));
        String consumer = Files.readString(Path.of("pom.xml"));
        String readme = Files.readString(Path.of("../README.md"));

        assertEquals(version, firstGroup("<artifactId>watchfloor-bom</artifactId>\\s*<version>([^<]+)</version>", bom));
        assertEquals(version, firstGroup("<artifactId>watchfloor-bom</artifactId>\\s*<version>([^<]+)</version>", consumer));
        assertEquals(version, firstGroup("<artifactId>watchfloor-bom</artifactId>\\s*<version>([^<]+)</version>", readme));
        assertEquals(1, readme.split(Pattern.quote("<version>"), -1).length - 1, "the README states the version once");
        for (String module : new String[] {"domain", "testkit", "validation", "adapters-jdbc", "adapters-rest", "adapters-onvif", "examples"}) {
            assertTrue(bom.contains("<artifactId>watchfloor-" + module + "</artifactId>"), "the BOM lists watchfloor-" + module);
        }
    }

    @Test
    @DisplayName("the README shows the adapter-contract example as it is in OurPeopleTest")
    void readmeShowsTheContractExample() throws Exception {
        String source = Files.readString(Path.of("src/test/java/com/example/centre/OurPeopleTest.java"));
        String marker = "// --- README: testing your own adapter ---\n";
        int from = source.indexOf(marker) + marker.length();
        String example = source.substring(from, source.indexOf("// ---\n", from));

        assertTrue(Files.readString(Path.of("../README.md")).contains("```java\n" + example + "```"), "the README shows:\n" + example);
    }

    private static String firstGroup(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no match for " + regex);
        return m.group(1);
    }
}
