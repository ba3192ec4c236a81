package io.watchfloor.shifts.port.in;

import io.watchfloor.shared.Sane;
import io.watchfloor.shifts.TourGap;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/** Flags every stretch of an operator's duty longer than the tour interval without a tour (SHIFT-06). */
public interface FindTourGaps {

    /** The gaps in the operator duties of published rotas within {@code [from, to)}, up to the clock's time. */
    List<TourGap> find(Query query);

    /** The values of the FindTourGaps query, checked by validation before anything happens. */
    record Query(@NotNull @Sane Instant from, @NotNull @Sane Instant to) {

        /** Checked by validation as the property {@code to}. */
        @AssertTrue(message = "must be after from")
        public boolean isTo() {
            return from == null || to == null || to.isAfter(from);
        }
    }
}
