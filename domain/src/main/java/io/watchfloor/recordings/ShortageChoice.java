package io.watchfloor.recordings;

/**
 * What a storage area does when it cannot keep the minimum retention (RET-10), chosen explicitly in
 * the {@link RetentionPolicy}. Either way an alarm is raised, and protected footage is never deleted.
 */
public enum ShortageChoice {
    /** Stop recording the least important (ordinary-zone) cameras of the area until the rest fits. */
    STOP_LEAST_IMPORTANT_CAMERAS,
    /** Keep every camera recording and raise the alarm only. */
    ALARM_ONLY
}
