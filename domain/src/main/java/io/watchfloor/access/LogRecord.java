package io.watchfloor.access;

import io.watchfloor.people.PersonId;
import io.watchfloor.shared.CameraId;
import io.watchfloor.shared.TimeRange;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one access-log entry says (ACCESS-04, ACCESS-10): when, what kind, who acted (the staff member
 * at the console), for whom (the requester's name and unit), under which grant, which cameras and
 * footage, and a detail sentence (the purpose, or the rule that refused).
 *
 * @param actor the staff member who acted, or {@code null} when nobody on the staff records did
 * @param requester the requester's identity ("name (unit)"), or {@code null} for the centre's own live view
 * @param grant the grant the use fell under, or {@code null} (live view, refused attempts without a grant)
 * @param footage the recorded footage concerned, or {@code null} for live view
 */
public record LogRecord(Instant at, LogKind kind, PersonId actor, String actorName, String requester, GrantId grant,
                        List<CameraId> cameras, TimeRange footage, String detail) {

    public LogRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(detail, "detail");
        cameras = List.copyOf(cameras);
    }
}
