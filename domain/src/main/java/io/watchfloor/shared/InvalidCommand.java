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
        /**
         * Refuses a missing field or message.
         *
         * @param field the field's path in the command
         * @param message what is wrong with it
         */
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
/** The simple name of the refused command. */

    private final String command;
    private final transient List<FieldError> errors;

    /**
     * Refuses {@code command} for {@code errors}.
     *
     * @param command the simple name of the command, such as {@code "RegisterPerson"}
     * @param errors every problem found, at least one
     */
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

    /** {@return the simple name of the refused command, such as {@code "RegisterPerson"}} */
    public String command() {
        return command;
    }

    /** {@return every problem, sorted by field} */
    public List<FieldError> errors() {
        return errors;
    }
}
