package io.watchfloor.cases;

import io.watchfloor.people.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every number of the case rules, with the catalogue's defaults ({@link #defaults()}); a deployment
 * changes any of them with the {@code with...} methods. The constructor refuses impossible values.
 *
 * @param dispatchLimit CASE-02: registration to dispatch, default 15 min, met at exactly the limit
 * @param specialDispatchLimit CASE-02: the limit after a special circumstance, default 1 h
 * @param returnWindow CASE-05: working time of the department after dispatch in which it may ask to return, default 1 h
 * @param lateReturnHeld CASE-06: working time a department must have held a case before the centre head may decide a late return, default 1 h
 * @param acceptanceChaseAfter CASE-07: dispatch to the not-accepted reminder, default 30 min
 * @param warningPercent CASE-10: share of the handling deadline after which a warning is raised, default 80 (%)
 * @param errorWindow CASE-04: the rolling window of error records, default 7 days
 * @param errorsToEscalate CASE-04: records in the window that escalate, default 2
 * @param repeatRadiusMetres CASE-09: how near the same place a repeat report is, default 100 m
 * @param repeatWindow CASE-09: how soon after the open case was registered a repeat report is linked, default 7 days
 * @param existenceCheckSources CASE-17: sources whose reports need the existence check (核实) before registration, default public and hotline
 * @param categories the categories, each with its department, deadline and time basis (CASE-01, CASE-10, CASE-17)
 * @param weights CASE-15: per role, the weight of each figure in the score
 * @param errorPenalty CASE-15: points off a score per error record, default 5
 * @param grades CASE-15: grade bands, the lowest score of each grade, best first (default A 90, B 75, C 60, D 0)
 */
