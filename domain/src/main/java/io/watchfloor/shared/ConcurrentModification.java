package io.watchfloor.shared;

/**
 * The aggregate was changed or removed meanwhile: the store holds a newer version than the one this
 * change was based on. Never a silent overwrite; the caller reloads and decides again.
 */
public class ConcurrentModification extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentModification(String kind, Object id, Version expected) {
        super(kind + " " + id + " was changed meanwhile (expected version " + expected.value() + ")");
    }

    public ConcurrentModification(String message) {
        super(message);
    }
}
