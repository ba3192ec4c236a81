package io.watchfloor.adapters.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a domain event as JSON for the outbox: records by their components in declaration order,
 * collections as arrays, maps as objects, whole numbers and booleans as such, and everything else
 * (ids, instants, durations, enums, decimals) as a string of its {@code toString()}, which for the domain's value types is their
 * ISO or canonical form. The same event always gives the same text.
 */
final class EventJson {

    private EventJson() {
    }

    static String write(Object event) {
        StringBuilder out = new StringBuilder(256);
        value(event, out);
        return out.toString();
    }

    private static void value(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte) {
            out.append(value);
        } else if (value instanceof Optional<?> optional) {
            value(optional.orElse(null), out);
        } else if (value instanceof Record record) {
            record(record, out);
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                value(item, out);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(String.valueOf(entry.getKey()), out);
                out.append(':');
                value(entry.getValue(), out);
            }
            out.append('}');
        } else {
            string(value.toString(), out);
        }
    }

    private static void record(Record record, StringBuilder out) {
        out.append('{');
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            string(components[i].getName(), out);
            out.append(':');
            value(read(components[i], record), out);
        }
        out.append('}');
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            throw new JdbcFailure("cannot read " + record.getClass().getSimpleName() + "." + component.getName()
                    + " to write it to the outbox", e);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
