package io.watchfloor.cases.port.in;

import io.watchfloor.cases.Case;
import io.watchfloor.cases.ReportSource;
import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CaseId;
import io.watchfloor.shared.Location;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 受理 (CASE-01): an acceptor takes a report in; then 核实, the existence check by a field supervisor
 * when the source needs it (CASE-17), which is NOT the fix check 核查 before closing (CASE-08).
 */
public interface ReceiveReport {

    /** Receives the report and returns the new case, waiting for registration. */
    Case receive(Command command);

    /** 核实: records whether the problem exists; a report without a problem is rejected. */
    Case checkExistence(ExistenceCheck command);

    /** @param acceptor who takes the report in (role acceptor) */
    record Command(@NotNull PersonId acceptor, @NotNull ReportSource source, @NotBlank @Size(max = 2000) String description,
                   @NotNull Location location) {
    }

    /** @param supervisor the field supervisor who went to look */
    record ExistenceCheck(@NotNull CaseId caseId, @NotNull PersonId supervisor, @NotNull Boolean problemExists,
                          @NotBlank @Size(max = 2000) String note) {
    }
}
