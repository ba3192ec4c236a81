package io.watchfloor.testkit.cases;

import io.watchfloor.cases.CasePolicy;
import io.watchfloor.cases.ReportSource;
import io.watchfloor.shared.Location;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import java.time.Duration;

/** Generators for the cases context, valid by construction; the ranges are in each method's Javadoc. */
public final class CasesGens {

    private CasesGens() {
    }

    /** {@return every report source, shrinking toward {@link ReportSource#FIELD_SUPERVISOR}} */
    public static Gen<ReportSource> sources() {
        return Gens.enums(ReportSource.class);
    }

    /**
     * Places within {@code metres} north/east of {@code centre} (0 to {@code metres} in each
     * direction, about 1.1 m per 0.00001 degree), shrinking toward the centre itself.
     *
     * @param centre the centre of the area
     * @param metres the area's radius
     * @return the generator
     */
    public static Gen<Location> placesNear(Location centre, int metres) {
        double degrees = metres / 111_000.0;
        return Gens.tuples(Gens.doubles(0, degrees), Gens.doubles(0, degrees))
                .map(d -> new Location(centre.latitude() + d.first(), centre.longitude() + d.second(), "near " + centre.address()));
    }

    /**
     * How long the clock moves between two commands: 0 to 3 h, half of the time exactly one of the
     * catalogue's limits (15 min, 30 min, 1 h) give or take one millisecond, so boundaries are hit.
     *
     * @return the generator
     */
    public static Gen<Duration> delays() {
        Gen<Duration> boundary = Gens.tuples(Gens.oneOf(Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1)),
                Gens.integers(-1, 1)).map(t -> t.first().plusMillis(t.second()));
        return Gens.choice(Gens.durations(Duration.ZERO, Duration.ofHours(3)), boundary);
    }

    /**
     * Case policies with the catalogue's defaults changed: dispatch limits of 1 to 60 min (special
     * 1 to 4 times longer), acceptance chase 1 to 120 min, warnings at 1 to 99 %.
     *
     * @return the generator
     */
    public static Gen<CasePolicy> policies() {
        return Gens.tuples(Gens.integers(1, 60), Gens.integers(1, 4), Gens.integers(1, 120), Gens.integers(1, 99))
                .map(t -> CasePolicy.defaults()
                        .withDispatchLimits(Duration.ofMinutes(t.first()), Duration.ofMinutes((long) t.first() * t.second()))
                        .withChase(Duration.ofMinutes(t.third()), t.fourth()));
    }
}
