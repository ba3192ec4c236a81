package io.watchfloor.access;

import io.watchfloor.shared.TimeRange;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The audit of a period: who looked at what footage (every view, playback, export, copy and live
 * view logged), the requests filed by requester class, the refused attempts, and the refused requests.
 */
public record AccessAudit(TimeRange period, List<AccessLogEntry> lookedAt, Map<RequesterClass, RequestCounts> requestsByClass,
                          List<AccessLogEntry> refusedAttempts, List<AccessRequest> refusedRequests) {

    /** How many requests of one class were filed in the period, and where they stand now. */
    public record RequestCounts(int filed, int approved, int refused, int pending) {
        public RequestCounts {
            if (filed < 0 || approved < 0 || refused < 0 || pending < 0 || approved + refused + pending != filed) {
                throw new IllegalArgumentException("request counts must add up: " + filed + " = " + approved + " + " + refused + " + " + pending);
            }
        }
    }

    public AccessAudit {
        Objects.requireNonNull(period, "period");
        lookedAt = List.copyOf(lookedAt);
        Map<RequesterClass, RequestCounts> all = new EnumMap<>(RequesterClass.class);
        for (RequesterClass kind : RequesterClass.values()) {
            all.put(kind, requestsByClass.getOrDefault(kind, new RequestCounts(0, 0, 0, 0)));
        }
        requestsByClass = Map.copyOf(all);
        refusedAttempts = List.copyOf(refusedAttempts);
        refusedRequests = List.copyOf(refusedRequests);
    }
}
