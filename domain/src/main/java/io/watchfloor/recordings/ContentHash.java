package io.watchfloor.recordings;

import java.util.regex.Pattern;

/**
 * The SHA-256 of a segment's media (RET-01), as 64 lower-case hexadecimal digits; it is carried into
 * the destruction record so anyone can later tell which content was destroyed.
 */
public record ContentHash(String sha256) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public ContentHash {
        if (sha256 == null || !HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("a SHA-256 is 64 lower-case hexadecimal digits, was " + sha256);
        }
    }

    @Override
    public String toString() {
        return sha256;
    }
}
