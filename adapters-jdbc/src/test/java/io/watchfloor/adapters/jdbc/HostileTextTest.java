package io.watchfloor.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.DutyLogEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text goes in as parameters, never as SQL: injection strings and 4-byte Unicode (emoji, rare CJK
 * from the supplementary planes) are stored and read back unchanged on every database.
 */
class HostileTextTest {

    static final List<String> HOSTILE = List.of(
            "Robert'); DROP TABLE wf_people;--",
            "' OR '1'='1",
            "\" OR \"\" = \"",
            "1; DELETE FROM wf_duty_log WHERE 1=1",
            "%_\\%' ESCAPE '\\",
            "王芳 🚨📹 𠀋𡈽𤭢 (rare CJK, supplementary plane)",
            "line one\nline two\ttabbed \u0001 control",
            "$$ LANGUAGE plpgsql $$",
            "\\'; SELECT pg_sleep(10);--");

    static List<TestDataSources.Kind> databases() {
        return TestDataSources.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    @DisplayName("names and duty-log lines full of SQL and 4-byte characters come back exactly as written")
    void storedUnchanged(TestDataSources.Kind kind) {
        try (var db = kind.open(2)) {
            JdbcTransactions transactions = new JdbcTransactions(db.dataSource());
            JdbcPeople people = new JdbcPeople(transactions);
            JdbcShifts.JdbcDutyLog log = new JdbcShifts.JdbcDutyLog(transactions);
            Instant at = Instant.parse("2026-11-23T02:00:00Z");
            PersonId author = PersonId.newId();

            for (String text : HOSTILE) {
                Person stored = people.save(Person.newPerson(text, Set.of(Role.OPERATOR), null));
                assertEquals(text, people.get(stored.id()).name());
                log.append(DutyLogEntry.write(at, author, text, null));
            }

            assertEquals(HOSTILE.size(), people.withRole(Role.OPERATOR).size());
            assertEquals(HOSTILE, log.during(new TimeRange(at, at.plus(Duration.ofMinutes(1)))).stream()
                    .map(DutyLogEntry::text).toList());
        }
    }
}
