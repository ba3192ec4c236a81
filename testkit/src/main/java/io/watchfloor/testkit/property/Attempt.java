package io.watchfloor.testkit.property;

/**
 * What one run of a test case gave: the choices it consumed, their spans, and how it ended.
 * Exactly one of: passed ({@code failure} and {@code invalidReason} null), failed, or invalid.
 */
final class Attempt {

    final long[] choices;
    final int[][] spans;
    final Throwable failure;
    final String invalidReason;

    Attempt(long[] choices, int[][] spans, Throwable failure, String invalidReason) {
        this.choices = choices;
        this.spans = spans;
        this.failure = failure;
        this.invalidReason = invalidReason;
    }

    boolean failed() {
        return failure != null;
    }

    boolean invalid() {
        return invalidReason != null;
    }
}
