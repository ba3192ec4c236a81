package io.watchfloor.fuzz;

import io.watchfloor.access.AccessLogEntry;
import io.watchfloor.access.LogKind;
import io.watchfloor.testkit.access.InMemoryAccessLog;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a set of in-memory stores holds, as one hash per store computed by reflection over their
 * fields: equal when their contents are (maps and sets hashed whatever their order, so an undone
 * change that left the same contents in another hash order still compares equal), and different,
 * but for a 64-bit collision, when anything changed. Clocks, transactions and functions are
 * not contents. The access log counts without its REFUSED entries, the one trace a refusal leaves.
 */
final class StoreSnapshot {

    private StoreSnapshot() {
    }

    static Map<String, Long> of(Map<String, Object> stores) {
        Map<String, Long> snapshot = new java.util.LinkedHashMap<>();
        stores.forEach((name, store) -> snapshot.put(name, hash(store, new IdentityHashMap<>())));
        return snapshot;
    }

    /** The access log's entries other than refusals. */
    static List<AccessLogEntry> nonRefusals(InMemoryAccessLog log) {
        return log.read(1, Integer.MAX_VALUE).stream().filter(e -> e.record().kind() != LogKind.REFUSED).toList();
    }

    /**
     * A hash of what {@code value} holds: records, strings, times and ids by their value-based
     * {@code hashCode}; lists in order; sets and maps whatever their iteration order; the testkit's own
     * store objects field by field.
     */
    private static long hash(Object value, IdentityHashMap<Object, Boolean> seen) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Map<?, ?> map) {
            long sum = 0;
            for (Map.Entry<?, ?> e : new ArrayList<>(map.entrySet())) {
                sum += hash(e.getKey(), seen) * 31 ^ hash(e.getValue(), seen);
            }
            return sum * 17 + map.size();
        }
        if (value instanceof Collection<?> collection) {
            long h = collection.size();
            boolean ordered = !(value instanceof Set<?>);
            for (Object item : new ArrayList<>(collection)) {
                h = ordered ? h * 31 + hash(item, seen) : h + hash(item, seen);
            }
            return h;
        }
        if (value instanceof byte[] bytes) {
            return java.util.Arrays.hashCode(bytes);
        }
        if (value instanceof Object[] array) {
            return hash(java.util.Arrays.asList(array), seen);
        }
        Class<?> type = value.getClass();
        if (type.isRecord() || type.isEnum() || !type.getName().startsWith("io.watchfloor.testkit")) {
            return value.hashCode();
        }
        if (seen.put(value, Boolean.TRUE) != null) {
            return 1;
        }
        long h = type.getName().hashCode();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || isMachinery(field.getType())) {
                    continue;
                }
                field.setAccessible(true);
                try {
                    h = h * 31 + hash(field.get(value), seen);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return h;
    }

    private static boolean isMachinery(Class<?> type) {
        return Clock.class.isAssignableFrom(type) || type.getName().endsWith("InMemoryTransactions") || type == ThreadLocal.class
                || java.util.function.Function.class.isAssignableFrom(type) || java.util.function.Supplier.class.isAssignableFrom(type)
                || java.util.Comparator.class.isAssignableFrom(type) || java.util.function.Predicate.class.isAssignableFrom(type);
    }
}