public record CasePolicy(
        @NotNull Duration dispatchLimit,
        @NotNull Duration specialDispatchLimit,
        @NotNull Duration returnWindow,
        @NotNull Duration lateReturnHeld,
        @NotNull Duration acceptanceChaseAfter,
        @Min(1) @Max(99) int warningPercent,
        @NotNull Duration errorWindow,
        @Min(1) int errorsToEscalate,
        @DecimalMin("1") double repeatRadiusMetres,
        @NotNull Duration repeatWindow,
        @NotNull Set<ReportSource> existenceCheckSources,
        @NotNull List<@Valid CaseCategory> categories,
        @NotNull Map<Role, Map<Figure, Double>> weights,
        @DecimalMin("0") @DecimalMax("100") double errorPenalty,
        @NotEmpty List<GradeBand> grades) {

    /** The figures of an appraisal that a score weighs (CASE-15). */
    public enum Figure {
        ON_TIME_DISPATCH, ON_TIME_CLOSURE, REWORK_FREE, RETURN_FREE, ACCURATE_DISPATCH
    }

    /** A grade and the lowest score that earns it. */
    public record GradeBand(String grade, double minimumScore) {
        public GradeBand {
            if (grade == null || grade.isBlank()) {
                throw new IllegalArgumentException("a grade band needs a grade");
            }
            if (!(minimumScore >= 0 && minimumScore <= 100)) {
                throw new IllegalArgumentException("a grade's minimum score is 0 to 100, was " + minimumScore);
            }
        }
    }

    public CasePolicy {
        positive("dispatchLimit", dispatchLimit);
        positive("specialDispatchLimit", specialDispatchLimit);
        positive("returnWindow", returnWindow);
        positive("lateReturnHeld", lateReturnHeld);
        positive("acceptanceChaseAfter", acceptanceChaseAfter);
        positive("errorWindow", errorWindow);
        positive("repeatWindow", repeatWindow);
        if (specialDispatchLimit.compareTo(dispatchLimit) < 0) {
            throw new IllegalArgumentException("specialDispatchLimit " + specialDispatchLimit + " must not be shorter than dispatchLimit " + dispatchLimit);
        }
        if (warningPercent < 1 || warningPercent > 99) {
            throw new IllegalArgumentException("warningPercent must be 1 to 99, was " + warningPercent);
        }
        if (errorsToEscalate < 1) {
            throw new IllegalArgumentException("errorsToEscalate must be at least 1, was " + errorsToEscalate);
        }
        if (!(repeatRadiusMetres >= 1)) {
            throw new IllegalArgumentException("repeatRadiusMetres must be at least 1, was " + repeatRadiusMetres);
        }
        if (!(errorPenalty >= 0 && errorPenalty <= 100)) {
            throw new IllegalArgumentException("errorPenalty must be 0 to 100, was " + errorPenalty);
        }
        existenceCheckSources = existenceCheckSources.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(existenceCheckSources));
        categories = List.copyOf(categories);
        Set<String> codes = new java.util.HashSet<>();
        for (CaseCategory c : categories) {
            if (!codes.add(c.code())) {
                throw new IllegalArgumentException("two categories have the code " + c.code());
            }
        }
        Map<Role, Map<Figure, Double>> w = new EnumMap<>(Role.class);
        Objects.requireNonNull(weights, "weights").forEach((role, figures) -> {
            Map<Figure, Double> f = new EnumMap<>(Figure.class);
            figures.forEach((figure, weight) -> {
                if (!(weight >= 0)) {
                    throw new IllegalArgumentException("the weight of " + figure + " for " + role + " must not be negative, was " + weight);
                }
                f.put(figure, weight);
            });
            if (f.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
                throw new IllegalArgumentException("the weights for " + role + " must add up to more than 0");
            }
            w.put(role, Map.copyOf(f));
        });
        weights = Map.copyOf(w);
        grades = List.copyOf(grades);
        if (grades.isEmpty()) {
            throw new IllegalArgumentException("at least one grade band is needed");
        }
        for (int i = 1; i < grades.size(); i++) {
            if (grades.get(i).minimumScore() >= grades.get(i - 1).minimumScore()) {
                throw new IllegalArgumentException("grade bands go from best to worst with falling minimum scores: " + grades);
            }
        }
        if (grades.get(grades.size() - 1).minimumScore() != 0) {
            throw new IllegalArgumentException("the last grade band must start at 0 so every score has a grade");
        }
    }

    private static void positive(String field, Duration d) {
        Objects.requireNonNull(d, field);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, was " + d);
        }
    }

    /** The catalogue's defaults, without categories (add them with {@link #withCategory}). */
    public static CasePolicy defaults() {
        Map<Role, Map<Figure, Double>> weights = new LinkedHashMap<>();
        weights.put(Role.ACCEPTOR, Map.of(Figure.ACCURATE_DISPATCH, 1.0, Figure.RETURN_FREE, 1.0));
        weights.put(Role.DISPATCHER, Map.of(Figure.ON_TIME_DISPATCH, 2.0, Figure.ACCURATE_DISPATCH, 1.0, Figure.RETURN_FREE, 1.0));
        weights.put(Role.DEPARTMENT_STAFF, Map.of(Figure.ON_TIME_CLOSURE, 2.0, Figure.REWORK_FREE, 1.0, Figure.RETURN_FREE, 1.0));
        return new CasePolicy(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1),
                Duration.ofMinutes(30), 80, Duration.ofDays(7), 2, 100, Duration.ofDays(7),
                EnumSet.of(ReportSource.PUBLIC, ReportSource.HOTLINE), List.of(), weights, 5,
                List.of(new GradeBand("A", 90), new GradeBand("B", 75), new GradeBand("C", 60), new GradeBand("D", 0)));
    }

    /** The category with this code, if the policy has it. */
    public Optional<CaseCategory> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** This policy with one more category (or the category of the same code replaced). */
    public CasePolicy withCategory(CaseCategory category) {
        List<CaseCategory> more = new ArrayList<>(categories);
        more.removeIf(c -> c.code().equals(category.code()));
        more.add(category);
        return new CasePolicy(dispatchLimit, specialDispatchLimit, returnWindow, lateReturnHeld, acceptanceChaseAfter, warningPercent,
                errorWindow, errorsToEscalate, repeatRadiusMetres, repeatWindow, existenceCheckSources, more, weights, errorPenalty, grades);
    }

    /** This policy with other dispatch limits (CASE-02). */
    public CasePolicy withDispatchLimits(Duration normal, Duration special) {
        return new CasePolicy(normal, special, returnWindow, lateReturnHeld, acceptanceChaseAfter, warningPercent,
                errorWindow, errorsToEscalate, repeatRadiusMetres, repeatWindow, existenceCheckSources, categories, weights, errorPenalty, grades);
    }

    /** This policy with other return windows (CASE-05, CASE-06). */
    public CasePolicy withReturnWindows(Duration window, Duration lateHeld) {
        return new CasePolicy(dispatchLimit, specialDispatchLimit, window, lateHeld, acceptanceChaseAfter, warningPercent,
                errorWindow, errorsToEscalate, repeatRadiusMetres, repeatWindow, existenceCheckSources, categories, weights, errorPenalty, grades);
    }

    /** This policy with other chase settings (CASE-07, CASE-10). */
    public CasePolicy withChase(Duration acceptanceChase, int warningAtPercent) {
        return new CasePolicy(dispatchLimit, specialDispatchLimit, returnWindow, lateReturnHeld, acceptanceChase, warningAtPercent,
                errorWindow, errorsToEscalate, repeatRadiusMetres, repeatWindow, existenceCheckSources, categories, weights, errorPenalty, grades);
    }

    /** This policy with other escalation settings for error records (CASE-04). */
    public CasePolicy withErrorEscalation(Duration window, int records) {
        return new CasePolicy(dispatchLimit, specialDispatchLimit, returnWindow, lateReturnHeld, acceptanceChaseAfter, warningPercent,
                window, records, repeatRadiusMetres, repeatWindow, existenceCheckSources, categories, weights, errorPenalty, grades);
    }

    /** This policy with other repeat-report settings (CASE-09). */
    public CasePolicy withRepeats(double radiusMetres, Duration window) {
        return new CasePolicy(dispatchLimit, specialDispatchLimit, returnWindow, lateReturnHeld, acceptanceChaseAfter, warningPercent,
                errorWindow, errorsToEscalate, radiusMetres, window, existenceCheckSources, categories, weights, errorPenalty, grades);
    }

    /** This policy with other sources needing the existence check (CASE-17). */
    public CasePolicy withExistenceCheckFor(Set<ReportSource> sources) {
        return new CasePolicy(dispatchLimit, specialDispatchLimit, returnWindow, lateReturnHeld, acceptanceChaseAfter, warningPercent,
                errorWindow, errorsToEscalate, repeatRadiusMetres, repeatWindow, sources, categories, weights, errorPenalty, grades);
    }

    /** This policy with other score weights, penalty and grades (CASE-15). */
    public CasePolicy withScoring(Map<Role, Map<Figure, Double>> roleWeights, double penalty, List<GradeBand> bands) {
        return new CasePolicy(dispatchLimit, specialDispatchLimit, returnWindow, lateReturnHeld, acceptanceChaseAfter, warningPercent,
                errorWindow, errorsToEscalate, repeatRadiusMetres, repeatWindow, existenceCheckSources, categories, roleWeights, penalty, bands);
    }

    /** The grade of a score 0..100. */
    public String gradeOf(double score) {
        for (GradeBand band : grades) {
            if (score >= band.minimumScore()) {
                return band.grade();
            }
        }
        return grades.get(grades.size() - 1).grade();
    }

    /** {@code warningPercent} percent of {@code d}, to the nanosecond, rounded down (CASE-10). */
    public Duration warningShare(Duration d) {
        return Duration.ofNanos(Math.multiplyExact(d.toNanos() / 100, warningPercent) + (d.toNanos() % 100) * warningPercent / 100);
    }

}
