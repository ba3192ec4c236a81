package io.watchfloor.shifts.port.in;

import io.watchfloor.shifts.CoverageGap;
import io.watchfloor.shifts.RotaId;
import java.util.List;

/** Every uncovered interval of a rota, for each post (SHIFT-01), before it is published. */
public interface FindCoverageGaps {

    /** The gaps, in order of start. */
    List<CoverageGap> of(RotaId rota);
}
