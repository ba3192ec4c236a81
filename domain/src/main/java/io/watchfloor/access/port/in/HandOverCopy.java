package io.watchfloor.access.port.in;

import io.watchfloor.access.Export;
import io.watchfloor.access.ExportId;
import io.watchfloor.people.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Records a copy of an export handed outside the centre (ACCESS-05); needs the grant's COPY action (ACCESS-03). */
public interface HandOverCopy {

    /** Checks, logs and records the handover; returns the export as stored. */
    Export handOver(Command command);

    /** Hand a copy of {@code export} to the recipient on {@code medium}. */
    record Command(@NotNull ExportId export, @NotNull PersonId actor, @NotBlank @Size(max = 200) String recipientName,
                   @NotBlank @Size(max = 200) String recipientUnit, @NotBlank @Size(max = 100) String medium) {
    }
}
