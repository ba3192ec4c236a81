package io.watchfloor.shifts.port.in;

import io.watchfloor.shifts.Attendance;
import java.util.List;

/**
 * Run periodically (SHIFT-04): everyone whose duty ended without an incoming signature on their post's
 * handover stays on duty, is recorded as extended, and the shift leader on duty is alerted.
 */
public interface WatchForRelief {

    /** The attendances newly recorded as extended at the clock's time. */
    List<Attendance> check();
}
