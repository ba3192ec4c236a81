package io.watchfloor.shared;

/** The access level of a camera or zone, and the highest level a person may grant or use (ACCESS-02). */
public enum AccessLevel {
    /** 基本 */
    BASIC,
    /** 高级 */
    ADVANCED,
    /** 最高 */
    HIGHEST;

    /**
     * {@return whether this level reaches at least {@code other}}
     *
     * @param other the level asked for
     */
    public boolean covers(AccessLevel other) {
        return compareTo(other) >= 0;
    }
}
