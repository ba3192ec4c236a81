package io.watchfloor.adapters.jdbc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The query columns a {@link DocumentTable} keeps beside each document, in order: a name and how to
 * read its value from the aggregate.
 *
 * @param <T> the aggregate type
 */
final class Columns<T> {

    private final Map<String, Function<T, Object>> columns = new LinkedHashMap<>();

    private Columns() {
    }

    /** No columns yet, for aggregates of {@code type}. */
    static <T> Columns<T> of(Class<T> type) {
        return new Columns<>();
    }

    /** Adds column {@code name}, read with {@code value}. */
    Columns<T> add(String name, Function<T, ?> value) {
        columns.put(name, value::apply);
        return this;
    }

    Map<String, Function<T, Object>> asMap() {
        return Collections.unmodifiableMap(columns);
    }
}
