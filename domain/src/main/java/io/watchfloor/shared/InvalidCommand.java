package io.watchfloor.shared;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A command was refused before anything happened because some of its values are missing, malformed
 * or contradictory. Lists every problem by field, sorted by field name, so a caller can show them all.
 */
public class InvalidCommand extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One problem: the field's path in the command ({@code "range.end"}) and what is wrong with it. */
    public record FieldError(String field, String message) {
        public FieldError {
            if (field == null || message == null) {
                throw new IllegalArgumentException("a field error needs a field and a message");
            }
        }

        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    private final String command;
    private final transient List<FieldError> errors;

    public InvalidCommand(String command, List<FieldError> errors) {
        super(message(command, errors));
        this.command = command;
        this.errors = errors.stream()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    private static String message(String command, List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid command needs at least one error");
        }
        return command + " refused: " + errors.stream()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .map(FieldError::toString)
                .collect(Collectors.joining("; "));
    }

    /** The simple name of the refused command, such as {@code "RegisterPerson"}. */
    public String command() {
        return command;
    }

    /** Every problem, sorted by field. */
    public List<FieldError> errors() {
        return errors;
    }
}
