package io.watchfloor.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The value lies in the sane range of {@link Bounds}: an {@link Instant} or {@link LocalDate} in this century, a
 * {@link TimeRange} wholly in it, a {@link Duration} between zero and ten years. {@code null} is
 * valid (use {@code @NotNull} for that). Put it on every instant, range and duration of a command,
 * also inside lists ({@code List<@Sane Instant>}); domain-tests checks that none is missing.
 */
@Documented
@Constraint(validatedBy = {Sane.ForInstant.class, Sane.ForDuration.class, Sane.ForTimeRange.class, Sane.ForLocalDate.class})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Sane {

    /** The refusal's message. */
    String message() default "must lie in the sane range (instants in 2000-2099, durations from 0 to 10 years)";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Validation payload. */
    Class<? extends Payload>[] payload() default {};

    /** Checks an instant against {@link Bounds#isSane(Instant)}. */
    final class ForInstant implements ConstraintValidator<Sane, Instant> {
        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return Bounds.isSane(value);
        }
    }

    /** Checks a duration against {@link Bounds#isSane(Duration)}. */
    final class ForDuration implements ConstraintValidator<Sane, Duration> {
        @Override
        public boolean isValid(Duration value, ConstraintValidatorContext context) {
            return Bounds.isSane(value);
        }
    }

    /** Checks a date against {@link Bounds#isSane(LocalDate)}. */
    final class ForLocalDate implements ConstraintValidator<Sane, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return Bounds.isSane(value);
        }
    }

    /** Checks a time range against {@link Bounds#isSane(TimeRange)}. */
    final class ForTimeRange implements ConstraintValidator<Sane, TimeRange> {
        @Override
        public boolean isValid(TimeRange value, ConstraintValidatorContext context) {
            return Bounds.isSane(value);
        }
    }
}
