package io.watchfloor.testkit.shared;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * A Bean Validation {@link Validator} (Hibernate Validator) that needs no Expression Language jar,
 * as the modules' factories take.
 */
public final class Validators {

    private static final Validator DEFAULT = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private Validators() {
    }

    /** {@return a shared, thread-safe validator} */
    public static Validator validator() {
        return DEFAULT;
    }
}
