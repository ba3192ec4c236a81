package io.watchfloor.access.port.out;

import io.watchfloor.access.Export;
import io.watchfloor.access.ExportId;
import io.watchfloor.shared.NotFound;
import java.util.List;
import java.util.Optional;

/** The exports and their manifests and handovers. Versioned like {@link AccessRequests}. */
public interface Exports {

    /** Stores {@code export} and returns it with its new version. */
    Export save(Export export);

    /** The export with this id, if stored. */
    Optional<Export> find(ExportId id);

    /** The export with this id; throws {@link NotFound} when there is none. */
    default Export get(ExportId id) {
        return find(id).orElseThrow(() -> new NotFound("export", id));
    }

    /** Every export, oldest first (then by id). */
    List<Export> all();
}
