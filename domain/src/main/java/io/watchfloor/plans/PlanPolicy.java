package io.watchfloor.plans;

import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The numbers of the plan rules with the catalogue's defaults.
 *
 * @param drillInterval PLAN-02: how often each plan is drilled, default quarterly (3 months)
 * @param zone the zone whose calendar months the interval counts
 */
public record PlanPolicy(Period drillInterval, ZoneId zone) {

    public PlanPolicy {
        Objects.requireNonNull(drillInterval, "drillInterval");
        Objects.requireNonNull(zone, "zone");
        if (drillInterval.isNegative() || drillInterval.isZero()) {
            throw new IllegalArgumentException("drillInterval must be positive, was " + drillInterval);
        }
    }

    /** Quarterly drills, months counted in UTC. */
    public static PlanPolicy defaults() {
        return new PlanPolicy(Period.ofMonths(3), ZoneOffset.UTC);
    }

    /** The defaults with months counted in {@code zone}. */
    public static PlanPolicy in(ZoneId zone) {
        return new PlanPolicy(Period.ofMonths(3), zone);
    }

    /** When the drill after one at {@code from} is due. */
    public java.time.Instant nextDrillAfter(java.time.Instant from) {
        return from.atZone(zone).plus(drillInterval).toInstant();
    }
}
