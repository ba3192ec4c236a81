package io.watchfloor.adapters.jdbc;

import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.Page;
import io.watchfloor.shared.PageRequest;
import io.watchfloor.shared.Version;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A table that keeps each aggregate whole as a JSON document beside the columns its queries filter
 * and sort on ({@code id}, {@code version}, then one column per entry of {@code columns}), with
 * optimistic locking on {@code version}: a new aggregate (version 0) is inserted as version 1; an
 * update succeeds only while the stored version is the one it was based on, and otherwise raises
 * {@link ConcurrentModification}, as does inserting an id that is already there. Column values are
 * always bound as parameters.
 *
 * @param <T> the aggregate type, an immutable record
 */
final class DocumentTable<T> {

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final String table;
    private final String kind;
    private final Class<T> type;
    private final Function<T, Object> id;
    private final Function<T, Version> version;
    private final BiFunction<T, Version, T> withVersion;
    private final Map<String, Function<T, Object>> columns;

    DocumentTable(JdbcTransactions transactions, String table, String kind, Class<T> type, Function<T, Object> id,
                  Function<T, Version> version, BiFunction<T, Version, T> withVersion,
                  Columns<T> columns) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.dialect = Dialect.of(transactions.dataSource());
        this.table = table;
        this.kind = kind;
        this.type = type;
        this.id = id;
        this.version = version;
        this.withVersion = withVersion;
        this.columns = columns.asMap();
    }

    /** A table of records that are added once and never changed: no version, see {@link #append}. */
    static <T> DocumentTable<T> records(JdbcTransactions transactions, String table, String kind, Class<T> type,
                                        Function<T, Object> id, Columns<T> columns) {
        return new DocumentTable<>(transactions, table, kind, type, id, null, null, columns);
    }

    /** Inserts or updates {@code item}; returns it with its new version. */
    T save(T item) {
        Version expected = version.apply(item);
        T stored = withVersion.apply(item, expected.next());
        String key = key(id.apply(item));
        int changed = transactions.withConnection("saving " + kind + " " + key, c -> expected.isNew()
                ? insert(c, key, stored)
                : update(c, key, stored, expected));
        if (changed != 1) {
            throw new ConcurrentModification(kind, id.apply(item), expected);
        }
        return stored;
    }

    /**
     * Adds a record that is never changed (a record table has version 0 throughout); adding its id
     * again raises {@link ConcurrentModification}.
     */
    void append(T item) {
        String key = key(id.apply(Objects.requireNonNull(item, kind)));
        int added = transactions.withConnection("recording " + kind + " " + key, c -> insert(c, key, item));
        if (added != 1) {
            throw new ConcurrentModification(kind + " " + key + " is already recorded; records are never changed");
        }
    }

    private int insert(Connection c, String key, T stored) throws SQLException {
        StringBuilder names = new StringBuilder("id, version, doc");
        StringBuilder marks = new StringBuilder("?, ?, ?");
        for (String column : columns.keySet()) {
            names.append(", ").append(column);
            marks.append(", ?");
        }
        if (exists(c, key)) {
            return 0;
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")")) {
            insert.setString(1, key);
            insert.setLong(2, version == null ? 0 : version.apply(stored).value());
            insert.setString(3, JsonCodec.write(stored));
            bindColumns(insert, 4, stored);
            return insert.executeUpdate();
        } catch (SQLException e) {
            if (isDuplicateKey(e)) {
                return 0;
            }
            throw e;
        }
    }

    private int update(Connection c, String key, T stored, Version expected) throws SQLException {
        StringBuilder set = new StringBuilder("version = ?, doc = ?");
        for (String column : columns.keySet()) {
            set.append(", ").append(column).append(" = ?");
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE " + table + " SET " + set + " WHERE id = ? AND version = ?")) {
            update.setLong(1, expected.next().value());
            update.setString(2, JsonCodec.write(stored));
            int next = bindColumns(update, 3, stored);
            update.setString(next, key);
            update.setLong(next + 1, expected.value());
            return update.executeUpdate();
        } catch (SQLException e) {
            if (isDuplicateKey(e)) {
                return 0;
            }
            throw e;
        }
    }

    private boolean exists(Connection c, String key) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private int bindColumns(PreparedStatement statement, int from, T item) throws SQLException {
        int index = from;
        for (Function<T, Object> column : columns.values()) {
            bind(statement, index++, column.apply(item));
        }
        return index;
    }

    private void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            dialect.setInstant(statement, index, instant);
        } else if (value instanceof Long || value instanceof Integer) {
            statement.setLong(index, ((Number) value).longValue());
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else if (value == null) {
            statement.setNull(index, java.sql.Types.VARCHAR);
        } else {
            statement.setString(index, key(value));
        }
    }

    /** The aggregate with this id. */
    Optional<T> find(Object key) {
        List<T> found = where("id = ?", "id", key);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The aggregates matching {@code condition} (SQL over this table's columns, with {@code ?} for each parameter), sorted by {@code orderBy}. */
    List<T> where(String condition, String orderBy, Object... parameters) {
        return select("SELECT doc FROM " + table + (condition.isEmpty() ? "" : " WHERE " + condition)
                + " ORDER BY " + orderBy, parameters);
    }

    /** Every aggregate, sorted by {@code orderBy}. */
    List<T> all(String orderBy) {
        return where("", orderBy);
    }

    /** One page of every aggregate, sorted by {@code orderBy} (which must end in a unique column). */
    Page<T> page(PageRequest request, String orderBy) {
        List<T> items = select("SELECT doc FROM " + table + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?",
                request.size(), request.offset());
        return new Page<>(items, request, count());
    }

    /** How many aggregates are stored. */
    long count() {
        return transactions.withConnection("counting " + kind, c -> {
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM " + table);
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private List<T> select(String sql, Object... parameters) {
        return transactions.withConnection("reading " + kind, c -> {
            try (PreparedStatement select = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    bind(select, i + 1, parameters[i]);
                }
                List<T> items = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(JsonCodec.read(rows.getString(1), type));
                    }
                }
                return items;
            }
        });
    }

    /** The text form a key column holds: ids by their UUID, enums by name, anything else by {@code toString()}. */
    static String key(Object value) {
        if (value instanceof Record record && record.getClass().getRecordComponents().length == 1) {
            try {
                return String.valueOf(record.getClass().getRecordComponents()[0].getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new JdbcFailure("cannot read the id " + value, e);
            }
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return String.valueOf(value);
    }

    private static boolean isDuplicateKey(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("23");
    }
}
