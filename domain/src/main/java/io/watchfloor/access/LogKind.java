package io.watchfloor.access;

/** What an access-log entry records (ACCESS-04). */
public enum LogKind {
    /** Recorded footage was viewed. */
    VIEW,
    /** Recorded footage was played back. */
    PLAYBACK,
    /** Footage was exported; written before any file leaves (ACCESS-10). */
    EXPORT,
    /** A copy was handed outside the centre. */
    COPY,
    /** Live footage was viewed (ACCESS-09). */
    LIVE_VIEW,
    /** An attempt was refused; the detail names the rule. */
    REFUSED;

    /** The kind that records {@code action}. */
    public static LogKind of(AccessAction action) {
        return switch (action) {
            case VIEW -> VIEW;
            case PLAYBACK -> PLAYBACK;
            case EXPORT -> EXPORT;
            case COPY -> COPY;
        };
    }
}
