package io.watchfloor.shared;

/** Something named by id does not exist (or no longer does). Says what kind of thing and which id. */
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String kind;
    private final String id;

    public NotFound(String kind, Object id) {
        super("no " + kind + " with id " + id);
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    /** What kind of thing was looked for, such as {@code "person"}. */
    public String kind() {
        return kind;
    }

    /** The id looked for. */
    public String id() {
        return id;
    }
}
