package io.watchfloor.access.port.out;

import io.watchfloor.access.FootageFile;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.TimeRange;
import java.util.List;

/** Hands out recorded footage as files for export (ACCESS-05). Served by the recordings context's store. */
public interface FootageArchive {

    /** The files holding {@code camera}'s footage in {@code range}, in time order; empty when none is recorded. */
    List<FootageFile> files(CameraId camera, TimeRange range);
}
