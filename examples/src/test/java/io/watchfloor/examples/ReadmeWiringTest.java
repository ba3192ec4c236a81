package io.watchfloor.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.centre.Centre;
import io.watchfloor.people.DepartmentId;
import io.watchfloor.people.DepartmentKind;
import io.watchfloor.people.Person;
import io.watchfloor.people.Role;
import io.watchfloor.people.port.in.RegisterDepartment;
import io.watchfloor.people.port.in.RegisterPerson;
import io.watchfloor.people.port.out.People;
import io.watchfloor.shared.Runtime;
import io.watchfloor.shared.WorkingCalendar;
import io.watchfloor.testkit.centre.InMemoryEquipment;
import io.watchfloor.testkit.centre.InMemoryStores;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.RecordingEventSink;
import io.watchfloor.testkit.shared.SettableClock;
import io.watchfloor.testkit.shared.Validators;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The wiring example of the README, compiled and run: the README must show it as it is here. */
class ReadmeWiringTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    @DisplayName("the README's whole centre is assembled in one call and registers a person")
    void wholeCentre() {
        Clock clock = SettableClock.at(Instant.parse("2026-11-23T01:00:00Z"), SHANGHAI);
        RecordingEventSink events = new RecordingEventSink();
        long seed = 2026;
        // --- README: Wiring a centre ---
        InMemoryTransactions transactions = new InMemoryTransactions();
        Runtime runtime = Runtime.seeded(clock, Validators.validator(), transactions, events, seed);
        Centre centre = Centre.assemble(new InMemoryStores(transactions), new InMemoryEquipment(clock).equipment(),
                runtime, Centre.Policies.defaults(SHANGHAI));
        // ---
        DepartmentId centreDepartment = monitoringCentre(centre);
        // --- README: Wiring a centre ---

        Person operator = centre.people().registerPerson().register(
                new RegisterPerson.Command("Li Na", Set.of(Role.OPERATOR), centreDepartment));
        // ---
        assertEquals(Set.of(Role.OPERATOR), operator.roles());
        assertEquals(2, events.all().size());
    }

    @Test
    @DisplayName("the README swaps one store of the centre for one of its own")
    void swappingOneStore() {
        Clock clock = SettableClock.at(Instant.parse("2026-11-23T01:00:00Z"), SHANGHAI);
        InMemoryTransactions transactions = new InMemoryTransactions();
        Runtime runtime = Runtime.of(clock, Validators.validator(), transactions, new RecordingEventSink());
        Centre.Equipment equipment = new InMemoryEquipment(clock).equipment();
        Centre.Policies policies = Centre.Policies.defaults(SHANGHAI);
        InMemoryPeople ourPeople = new InMemoryPeople(transactions);
        // --- README: Swapping one store ---
        Centre centre = Centre.assemble(new InMemoryStores(transactions) {
            @Override
            public People people() {
                return ourPeople; // any adapter of the People port, such as the JDBC one
            }
        }, equipment, runtime, policies);
        // ---
        Person operator = centre.people().registerPerson().register(
                new RegisterPerson.Command("Li Na", Set.of(Role.OPERATOR), monitoringCentre(centre)));

        assertTrue(ourPeople.find(operator.id()).isPresent());
    }

    @Test
    @DisplayName("the README shows the wiring as this test runs it")
    void readmeInStep() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String source = Files.readString(Path.of("src", "test", "java", "io", "watchfloor", "examples", "ReadmeWiringTest.java"),
                StandardCharsets.UTF_8);
        for (String section : List.of("Wiring a centre", "Swapping one store")) {
            String shown = snippets(source, section);
            assertTrue(readme.contains(shown), "README.md should show, for '" + section + "':\n" + shown);
        }
    }

    /** The lines between this test's markers for {@code section}, de-indented, joined as the README shows them. */
    private static String snippets(String source, String section) {
        List<String> lines = source.lines().toList();
        StringBuilder shown = new StringBuilder();
        boolean in = false;
        for (String line : lines) {
            if (line.strip().equals("// --- README: " + section + " ---")) {
                in = true;
            } else if (in && line.strip().equals("// ---")) {
                in = false;
            } else if (in) {
                shown.append(line.length() >= 8 ? line.substring(8) : line.strip()).append('\n');
            }
        }
        return shown.toString().lines().collect(Collectors.joining("\n"));
    }

    private static DepartmentId monitoringCentre(Centre centre) {
        return centre.people().registerDepartment().register(new RegisterDepartment.Command(
                "Monitoring Centre", DepartmentKind.CENTRE, WorkingCalendar.twentyFourSeven(SHANGHAI))).id();
    }
}
