package io.watchfloor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.watchfloor.shared.Sane;
import io.watchfloor.shared.TimeRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every value of every command record a {@code port.in} use case takes carries its bound (what a use
 * case returns, such as a hold's placement report, is not input), so validation
 * refuses it before a use case runs: instants, durations and time ranges are {@link Sane}, strings,
 * lists and maps have a {@link Size} (or a {@link Pattern}; sets of enum constants need none), dates are
 * {@link Sane} too, and nested command records are
 * {@link Valid}, all the way into list elements. A new command field without a bound fails here.
 */
@DisplayName("Every instant, duration, text and list in a command has a bound")
class CommandBoundsTest {

    @Test
    @DisplayName("no command record in any port.in package has an unbounded value")
    void everyCommandValueIsBounded() {
        TreeSet<String> unbounded = new TreeSet<>();
        for (Class<?> useCase : UseCases.interfaces()) {
            for (java.lang.reflect.Method method : useCase.getMethods()) {
                for (Class<?> parameter : method.getParameterTypes()) {
                    if (parameter.isRecord() && parameter.getEnclosingClass() != null
                            && parameter.getPackageName().endsWith(".port.in")) {
                        check(parameter, unbounded);
                    }
                }
            }
        }
        // Issue 11, section 5 (shifts): the texts of a handover are bounded by the shifts engineer.
        unbounded.removeIf(where -> where.startsWith("WriteHandover.") || where.startsWith("SignHandover."));
        assertEquals(List.of(), new ArrayList<>(unbounded), "unbounded command values");
    }

    private static void check(Class<?> command, TreeSet<String> unbounded) {
        for (RecordComponent component : command.getRecordComponents()) {
            List<Annotation> annotations = new ArrayList<>(List.of(component.getAnnotatedType().getAnnotations()));
            try {
                annotations.addAll(List.of(command.getDeclaredField(component.getName()).getAnnotations()));
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
            checkValue(CommandValidationName.of(command) + "." + component.getName(), component.getType(), annotations,
                    component.getAnnotatedType(), unbounded);
        }
    }

    private static void checkValue(String where, Class<?> type, List<Annotation> annotations, AnnotatedType annotated,
                                   TreeSet<String> unbounded) {
        boolean sane = has(annotations, Sane.class);
        boolean sized = has(annotations, Size.class) || has(annotations, Pattern.class);
        if ((type == Instant.class || type == Duration.class || type == TimeRange.class || type == LocalDate.class) && !sane) {
            unbounded.add(where + " needs @Sane");
        }
        if (type == String.class && !sized) {
            unbounded.add(where + " needs @Size");
        }
        if ((Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) && !sized && !isSetOfEnums(annotated)) {
            unbounded.add(where + " needs @Size");
        }
        if (annotated instanceof AnnotatedParameterizedType parameterized) {
            AnnotatedType[] elements = parameterized.getAnnotatedActualTypeArguments();
            for (int i = 0; i < elements.length; i++) {
                Class<?> element = HostileValues.raw(elements[i].getType());
                checkValue(where + "[" + i + "]", element, List.of(elements[i].getAnnotations()), elements[i], unbounded);
            }
        }
        if (type.isRecord() && type.getEnclosingClass() != null && type.getEnclosingClass().getPackageName().endsWith(".port.in")) {
            if (!has(annotations, Valid.class)) {
                unbounded.add(where + " needs @Valid");
            }
        }
    }

    /** A set of enum constants is bounded by the enum itself. */
    private static boolean isSetOfEnums(AnnotatedType annotated) {
        return annotated instanceof AnnotatedParameterizedType p && java.util.Set.class.isAssignableFrom(HostileValues.raw(p.getType()))
                && HostileValues.raw(p.getAnnotatedActualTypeArguments()[0].getType()).isEnum();
    }

    private static boolean has(List<Annotation> annotations, Class<? extends Annotation> type) {
        return annotations.stream().anyMatch(a -> a.annotationType() == type);
    }

    /** A command's name as refusals give it. */
    private static final class CommandValidationName {
        static String of(Class<?> type) {
            return type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
        }
    }
}
