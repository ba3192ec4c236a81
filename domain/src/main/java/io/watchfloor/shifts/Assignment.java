package io.watchfloor.shifts;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import io.watchfloor.shared.TimeRange;
import java.util.Objects;
import java.util.Optional;

/**
 * One person rostered on one post for one duty.
 *
 * @param approvedBy the supervisor who approved it as an extension beyond the maximum continuous duty
 *                   (SHIFT-02), or {@code null} for an ordinary duty
 * @param resumesDuty whether it is the rest of a duty interrupted by an approved temporary absence
 *                    (SHIFT-05): the absence is part of the duty, not rest
 */
public record Assignment(PersonId person, Role post, TimeRange duty, PersonId approvedBy, boolean resumesDuty) {

    public Assignment {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(duty, "duty");
    }

    /** An ordinary duty or, with {@code approvedBy}, an approved extension. */
    public Assignment(PersonId person, Role post, TimeRange duty, PersonId approvedBy) {
        this(person, post, duty, approvedBy, false);
    }

    /** An ordinary duty. */
    public static Assignment of(PersonId person, Role post, TimeRange duty) {
        return new Assignment(person, post, duty, null);
    }

    /** Whether a supervisor approved it as an extension. */
    public boolean isExtension() {
        return approvedBy != null;
    }

    /** Who approved the extension, if it is one. */
    public Optional<PersonId> approver() {
        return Optional.ofNullable(approvedBy);
    }

    /** The same duty for another person (a swap): for them it is a duty of its own. */
    public Assignment withPerson(PersonId other) {
        return new Assignment(other, post, duty, approvedBy, false);
    }

    /** The same assignment over another interval. */
    public Assignment withDuty(TimeRange other) {
        return new Assignment(person, post, other, approvedBy, resumesDuty);
    }

    /** The same assignment as the rest of a duty after a temporary absence. */
    public Assignment resuming() {
        return new Assignment(person, post, duty, approvedBy, true);
    }
}
