package io.watchfloor.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.cases.Case;
import io.watchfloor.cases.ReportSource;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.Location;
import io.watchfloor.shared.DomainEvent;
import io.watchfloor.shifts.DutyLogEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Append-only tables refuse UPDATE and DELETE in the database itself, whoever connects: tried with
 * plain SQL on a connection of its own, on PostgreSQL and MariaDB.
 */
class AppendOnlyTablesTest {

    record Noted(Instant occurredAt) implements DomainEvent {
    }

    /** Every append-only table of the schema, as the migrations create them. */
    static final List<String> APPEND_ONLY = List.of("watchfloor_outbox_history", "wf_duty_log", "wf_case_events",
            "wf_access_log", "wf_signed_checkpoints");

    /** A column of each append-only table, for an UPDATE that would change nothing yet must still be refused. */
    private static final Map<String, String> SOME_COLUMN = Map.of("watchfloor_outbox_history", "seq", "wf_duty_log", "id",
            "wf_case_events", "position", "wf_access_log", "sequence", "wf_signed_checkpoints", "log_size");

    static List<TestDataSources.Kind> servers() {
        return TestDataSources.servers();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    @DisplayName("UPDATE and DELETE on an append-only table are refused by the database")
    void refusesChanges(TestDataSources.Kind kind) throws SQLException {
        try (var db = kind.open(2)) {
            JdbcTransactions transactions = new JdbcTransactions(db.dataSource());
            transactions.run(() -> new JdbcEventSink(transactions).publish(new Noted(Instant.parse("2026-11-23T02:00:00Z"))));
            new OutboxRelay(db.dataSource(), m -> { }, 10).drain();
            new JdbcShifts.JdbcDutyLog(transactions).append(DutyLogEntry.write(Instant.parse("2026-11-23T02:05:00Z"),
                    PersonId.newId(), "22:05 camera 12 shows smoke; fire brigade called", null));
            new JdbcCases(transactions).save(Case.receive(CaseId.newId(), PersonId.newId(), Instant.parse("2026-11-23T02:10:00Z"),
                    ReportSource.HOTLINE, "bicycle blocking the fire exit", new Location(31.2304, 121.4737, "Nanjing Rd"),
                    false).state());

            try (Connection raw = db.rawConnection(); Statement sql = raw.createStatement()) {
                // rows as any writer could add them: appending is allowed, changing is not
                sql.executeUpdate("INSERT INTO wf_access_log (id, version, doc, sequence) VALUES ('1', 0, '{}', 1)");
                sql.executeUpdate("INSERT INTO wf_signed_checkpoints (id, version, doc, log_size, taken_at)"
                        + " VALUES ('c1', 0, '{}', 1, CURRENT_TIMESTAMP)");
                for (String table : APPEND_ONLY) {
                    SQLException update = assertThrows(SQLException.class,
                            () -> sql.executeUpdate("UPDATE " + table + " SET " + SOME_COLUMN.get(table) + " = " + SOME_COLUMN.get(table)));
                    SQLException delete = assertThrows(SQLException.class,
                            () -> sql.executeUpdate("DELETE FROM " + table));
                    assertTrue(update.getMessage().contains("append-only"), update.getMessage());
                    assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
                }
                for (String table : APPEND_ONLY) {
                    try (var rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        rows.next();
                        assertEquals(1, rows.getInt(1), table + " still holds its row");
                    }
                }
            }
        }
    }
}
