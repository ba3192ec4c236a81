package io.watchfloor.recordings;

import java.time.Instant;

/**
 * What a retention sweep did at one instant.
 *
 * @param decided segments decided
 * @param destroyed segments destroyed (media deleted and record completed), including resumed ones
 * @param kept segments kept
 * @param failed destructions the recording store failed; their records stay pending for the next sweep
 * @param resumed pending destructions of an earlier, interrupted sweep found and completed
 * @param withdrawn pending destructions withdrawn because the footage became protected meanwhile
 */
public record SweepReport(Instant at, long decided, int destroyed, long kept, int failed, int resumed, int withdrawn) {
}
