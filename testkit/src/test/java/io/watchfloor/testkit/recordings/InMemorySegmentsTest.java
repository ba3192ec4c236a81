package io.watchfloor.testkit.recordings;

import io.watchfloor.recordings.port.out.Segments;
import io.watchfloor.testkit.shared.InMemoryTransactions;

class InMemorySegmentsTest extends SegmentsContract {

    @Override
    protected Segments newSegments() {
        return new InMemorySegments(new InMemoryTransactions());
    }
}
