package io.watchfloor.testkit.shifts;

import io.watchfloor.people.Certification;
import io.watchfloor.people.Person;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shared.Version;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.RotaPolicy;
import io.watchfloor.shifts.ShiftTemplate;
import io.watchfloor.testkit.property.Gen;
import io.watchfloor.testkit.property.Gens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Generators of the shifts context for the property engine, valid by construction:
 * <ul>
 *   <li>{@link #zones()}: Europe/Berlin, America/New_York (both with daylight saving) and Asia/Shanghai;</li>
 *   <li>{@link #firstDays(ZoneId)}: a Monday in the week of a daylight-saving change of 2026 in that zone,
 *       or one week either side (Shanghai: any Monday of March or October 2026);</li>
 *   <li>{@link #policies(ZoneId)}: three 8-hour shifts from 00:00, 06:00 or 02:30 (a boundary inside the
 *       daylight-saving change), or two 12-hour shifts from 07:00; one shift leader and one or two operators; rest 6–10 h; continuous duty 12–16 h
 *       (at least one shift and the rest);</li>
 *   <li>{@link #scenarios()}: a policy, a horizon of 1–2 weeks and a team of 3–6 shift leaders (also
 *       operators) and 4–10 operators with ids 1, 2, 3..., certified a year around the horizon except,
 *       now and then, one certificate that runs out in its middle; and 0–2 people on leave for 1–4 days.</li>
 * </ul>
 * Teams may be too small for a valid rota: properties classify both outcomes.
 */
public final class ShiftsGens {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Shanghai"));

    private ShiftsGens() {
    }

    /** A rota to fill: its policy, horizon, team and leave. */
    public record RotaScenario(RotaPolicy policy, LocalDate firstDay, int weeks, List<Person> team, Map<PersonId, List<TimeRange>> leave) {

        /** {@return an empty draft of the scenario} */
        public Rota draft() {
            return Rota.draft(policy, firstDay, weeks);
        }
    }

    /** {@return the zones, two of them with daylight saving} */
    public static Gen<ZoneId> zones() {
        return Gens.oneOf(ZONES);
    }

    /**
     * {@return a Monday in, or a week either side of, a week with a daylight-saving change in {@code zone}}
     *
     * @param zone the centre's zone
     */
    public static Gen<LocalDate> firstDays(ZoneId zone) {
        List<LocalDate> changes = switch (zone.getId()) {
            case "Europe/Berlin" -> List.of(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 10, 19));
            case "America/New_York" -> List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 10, 26));
            default -> List.of(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 10, 12));
        };
        return source -> source.draw(Gens.oneOf(changes)).plusWeeks(source.draw(Gens.integers(-1, 1)));
    }

    /**
     * {@return a policy in {@code zone} as described in the class comment}
     *
     * @param zone the centre's zone
     */
    public static Gen<RotaPolicy> policies(ZoneId zone) {
        List<List<ShiftTemplate>> patterns = List.of(
                RotaPolicy.THREE_EIGHT_HOUR_SHIFTS,
                List.of(ShiftTemplate.of("early", "06:00", "14:00"), ShiftTemplate.of("late", "14:00", "22:00"), ShiftTemplate.of("night", "22:00", "06:00")),
                List.of(ShiftTemplate.of("day", "07:00", "19:00"), ShiftTemplate.of("night", "19:00", "07:00")),
                // boundaries at 02:30: a time Berlin's and New York's clocks skip in spring and pass twice in autumn
                List.of(ShiftTemplate.of("small hours", "02:30", "10:30"), ShiftTemplate.of("afternoon", "10:30", "18:30"),
                        ShiftTemplate.of("late", "18:30", "02:30")));
        return source -> {
            List<ShiftTemplate> pattern = source.draw(Gens.oneOf(patterns));
            Duration longest = pattern.size() == 2 ? Duration.ofHours(13) : Duration.ofHours(9);
            Duration rest = Duration.ofHours(source.draw(Gens.integers(6, 10)));
            Duration duty = Duration.ofHours(source.draw(Gens.integers(12, 16)));
            if (duty.compareTo(longest) < 0) {
                duty = longest;
            }
            Map<Role, Integer> staffing = new EnumMap<>(Role.class);
            staffing.put(Role.SHIFT_LEADER, 1);
            staffing.put(Role.OPERATOR, source.draw(Gens.integers(1, 2)));
            return RotaPolicy.defaults(zone).withTemplates(pattern).withMinimumStaffing(staffing).withLimits(rest, duty);
        };
    }

    /** {@return a scenario as described in the class comment} */
    public static Gen<RotaScenario> scenarios() {
        return source -> {
            ZoneId zone = source.draw(zones());
            RotaPolicy policy = source.draw(policies(zone));
            LocalDate first = source.draw(firstDays(zone));
            int weeks = source.draw(Gens.integers(1, 2));
            Instant from = first.atStartOfDay(zone).toInstant();
            Instant to = first.plusWeeks(weeks).atStartOfDay(zone).toInstant();
            int leaders = source.draw(Gens.integers(3, 6));
            int operators = source.draw(Gens.integers(4, 10));
            int expiring = source.chance(0.2) ? source.draw(Gens.integers(0, leaders + operators - 1)) : -1;
            List<Person> team = new ArrayList<>();
            for (int i = 0; i < leaders + operators; i++) {
                Set<Role> roles = i < leaders ? EnumSet.of(Role.SHIFT_LEADER, Role.OPERATOR) : EnumSet.of(Role.OPERATOR);
                Instant until = i == expiring ? from.plus(Duration.between(from, to).dividedBy(2)) : to.plus(Duration.ofDays(180));
                List<Certification> certs = new ArrayList<>();
                for (Role r : roles) {
                    certs.add(new Certification(r, r.name().substring(0, 2) + "-" + i, from.minus(Duration.ofDays(180)), until));
                }
                team.add(new Person(new PersonId(new UUID(0, i + 1L)), (i < leaders ? "Leader " : "Operator ") + (i + 1), roles, null, certs, Version.NEW));
            }
            Map<PersonId, List<TimeRange>> leave = new HashMap<>();
            int away = source.draw(Gens.integers(0, 2));
            for (int k = 0; k < away; k++) {
                Person p = team.get(source.draw(Gens.integers(0, team.size() - 1)));
                int startDay = source.draw(Gens.integers(0, weeks * 7 - 1));
                int days = source.draw(Gens.integers(1, 4));
                leave.computeIfAbsent(p.id(), x -> new ArrayList<>()).add(new TimeRange(first.plusDays(startDay).atStartOfDay(zone).toInstant(),
                        first.plusDays(startDay + days).atStartOfDay(zone).toInstant()));
            }
            return new RotaScenario(policy, first, weeks, List.copyOf(team), leave);
        };
    }
}
