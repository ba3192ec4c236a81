package io.watchfloor.cases;

import io.watchfloor.people.DepartmentId;
import java.time.Duration;
import java.util.Objects;

/**
 * A category of case (CASE-01, CASE-10, CASE-17): it names the responsible department (任务归属),
 * the handling deadline and whether that deadline counts working time or continuous time.
 *
 * @param code short stable code, such as {@code "ROAD-POTHOLE"}
 * @param name the category as people say it
 * @param department the responsible department a registered case goes to
 * @param handlingDeadline how long the department has from dispatch to closure; positive
 * @param basis what the deadline counts: 工作时 or 紧急工作时
 */
public record CaseCategory(String code, String name, DepartmentId department, Duration handlingDeadline, TimeBasis basis) {

    public CaseCategory {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a category needs a code");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a category needs a name");
        }
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(handlingDeadline, "handlingDeadline");
        Objects.requireNonNull(basis, "basis");
        if (handlingDeadline.isNegative() || handlingDeadline.isZero()) {
            throw new IllegalArgumentException("the handling deadline of " + code + " must be positive, was " + handlingDeadline);
        }
    }
}
