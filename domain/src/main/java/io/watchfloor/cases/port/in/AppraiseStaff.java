package io.watchfloor.cases.port.in;

import io.watchfloor.cases.Appraisal;
import io.watchfloor.shared.TimeRange;

/** CASE-15: appraisal figures over a period, from the cases' state or from their histories (the same figures). */
public interface AppraiseStaff {

    /** The figures read from the cases' state. */
    Appraisal fromState(TimeRange period);

    /** The same figures read from the cases' histories alone. */
    Appraisal fromHistory(TimeRange period);
}
