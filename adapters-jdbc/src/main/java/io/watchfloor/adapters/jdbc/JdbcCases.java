package io.watchfloor.adapters.jdbc;

import io.watchfloor.cases.Case;
import io.watchfloor.cases.CaseEvent;
import io.watchfloor.cases.port.out.Cases;
import io.watchfloor.cases.port.out.Vicinity;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.Version;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link Cases} port: each case is its append-only history of events in {@code wf_case_events}
 * (the database refuses UPDATE and DELETE there on PostgreSQL and MariaDB, CASE-13), replayed on
 * reading; {@code wf_cases} holds its version and the indexed columns the queries read: the next
 * deadline for due work, the category and {@link Vicinity#key place key} of open cases for repeat
 * reports (CASE-09), the hard-case flag and the reception time.
 */
public final class JdbcCases implements Cases {

    private final JdbcTransactions transactions;
    private final Dialect dialect;

    /** Cases in the database of {@code transactions}. */
    public JdbcCases(JdbcTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.dialect = Dialect.of(transactions.dataSource());
    }

    @Override
    public Case save(Case c) {
        Objects.requireNonNull(c, "case");
        Version expected = c.version();
        String id = c.id().value().toString();
        Case stored = c.withVersion(expected.next());
        return transactions.inTransaction(() -> transactions.withConnection("saving case " + id, connection -> {
            int from;
            if (expected.isNew()) {
                if (!insertCase(connection, id, stored)) {
                    throw new ConcurrentModification("case", c.id(), expected);
                }
                from = 0;
            } else {
                Integer size = storedHistorySize(connection, id, expected);
                if (size == null) {
                    throw new ConcurrentModification("case", c.id(), expected);
                }
                requireExtension(connection, id, size, c.history());
                if (!updateCase(connection, id, stored, expected)) {
                    throw new ConcurrentModification("case", c.id(), expected);
                }
                from = size;
            }
            appendEvents(connection, id, from, c.history());
            return stored;
        }));
    }

    private boolean insertCase(Connection c, String id, Case stored) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM wf_cases WHERE id = ?")) {
            exists.setString(1, id);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO wf_cases (version, history_size, received_at, is_open,"
                + " hard, category, place_key, next_deadline, registered_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindColumns(insert, stored);
            insert.setString(10, id);
            return insert.executeUpdate() == 1;
        }
    }

    private boolean updateCase(Connection c, String id, Case stored, Version expected) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE wf_cases SET version = ?, history_size = ?,"
                + " received_at = ?, is_open = ?, hard = ?, category = ?, place_key = ?, next_deadline = ?, registered_at = ?"
                + " WHERE id = ? AND version = ?")) {
            bindColumns(update, stored);
            update.setString(10, id);
            update.setLong(11, expected.value());
            return update.executeUpdate() == 1;
        }
    }

    private void bindColumns(PreparedStatement statement, Case stored) throws SQLException {
        statement.setLong(1, stored.version().value());
        statement.setInt(2, stored.history().size());
        dialect.setInstant(statement, 3, stored.receivedAt());
        statement.setBoolean(4, stored.isOpen());
        statement.setBoolean(5, !stored.hardCaseReasons().isEmpty());
        statement.setString(6, stored.category().orElse(null));
        if (stored.location() == null) {
            statement.setNull(7, Types.BIGINT);
        } else {
            statement.setLong(7, Vicinity.key(stored.location()));
        }
        dialect.setInstant(statement, 8, stored.nextDeadline().orElse(null));
        dialect.setInstant(statement, 9, stored.registeredAt().orElse(null));
    }

    private Integer storedHistorySize(Connection c, String id, Version expected) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT history_size FROM wf_cases WHERE id = ? AND version = ?")) {
            select.setString(1, id);
            select.setLong(2, expected.value());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getInt(1) : null;
            }
        }
    }

    /** An update must extend the stored history, never rewrite it (CASE-13). */
    private void requireExtension(Connection c, String id, int storedSize, List<CaseEvent> history) throws SQLException {
        List<String> stored = events(c, List.of(id)).getOrDefault(id, List.of());
        boolean extendsIt = history.size() >= storedSize && stored.size() == storedSize;
        for (int i = 0; extendsIt && i < storedSize; i++) {
            extendsIt = stored.get(i).equals(JsonCodec.write(history.get(i), CaseEvent.class));
        }
        if (!extendsIt) {
            throw new IllegalArgumentException("case " + id
                    + ": an update must extend the stored history, never rewrite it (CASE-13)");
        }
    }

    private static void appendEvents(Connection c, String id, int from, List<CaseEvent> history) throws SQLException {
        if (from == history.size()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO wf_case_events (case_id, position, doc) VALUES (?, ?, ?)")) {
            for (int i = from; i < history.size(); i++) {
                insert.setString(1, id);
                insert.setInt(2, i);
                insert.setString(3, JsonCodec.write(history.get(i), CaseEvent.class));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public Optional<Case> find(CaseId id) {
        List<Case> found = select("SELECT id, version FROM wf_cases WHERE id = ?", id.value().toString());
        return found.stream().findFirst();
    }

    @Override
    public List<Case> dueBefore(Instant t, int limit) {
        return select("SELECT id, version FROM wf_cases WHERE next_deadline < ? ORDER BY next_deadline, id LIMIT ?",
                t, limit);
    }

    @Override
    public List<Case> openNear(String category, Vicinity near, Instant since) {
        List<Vicinity.KeyRange> ranges = near.ranges();
        StringBuilder sql = new StringBuilder("SELECT id, version FROM wf_cases WHERE category = ? AND is_open = ?"
                + " AND registered_at >= ? AND (");
        List<Object> parameters = new ArrayList<>(List.of(category, true, since));
        for (int i = 0; i < ranges.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append("(place_key >= ? AND place_key < ?)");
            parameters.add(ranges.get(i).from());
            parameters.add(ranges.get(i).until());
        }
        sql.append(") ORDER BY registered_at, id");
        return select(sql.toString(), parameters.toArray()).stream()
                .filter(c -> c.location() != null && near.contains(c.location()))
                .toList();
    }

    @Override
    public List<Case> hardCases() {
        return select("SELECT id, version FROM wf_cases WHERE hard = ? AND is_open = ? ORDER BY received_at, id", true, true);
    }

    @Override
    public List<Case> receivedBefore(Instant end) {
        return select("SELECT id, version FROM wf_cases WHERE received_at < ? ORDER BY received_at, id", end);
    }

    /** The cases a query names (columns id, version), replayed from their histories, in the query's order. */
    private List<Case> select(String sql, Object... parameters) {
        return transactions.withConnection("reading cases", c -> {
            Map<String, Long> versions = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    bind(select, i + 1, parameters[i]);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        versions.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            Map<String, List<String>> histories = events(c, List.copyOf(versions.keySet()));
            List<Case> cases = new ArrayList<>(versions.size());
            for (Map.Entry<String, Long> row : versions.entrySet()) {
                List<CaseEvent> history = histories.getOrDefault(row.getKey(), List.of()).stream()
                        .map(doc -> JsonCodec.read(doc, CaseEvent.class)).toList();
                cases.add(Case.replay(history, new Version(row.getValue())));
            }
            return cases;
        });
    }

    private void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            dialect.setInstant(statement, index, instant);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else {
            statement.setString(index, (String) value);
        }
    }

    /** The event documents of each case, in history order, read 500 cases at a time. */
    private static Map<String, List<String>> events(Connection c, List<String> ids) throws SQLException {
        Map<String, List<String>> histories = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement select = c.prepareStatement("SELECT case_id, doc FROM wf_case_events WHERE case_id IN ("
                    + marks + ") ORDER BY case_id, position")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        histories.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
                    }
                }
            }
        }
        return histories;
    }
}
