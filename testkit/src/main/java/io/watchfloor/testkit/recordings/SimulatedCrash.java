package io.watchfloor.testkit.recordings;

/**
 * The process dying at a chosen point, as {@link InMemoryRecordingStore} simulates it: an
 * {@link Error}, so no use case catches it and whatever was stored stays as it was at that point.
 */
public final class SimulatedCrash extends Error {

    private static final long serialVersionUID = 1L;

    /**
     * A crash, as the message says.
     *
     * @param message where it crashed
     */
    public SimulatedCrash(String message) {
        super(message);
    }
}
