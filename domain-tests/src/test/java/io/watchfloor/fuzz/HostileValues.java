package io.watchfloor.fuzz;

import io.watchfloor.shared.Bounds;
import io.watchfloor.shared.Location;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.WorkingCalendar;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Random and hostile values of any type a use case takes, built by reflection: records through
 * their canonical constructor (a record whose own checks refuse the values is tried again, then left
 * null, since no caller can build it either), sealed interfaces through a permitted record, ids (records
 * holding one {@link UUID}) known to the centre, unknown, or known to another context under the wrong
 * type; nulls, empty, blank, huge and odd strings; instants and durations at the extremes; empty,
 * huge and null-holding collections.
 */
final class HostileValues {

    /** A million characters: the line nobody should be able to store. */
    static final String HUGE = "长".repeat(1_000_000);

    private final Random random;
    private final List<Object> knownIds;
    private final Instant now;

    HostileValues(long seed, List<Object> knownIds, Instant now) {
        this.random = new Random(seed);
        this.knownIds = knownIds;
        this.now = now;
    }

    /** Whether the command being built is mostly plausible, with a hostile value here and there. */
    private boolean plausible;

    /**
     * The arguments for {@code types}, one value each: half the commands hostile throughout, half
     * plausible with one value in ten hostile, so that the rules behind the first checks are reached too.
     */
    Object[] arguments(Type[] types) {
        plausible = random.nextBoolean();
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            values[i] = value(types[i], 0);
        }
        return values;
    }

    Object value(Type type, int depth) {
        Class<?> raw = raw(type);
        boolean hostile = !plausible || random.nextInt(10) == 0;
        if (raw.isPrimitive()) {
            if (hostile || (raw != int.class && raw != long.class)) {
                return primitive(raw);
            }
            return raw == int.class ? (Object) (1 + random.nextInt(20)) : (Object) (1L + random.nextInt(10_000_000));
        }
        if ((hostile && random.nextInt(8) == 0) || depth > 4) {
            return null;
        }
        if (raw == String.class) {
            return hostile ? string() : pick("Li Na", "Pothole on Nanjing Road", "NVR-01", "ROAD", "LITTER", "310101198001011234",
                    "0123456789abcdef".repeat(4), "cam-7/2026-11-22.mp4", "note " + random.nextInt(100));
        }
        if (raw == Instant.class) {
            return hostile ? instant() : now.plus(Duration.ofMinutes(random.nextInt(7 * 24 * 60) - 5 * 24 * 60));
        }
        if (raw == Duration.class) {
            return hostile ? duration() : Duration.ofMinutes(1 + random.nextInt(48 * 60));
        }
        if (!hostile && raw == Integer.class) {
            return 1 + random.nextInt(20);
        }
        if (!hostile && raw == Long.class) {
            return 1L + random.nextInt(10_000_000);
        }
        if (raw == Integer.class || raw == Long.class || raw == Double.class || raw == Boolean.class) {
            return primitive(unboxed(raw));
        }
        if (raw == UUID.class) {
            return UUID.randomUUID();
        }
        if (raw == LocalDate.class) {
            return pick(LocalDate.MIN, LocalDate.MAX, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23).plusDays(random.nextInt(400) - 200),
                    LocalDate.of(1900, 1, 1));
        }
        if (raw == LocalTime.class) {
            return pick(LocalTime.MIDNIGHT, LocalTime.MAX, LocalTime.NOON, LocalTime.of(random.nextInt(24), random.nextInt(60)));
        }
        if (raw == YearMonth.class) {
            return pick(YearMonth.of(2026, 11), YearMonth.of(-999_999_999, 1), YearMonth.of(999_999_999, 12), YearMonth.of(2026, 1 + random.nextInt(12)));
        }
        if (raw == ZoneId.class) {
            return pick(ZoneId.of("Asia/Shanghai"), ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"), ZoneId.of("Pacific/Kiritimati"));
        }
        if (raw == DayOfWeek.class || raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        }
        if (raw == WorkingCalendar.class) {
            return pick(WorkingCalendar.twentyFourSeven(ZoneId.of("Asia/Shanghai")), WorkingCalendar.in(ZoneId.of("Europe/Berlin"))
                    .weekdays(WorkingCalendar.Hours.of("08:30", "17:30")).build(), WorkingCalendar.in(ZoneId.of("Asia/Shanghai"))
                    .hours(WorkingCalendar.Hours.of("02:00", "02:01"), DayOfWeek.SUNDAY).build());
        }
        if (raw == Location.class && random.nextBoolean()) {
            return new Location(31.2304 + random.nextGaussian() * 0.01, 121.4737 + random.nextGaussian() * 0.01, string());
        }
        if (raw == TimeRange.class && random.nextBoolean()) {
            Instant start = instant();
            return start == null || random.nextBoolean() ? TimeRange.starting(now.minus(Duration.ofHours(random.nextInt(200))), Duration.ofHours(1 + random.nextInt(48)))
                    : rangeOrNull(start, instant());
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return collection(raw, elementType(type, 0), depth);
        }
        if (Map.class.isAssignableFrom(raw)) {
            Map<Object, Object> map = new HashMap<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                Object key = value(elementType(type, 0), depth + 1);
                if (key != null) {
                    map.put(key, value(elementType(type, 1), depth + 1));
                }
            }
            return map;
        }
        if (raw == Appendable.class || raw == CharSequence.class) {
            return new StringBuilder();
        }
        if (raw == java.io.Reader.class) {
            return new java.io.StringReader(hostile ? string() : "name,type\ncam-1,IP_CAMERA\n");
        }
        if (raw.isArray()) {
            byte[] bytes = new byte[pick(0, 1, 32, 10_000)];
            random.nextBytes(bytes);
            return raw == byte[].class ? bytes : null;
        }
        if (raw.isRecord()) {
            if (isId(raw)) {
                return id(raw);
            }
            return record(raw, depth);
        }
        if (raw.isSealed()) {
            Class<?>[] permitted = raw.getPermittedSubclasses();
            return value(permitted[random.nextInt(permitted.length)], depth);
        }
        return null;
    }

    /** Whether {@code type} is an id: a record of exactly one {@link UUID}. */
    static boolean isId(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        return components != null && components.length == 1 && components[0].getType() == UUID.class;
    }

    private Object id(Class<?> type) {
        int roll = random.nextInt(4);
        List<Object> sameType = knownIds.stream().filter(type::isInstance).toList();
        UUID uuid;
        if (roll <= 1 && !sameType.isEmpty()) {
            return sameType.get(random.nextInt(sameType.size()));
        } else if (roll == 2 && !knownIds.isEmpty()) {
            Object other = knownIds.get(random.nextInt(knownIds.size()));
            uuid = (UUID) component(other, 0);
        } else {
            uuid = UUID.randomUUID();
        }
        return construct(type, new Object[] {uuid});
    }

    private Object record(Class<?> type, int depth) {
        RecordComponent[] components = type.getRecordComponents();
        Type[] types = new Type[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getGenericType();
        }
        for (int attempt = 0; attempt < 6; attempt++) {
            Object[] values = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                values[i] = value(types[i], depth + 1);
            }
            Object built = construct(type, values);
            if (built != null) {
                return built;
            }
        }
        return null;
    }

    private static Object construct(Class<?> type, Object[] values) {
        try {
            Class<?>[] parameters = new Class<?>[values.length];
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                parameters[i] = components[i].getType();
            }
            Constructor<?> constructor = type.getDeclaredConstructor(parameters);
            if (!Modifier.isPublic(constructor.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
                constructor.setAccessible(true);
            }
            return constructor.newInstance(values);
        } catch (InvocationTargetException refusedByItsOwnChecks) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type, e);
        }
    }

    private static Object component(Object record, int index) {
        try {
            return record.getClass().getRecordComponents()[index].getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object collection(Class<?> raw, Type element, int depth) {
        int size = plausible ? pick(1, 1, 2, 3) : pick(0, 1, 1, 2, 3, 5, 2_000);
        Collection<Object> items = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
        Object repeated = size > 5 ? value(element, depth + 1) : null;
        for (int i = 0; i < size; i++) {
            items.add(size > 5 ? (element == String.class ? "item " + i : repeated) : value(element, depth + 1));
        }
        if (random.nextInt(8) == 0) {
            items.add(null);
        }
        return items;
    }

    private String string() {
        return pick("", " ", "\t\n", "a", "李娜", "Officer Zhang Wei", "x".repeat(201), "y".repeat(2001), "z".repeat(65_536), HUGE, "\u0000",
                "Robert'); DROP TABLE cases;--", "../../etc/passwd", "\uD83D\uDE00\uD800", "NVR-01", "ROAD", "LITTER", "310101198001011234",
                "31010119800101123X", "a".repeat(64), "0".repeat(64), String.valueOf(random.nextLong()));
    }

    private Instant instant() {
        return pick(Instant.MIN, Instant.MAX, Instant.EPOCH, now, now, now.minus(Duration.ofMinutes(random.nextInt(10_000))),
                now.plus(Duration.ofMinutes(random.nextInt(10_000))), now.minusNanos(1), now.plusNanos(1), Bounds.EARLIEST.minusNanos(1),
                Bounds.LATEST, now.plus(Duration.ofDays(365 * 50L)), now.minus(Duration.ofDays(365 * 30L)),
                Instant.ofEpochSecond(random.nextLong() >> 20));
    }

    private Duration duration() {
        return pick(Duration.ZERO, Duration.ofNanos(1), Duration.ofSeconds(-1), Duration.ofSeconds(Long.MAX_VALUE, 999_999_999),
                Duration.ofSeconds(Long.MIN_VALUE), Duration.ofDays(100_000), Duration.ofMinutes(1 + random.nextInt(600)),
                Duration.ofHours(1 + random.nextInt(72)), Duration.ofDays(1 + random.nextInt(400)), Bounds.LONGEST, Bounds.LONGEST.plusNanos(1));
    }

    private Object primitive(Class<?> type) {
        if (type == boolean.class) {
            return random.nextBoolean();
        }
        if (type == int.class) {
            return pick(0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, random.nextInt(100), random.nextInt());
        }
        if (type == long.class) {
            return pick(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, (long) random.nextInt(1_000_000), random.nextLong());
        }
        if (type == double.class) {
            return pick(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.MAX_VALUE, -1.0, random.nextDouble() * 100);
        }
        if (type == float.class) {
            return pick(0f, Float.NaN, random.nextFloat());
        }
        if (type == short.class) {
            return (short) random.nextInt();
        }
        if (type == byte.class) {
            return (byte) random.nextInt();
        }
        return 'x';
    }

    private static Class<?> unboxed(Class<?> boxed) {
        return boxed == Integer.class ? int.class : boxed == Long.class ? long.class : boxed == Double.class ? double.class : boolean.class;
    }

    private static TimeRange rangeOrNull(Instant start, Instant end) {
        return end != null && end.isAfter(start) ? new TimeRange(start, end) : null;
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type elementType(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            Type argument = p.getActualTypeArguments()[index];
            return argument instanceof java.lang.reflect.AnnotatedType a ? a.getType() : argument;
        }
        return Object.class;
    }
}
