package io.watchfloor.adapters.onvif;

import java.time.Instant;

/** GetRecordingSummary: the span of all recorded data and how many recordings there are. */
public record RecordingSummary(Instant dataFrom, Instant dataUntil, int numberRecordings) {
}
