package io.watchfloor.recordings;

import java.time.Instant;

/**
 * What a retention sweep did at one instant.
 *
 * @param decided segments decided
 * @param destroyed segments destroyed (media deleted and record completed), including resumed ones
 * @param kept segments kept, including those spared or withdrawn because a hold or reference came before their claim
 * @param failed destructions the recording store failed; their claims are given back and the next sweep claims them again
 * @param resumed pending destructions of an earlier, interrupted sweep found and completed
 * @param withdrawn recorded destructions withdrawn at their claim because the footage became protected meanwhile
 */
public record SweepReport(Instant at, long decided, int destroyed, long kept, int failed, int resumed, int withdrawn) {
}
