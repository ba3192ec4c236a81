package io.watchfloor.shared;

/**
 * The aggregate was changed or removed meanwhile: the store holds a newer version than the one this
 * change was based on. Never a silent overwrite; the caller reloads and decides again.
 */
public class ConcurrentModification extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A stale write: the stored {@code kind} {@code id} is no longer at version {@code expected}.
     *
     * @param kind what was written, such as {@code "case"}
     * @param id its id
     * @param expected the version the writer had read
     */
    public ConcurrentModification(String kind, Object id, Version expected) {
        super(kind + " " + id + " was changed meanwhile (expected version " + expected.value() + ")");
    }

    /**
     * Changed or removed meanwhile, as the sentence says.
     *
     * @param message what changed
     */
    public ConcurrentModification(String message) {
        super(message);
    }
}
