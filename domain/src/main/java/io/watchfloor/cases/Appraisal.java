package io.watchfloor.cases;

import io.watchfloor.cases.CasePolicy.Figure;
import io.watchfloor.people.DepartmentId;
import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.TimeRange;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Appraisal figures over a period (CASE-15), per person and per department. The same figures come
 * out of {@link #fromCases} (reading each case's state) and {@link #fromHistory} (reading only the
 * events of each history), which the tests hold against each other.
 *
 * <p>What is counted in a period {@code [start, end)}:
 * <ul>
 * <li>dispatches: made in the period, per dispatcher, with those within the limit (on-time dispatch rate);
 *     per department, the cases it received;</li>
 * <li>returns that took effect in the period: against the department that returned the case, and
 *     against the person whose registration or dispatch was proven wrong (return rate);</li>
 * <li>cases due: the handling deadline in force lies in the period; closed on time when closed by it
 *     and no deadline of its last dispatch had passed before, extension or not (按期结案率 = closed on time / due,
 *     see {@link Case#closedOnTime()});</li>
 * <li>verifications in the period, and the failed ones, reworks (返工率 = reworks / verifications);</li>
 * <li>cases closed in the period that only ever went to one department (accurate dispatch rate),
 *     per department and per first dispatcher;</li>
 * <li>error records incurred in the period, per person (CASE-03).</li>
 * </ul>
 * A rate with nothing to count is 1 (no failure).
 */
public record Appraisal(TimeRange period, Map<PersonId, Figures> people, Map<DepartmentId, Figures> departments) {

    public Appraisal {
        Objects.requireNonNull(period, "period");
        people = Map.copyOf(people);
        departments = Map.copyOf(departments);
    }

    /** The counts behind the rates of one person or department. */
    public record Figures(int dispatches, int onTimeDispatches, int received, int returns, int due, int closedOnTime,
                          int verifications, int reworks, int closed, int accurate, int errors) {

        /** Nothing counted yet. */
        public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public double onTimeDispatchRate() {
            return rate(onTimeDispatches, dispatches);
        }

        /** 按期结案率: closed on time / due. */
        public double onTimeClosureRate() {
            return rate(closedOnTime, due);
        }

        /** 返工率: reworks / verifications. */
        public double reworkRate() {
            return 1 - rate(verifications - reworks, verifications);
        }

        /** Returns / cases received (a department) or dispatched (a person). */
        public double returnRate() {
            int base = received > 0 ? received : dispatches;
            return base == 0 ? 0 : Math.min(1, (double) returns / base);
        }

        /** Closed cases that only ever went to one department / closed cases. */
        public double accurateDispatchRate() {
            return rate(accurate, closed);
        }

        private static double rate(int part, int whole) {
            return whole == 0 ? 1 : (double) part / whole;
        }

        /** The value 0..1 of a figure, the higher the better. */
        public double value(Figure figure) {
            return switch (figure) {
                case ON_TIME_DISPATCH -> onTimeDispatchRate();
                case ON_TIME_CLOSURE -> onTimeClosureRate();
                case REWORK_FREE -> 1 - reworkRate();
                case RETURN_FREE -> 1 - returnRate();
                case ACCURATE_DISPATCH -> accurateDispatchRate();
            };
        }

        Figures plus(Figures o) {
            return new Figures(dispatches + o.dispatches, onTimeDispatches + o.onTimeDispatches, received + o.received, returns + o.returns,
                    due + o.due, closedOnTime + o.closedOnTime, verifications + o.verifications, reworks + o.reworks, closed + o.closed,
                    accurate + o.accurate, errors + o.errors);
        }
    }

    /** A score 0..100 for a role and its grade. */
    public record Score(Role role, double points, String grade) {
    }

    /**
     * The score of {@code figures} for {@code role}: 100 × the weighted mean of the role's figures,
     * minus the penalty per error record, not below 0; graded by the policy's bands.
     */
    public static Score score(Figures figures, Role role, CasePolicy policy) {
        Map<Figure, Double> weights = policy.weights().get(role);
        if (weights == null) {
            throw new IllegalArgumentException("the policy has no score weights for the role " + role.title());
        }
        double sum = 0;
        double total = 0;
        for (Map.Entry<Figure, Double> w : weights.entrySet()) {
            sum += w.getValue() * figures.value(w.getKey());
            total += w.getValue();
        }
        double points = Math.max(0, 100 * sum / total - policy.errorPenalty() * figures.errors());
        return new Score(role, points, policy.gradeOf(points));
    }

    /** The figures of a person, {@link Figures#NONE} when nothing counted. */
    public Figures of(PersonId person) {
        return people.getOrDefault(person, Figures.NONE);
    }

    /** The figures of a department. */
    public Figures of(DepartmentId department) {
        return departments.getOrDefault(department, Figures.NONE);
    }

    /** The figures of the whole centre: every department's added up. */
    public Figures centre() {
        return departments.values().stream().reduce(Figures.NONE, Figures::plus);
    }

    private static final class Tally {
        final Map<PersonId, Figures> people = new HashMap<>();
        final Map<DepartmentId, Figures> departments = new HashMap<>();

        void person(PersonId p, Figures f) {
            if (p != null) {
                people.merge(p, f, Figures::plus);
            }
        }

        void department(DepartmentId d, Figures f) {
            if (d != null) {
                departments.merge(d, f, Figures::plus);
            }
        }
    }

    private static Figures f(int dispatches, int onTime, int received, int returns, int due, int closedOnTime, int verifications,
                             int reworks, int closed, int accurate, int errors) {
        return new Figures(dispatches, onTime, received, returns, due, closedOnTime, verifications, reworks, closed, accurate, errors);
    }

    private static int one(boolean b) {
        return b ? 1 : 0;
    }

    /** The figures read from the cases' state. */
    public static Appraisal fromCases(Collection<Case> cases, TimeRange period) {
        Tally t = new Tally();
        for (Case c : cases) {
            for (Case.Dispatch d : c.dispatches()) {
                if (period.contains(d.at())) {
                    t.person(d.by(), f(1, one(d.onTime()), 0, 0, 0, 0, 0, 0, 0, 0, 0));
                    t.department(d.to(), f(0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0));
                }
            }
            for (Case.Return r : c.returns()) {
                if (period.contains(r.at())) {
                    t.department(r.from(), f(0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0));
                    t.person(r.responsible(), f(0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0));
                }
            }
            for (Case.Verification v : c.verifications()) {
                if (period.contains(v.at())) {
                    t.department(v.department(), f(0, 0, 0, 0, 0, 0, 1, one(!v.passed()), 0, 0, 0));
                }
            }
            if (c.handlingDeadline().isPresent() && period.contains(c.handlingDeadline().get())) {
                t.department(c.department().orElse(null), f(0, 0, 0, 0, 1, one(c.closedAt().isPresent() && c.closedOnTime()), 0, 0, 0, 0, 0));
            }
            if (c.closedAt().isPresent() && period.contains(c.closedAt().get())) {
                boolean accurate = c.dispatches().stream().map(Case.Dispatch::to).distinct().count() == 1;
                Figures closed = f(0, 0, 0, 0, 0, 0, 0, 0, 1, one(accurate), 0);
                t.department(c.department().orElse(null), closed);
                t.person(c.dispatches().get(0).by(), closed);
            }
            for (ErrorRecord e : c.errors()) {
                if (period.contains(e.at())) {
                    t.person(e.person(), f(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1));
                }
            }
        }
        return new Appraisal(period, t.people, t.departments);
    }

    /** The same figures read from nothing but the cases' histories (CASE-13), without replaying them to state. */
    public static Appraisal fromHistory(Collection<? extends List<? extends CaseEvent>> histories, TimeRange period) {
        Tally t = new Tally();
        for (List<? extends CaseEvent> history : histories) {
            DepartmentId department = null;
            Instant deadline = null;
            PersonId firstDispatcher = null;
            Set<DepartmentId> sentTo = new HashSet<>();
            Instant closedAt = null;
            boolean closedOnTime = false;
            for (CaseEvent event : history) {
                boolean in = period.contains(event.occurredAt());
                if (event instanceof CaseEvent.CaseRegistered e) {
                    department = e.department();
                } else if (event instanceof CaseEvent.CaseDispatched e) {
                    department = e.department();
                    deadline = e.handlingDeadline();
                    sentTo.add(e.department());
                    if (firstDispatcher == null) {
                        firstDispatcher = e.actor();
                    }
                    if (in) {
                        t.person(e.actor(), f(1, one(e.onTime()), 0, 0, 0, 0, 0, 0, 0, 0, 0));
                        t.department(e.department(), f(0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0));
                    }
                } else if (event instanceof CaseEvent.ReturnConfirmed e) {
                    if (in) {
                        t.department(department, f(0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0));
                        t.person(e.responsible(), f(0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1));
                    }
                    department = e.rightDepartment();
                    deadline = null;
                } else if (event instanceof CaseEvent.DispatchLimitMissed e) {
                    if (in) {
                        t.person(e.responsible(), f(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1));
                    }
                } else if (event instanceof CaseEvent.CoordinationResolved e) {
                    deadline = e.handlingDeadline();
                } else if (event instanceof CaseEvent.ExtensionApproved e) {
                    deadline = e.handlingDeadline();
                } else if (event instanceof CaseEvent.CaseResumed e) {
                    deadline = e.handlingDeadline();
                } else if (event instanceof CaseEvent.VerificationFailed e) {
                    if (in) {
                        t.department(department, f(0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0));
                    }
                } else if (event instanceof CaseEvent.CaseClosed e) {
                    closedAt = e.occurredAt();
                    closedOnTime = e.onTime();
                    if (in) {
                        Figures closed = f(0, 0, 0, 0, 0, 0, 0, 0, 1, one(sentTo.size() == 1), 0);
                        t.department(department, f(0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0).plus(closed));
                        t.person(firstDispatcher, closed);
                    }
                }
            }
            if (deadline != null && period.contains(deadline)) {
                t.department(department, f(0, 0, 0, 0, 1, one(closedAt != null && closedOnTime), 0, 0, 0, 0, 0));
            }
        }
        return new Appraisal(period, t.people, t.departments);
    }
}
