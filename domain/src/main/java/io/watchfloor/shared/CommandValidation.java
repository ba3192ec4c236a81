package io.watchfloor.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a command record's jakarta.validation constraints with the deployment's {@link Validator}
 * and refuses it with an {@link InvalidCommand} naming every bad field. Use cases call it first, so a
 * refused command never changes anything.
 */
public final class CommandValidation {

    private final Validator validator;

    /**
     * Validates with {@code validator}.
     *
     * @param validator a Bean Validation validator, such as the one of {@code watchfloor-validation}
     */
    public CommandValidation(Validator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /**
     * Returns {@code command} when it is valid; throws {@link InvalidCommand} otherwise.
     *
     * @param <T> the command's type
     * @param command the command to check
     * @return the command itself
     * @throws InvalidCommand listing every constraint it breaks, by field
     */
    public <T> T valid(T command) {
        if (command == null) {
            throw new InvalidCommand("command", List.of(new InvalidCommand.FieldError("command", "must not be null")));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (violations.isEmpty()) {
            return command;
        }
        List<InvalidCommand.FieldError> errors = violations.stream()
                .map(v -> new InvalidCommand.FieldError(
                        v.getPropertyPath().toString().isEmpty() ? "command" : v.getPropertyPath().toString(),
                        v.getMessage()))
                .toList();
        throw new InvalidCommand(nameOf(command), errors);
    }

    /**
     * The name a refusal gives a command: its simple name, after the use case it is nested in
     * ({@code "RegisterPerson.Command"}), since most commands are records called {@code Command}.
     *
     * @param command a command
     * @return the name a refusal gives it
     */
    public static String nameOf(Object command) {
        Class<?> type = command.getClass();
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
    }
}
