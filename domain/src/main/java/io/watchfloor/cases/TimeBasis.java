package io.watchfloor.cases;

/**
 * What a category's deadlines count (CASE-17): working time of the responsible department's calendar
 * (工作时) or continuous time, every minute of every day (紧急工作时).
 */
public enum TimeBasis {
    /** 工作时: only the department's working hours count. */
    WORKING,
    /** 紧急工作时: every minute counts, nights and holidays included. */
    CONTINUOUS
}
