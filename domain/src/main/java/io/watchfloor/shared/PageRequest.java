package io.watchfloor.shared;

/** Which page of a listing to return: a zero-based page number and a page size of 1 to 1,000. */
public record PageRequest(int number, int size) {

    /** The largest page a store is asked for. */
    public static final int MAX_SIZE = 1_000;

    public PageRequest {
        if (number < 0) {
            throw new IllegalArgumentException("page number must not be negative, was " + number);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1 to " + MAX_SIZE + ", was " + size);
        }
    }

    /** The first page of the given size. */
    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    /** The index of the first item of this page. */
    public long offset() {
        return (long) number * size;
    }

    /** The page after this one. */
    public PageRequest next() {
        return new PageRequest(number + 1, size);
    }
}
