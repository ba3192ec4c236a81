package io.watchfloor.cases;

/** How serious an incident is; a {@link #MAJOR} one is reported to leadership at once (CASE-14). */
public enum Severity {
    MINOR, SERIOUS, MAJOR
}
