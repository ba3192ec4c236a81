package io.watchfloor.testkit.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.shared.WorkingCalendar;
import io.watchfloor.shared.WorkingCalendar.Hours;
import io.watchfloor.testkit.shared.KernelGens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The example of docs/property-based-checks.md, compiled and run: a centre checks its own calendar. */
@DisplayName("A centre checks its own working calendar with properties")
class OwnPolicyExampleTest {

    // --- example: own policy ---
    /** Our office: 08:30-12:00 and 13:30-17:30 on weekdays in Shanghai; National Day is off. */
    private static final WorkingCalendar OUR_OFFICE = WorkingCalendar.in(ZoneId.of("Asia/Shanghai"))
            .weekdays(Hours.of("08:30", "12:00"))
            .weekdays(Hours.of("13:30", "17:30"))
            .holiday(LocalDate.of(2026, 10, 1))
            .build();

    @Test
    @DisplayName("a reply due after some working time takes exactly that working time, and is due in office hours")
    void repliesAreDueInOfficeHours() {
        Property.forAll(KernelGens.instantsFor(OUR_OFFICE), KernelGens.durations(Duration.ofHours(40)))
                .tries(1000)
                .requireShare("due on a later day", 0.2)
                .check((asked, workingTime) -> {
                    Instant due = OUR_OFFICE.plus(asked, workingTime);
                    assertEquals(workingTime, OUR_OFFICE.between(asked, due));
                    if (!workingTime.isZero()) {
                        assertTrue(OUR_OFFICE.isWorkingTime(due.minusNanos(1)), "due in office hours: " + due);
                    }
                    Property.classify(Duration.between(asked, due).toDays() >= 1, "due on a later day");
                });
    }
    // --- end of example ---

    @Test
    @DisplayName("a wrong belief about the calendar is caught and shrunk: replies are not all due within a day")
    void aWrongBeliefIsCaught() {
        PropertyFailure failure = assertThrows(PropertyFailure.class, () -> Property
                .forAll(KernelGens.instantsFor(OUR_OFFICE), KernelGens.durations(Duration.ofHours(40)))
                .checkThat((asked, workingTime) ->
                        Duration.between(asked, OUR_OFFICE.plus(asked, workingTime)).compareTo(Duration.ofDays(1)) <= 0));

        assertTrue(failure.getMessage().contains("-Dwatchfloor.seed=" + failure.seed())
                || failure.getMessage().contains(".seed(" + failure.seed() + "L)"), failure.getMessage());
    }

    @Test
    @DisplayName("docs/property-based-checks.md and the README show this example as it is here")
    void theDocumentationShowsThisExample() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/watchfloor/testkit/property/OwnPolicyExampleTest.java"));
        String example = source.substring(source.indexOf("// --- example: own policy ---\n") + 31,
                source.indexOf("    // --- end of example ---")).replaceAll("(?m)^    ", "");
        String documentation = Files.readString(Path.of("../docs/property-based-checks.md"));

        assertTrue(documentation.contains("```java\n" + example + "```"), "the page shows:\n" + example);
        String readme = Files.readString(Path.of("../README.md"));
        assertTrue(readme.contains("```java\n" + example + "```"), "the README shows:\n" + example);
    }
}
