package io.watchfloor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.people.PeopleModule;
import io.watchfloor.people.Role;
import io.watchfloor.people.port.in.RegisterPerson;
import io.watchfloor.people.port.out.DutyRoster;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.testkit.people.InMemoryDepartments;
import io.watchfloor.testkit.people.InMemoryPeople;
import io.watchfloor.testkit.shared.InMemoryTransactions;
import io.watchfloor.testkit.shared.RecordingEventSink;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the production validator")
class WatchfloorValidationTest {

    @Test
    @DisplayName("a module built with it refuses a bad command field by field, with the constraints' own numbers in the messages")
    void refusesBadCommands() {
        Clock clock = Clock.systemUTC();
        RecordingEventSink events = new RecordingEventSink();
        InMemoryTransactions transactions = new InMemoryTransactions();
        // --- README: validation ---
        Validator validator = WatchfloorValidation.validator();
        PeopleModule people = PeopleModule.create(
                new InMemoryPeople(transactions), new InMemoryDepartments(transactions),
                DutyRoster.NOBODY, events, transactions, clock, validator);
        // ---

        InvalidCommand refused = assertThrows(InvalidCommand.class, () -> people.registerPerson()
                .register(new RegisterPerson.Command("x".repeat(201), Set.of(), null)));

        assertEquals(List.of("name", "roles"), refused.errors().stream().map(InvalidCommand.FieldError::field).toList());
        assertTrue(refused.getMessage().contains("name: size must be between 0 and 200"), refused.getMessage());
        assertEquals(List.of(), events.all(), "nothing happened");
    }

    @Test
    @DisplayName("it needs no Expression Language on the class path, and the shared validator is built once")
    void noExpressionLanguage() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.el.ExpressionFactory"));
        Set<ConstraintViolation<RegisterPerson.Command>> violations = WatchfloorValidation.validator()
                .validate(new RegisterPerson.Command(" ", Set.of(Role.OPERATOR), null));

        assertEquals(Set.of("name: must not be blank"), violations.stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage()).collect(Collectors.toSet()));
        assertSame(WatchfloorValidation.validator().getClass(), WatchfloorValidation.validator().getClass());
        try (ValidatorFactory own = WatchfloorValidation.newFactory()) {
            assertEquals(1, own.getValidator().validate(new RegisterPerson.Command("", Set.of(Role.OPERATOR), null)).size());
        }
    }

    @Test
    @DisplayName("the README shows the validation snippet as it is here")
    void readmeShowsIt() throws Exception {
        String test = Files.readString(Path.of("src/test/java/io/watchfloor/validation/WatchfloorValidationTest.java"));
        String marker = "// --- README: validation ---\n";
        int from = test.indexOf(marker) + marker.length();
        String snippet = test.substring(from, test.indexOf("        // ---\n", from)).lines()
                .map(line -> line.substring(Math.min(8, line.length())))
                .collect(Collectors.joining("\n", "", "\n"));
        String readme = Files.readString(Path.of("../README.md"));

        assertTrue(readme.contains("```java\n" + snippet + "```"), "the README shows:\n" + snippet);
    }
}
