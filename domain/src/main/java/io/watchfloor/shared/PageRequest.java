package io.watchfloor.shared;

/** Which page of a listing to return: a zero-based page number and a page size of 1 to 1,000. */
public record PageRequest(int number, int size) {

    /** The largest page a store is asked for. */
    public static final int MAX_SIZE = 1_000;

    /**
     * Refuses a negative page or a size outside 1..{@value #MAX_SIZE}.
     *
     * @param number the page, from 0
     * @param size how many items a page holds
     */
    public PageRequest {
        if (number < 0) {
            throw new IllegalArgumentException("page number must not be negative, was " + number);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1 to " + MAX_SIZE + ", was " + size);
        }
    }

    /**
     * {@return the first page of the given size}
     *
     * @param size how many items a page holds, 1 to {@value #MAX_SIZE}
     */
    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    /** {@return the index of the first item of this page} */
    public long offset() {
        return (long) number * size;
    }

    /** {@return the page after this one} */
    public PageRequest next() {
        return new PageRequest(number + 1, size);
    }
}
