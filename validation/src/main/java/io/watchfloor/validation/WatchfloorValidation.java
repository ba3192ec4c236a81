package io.watchfloor.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * A production {@link Validator} for the commands of every use case: Hibernate Validator with a
 * {@link ParameterMessageInterpolator}, which fills {@code {min}}-style parameters into the messages
 * without Expression Language, so an application needs no EL implementation on its class path.
 *
 * <pre>{@code
 * Validator validator = WatchfloorValidation.validator();
 * PeopleModule people = PeopleModule.create(..., clock, validator);
 * }</pre>
 *
 * <p>The shared validator lives as long as the application. An application that closes its
 * resources on shutdown takes its own factory with {@link #newFactory()} and closes it.
 */
public final class WatchfloorValidation {

    private static final class Shared {
        static final ValidatorFactory FACTORY = newFactory();
    }

    private WatchfloorValidation() {
    }

    /**
     * The shared validator: thread-safe, built once, on first use.
     *
     * @return a validator that interpolates messages without Expression Language
     */
    public static Validator validator() {
        return Shared.FACTORY.getValidator();
    }

    /**
     * A new factory configured the same way, for an application that manages its lifecycle.
     *
     * @return a factory the caller closes
     */
    public static ValidatorFactory newFactory() {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
    }
}
