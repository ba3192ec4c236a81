package io.watchfloor.cases.port.in;

import io.watchfloor.cases.Case;
import io.watchfloor.cases.ErrorRecord;
import io.watchfloor.cases.HardCase;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import java.time.Instant;
import java.util.List;

/** Reads cases: one case with its history (CASE-13), the hard cases to report (CASE-12), a person's error records (CASE-03). */
public interface FindCases {

    /** The case with its whole history; {@link io.watchfloor.shared.NotFound} when unknown. */
    Case get(CaseId id);

    /** Every hard case now, with who it is reported to at {@code at}. */
    List<HardCase> hardCases(Instant at);

    /** The error records against {@code person} in {@code (after, upTo]}. */
    List<ErrorRecord> errorsAgainst(PersonId person, Instant after, Instant upTo);
}
