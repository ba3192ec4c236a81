package io.watchfloor.shifts;

import io.watchfloor.people.Role;
import io.watchfloor.shared.TimeRange;
import java.time.ZoneId;
import java.util.Objects;

/** An interval in which a post has fewer people than its minimum staffing (SHIFT-01). */
public record CoverageGap(Role post, TimeRange interval, int staffed, int required) {

    public CoverageGap {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(interval, "interval");
        if (staffed < 0 || staffed >= required) {
            throw new IllegalArgumentException("a gap has fewer than " + required + " people, not " + staffed);
        }
    }

    /** Such as "shift leader uncovered from ... to ... (0 of 1)". */
    public String describe(ZoneId zone) {
        return post.title() + " uncovered from " + Times.range(interval, zone) + " (" + staffed + " of " + required + ")";
    }
}
