package io.watchfloor.cases;

/** Where a report came from (CASE-01). */
public enum ReportSource {
    /** A field supervisor (监督员) on patrol. */
    FIELD_SUPERVISOR,
    /** The hotline (热线). */
    HOTLINE,
    /** A camera, seen by an operator at the monitors. */
    CAMERA,
    /** A member of the public. */
    PUBLIC
}
