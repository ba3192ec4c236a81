package io.watchfloor.shared;

/**
 * The version of a stored aggregate, for optimistic locking. A new aggregate has version 0; the
 * first store makes it 1, and each later store adds one. Only repository adapters advance it.
 */
public record Version(long value) implements Comparable<Version> {

    /** The version of an aggregate never stored. */
    public static final Version NEW = new Version(0);

    /**
     * Refuses a negative version.
     *
     * @param value the version, 0 before the first store
     */
    public Version {
        if (value < 0) {
            throw new IllegalArgumentException("version must not be negative, was " + value);
        }
    }

    /** {@return whether the aggregate was never stored} */
    public boolean isNew() {
        return value == 0;
    }

    /** {@return the version after one more store} */
    public Version next() {
        return new Version(value + 1);
    }

    @Override
    public int compareTo(Version other) {
        return Long.compare(value, other.value);
    }
}
