package io.watchfloor.devices;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a device's credentials are kept, never the credentials themselves (DEVICE-01): the name of
 * an entry in a secret store, written {@code store:path} with a store of {@link #STORES}, such as
 * {@code vault:cctv/pudong/cam-0017}. Text that does not have this shape, or that holds a
 * {@code password=}, a {@code user:password@} or white space, is refused as looking like a password.
 *
 * @param value the reference as written
 */
public record CredentialsReference(String value) {

    /** The secret stores a reference may name. */
    public static final List<String> STORES = List.of("vault", "kms", "keystore", "keyring", "secrets", "env");

    private static final Pattern SHAPE = Pattern.compile("([a-z]+):([A-Za-z0-9][A-Za-z0-9._/-]{0,199})");
    private static final Pattern SECRET_WORDS = Pattern.compile("(?i).*(password|passwd|pwd|secret|token)\\s*[=:].*");

    public CredentialsReference {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("credentials reference " + problem.get());
        }
    }

    /** Whether {@code text} is a valid reference. */
    public static boolean isValid(String text) {
        return problem(text).isEmpty();
    }

    /** What is wrong with {@code text} as a reference, if anything; never repeats the text itself. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.of("is missing");
        }
        if (SECRET_WORDS.matcher(text).matches() || text.contains("@") || text.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("looks like a password: store the password in a secret store and give its reference, such as vault:cctv/cam-0017");
        }
        var m = SHAPE.matcher(text);
        if (!m.matches() || !STORES.contains(m.group(1))) {
            return Optional.of("looks like a password, not a reference to one: write store:path with a store of " + STORES);
        }
        return Optional.empty();
    }

    /** The secret store named. */
    public String store() {
        return value.substring(0, value.indexOf(':'));
    }

    /** The entry's path in the store. */
    public String path() {
        return value.substring(value.indexOf(':') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
