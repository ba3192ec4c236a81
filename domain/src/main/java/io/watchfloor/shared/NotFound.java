package io.watchfloor.shared;

/** Something named by id does not exist (or no longer does). Says what kind of thing and which id. */
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;
    /** What was looked for. */
    private final String kind;
    /** The id asked for. */
    private final String id;

    /**
     * Nothing of {@code kind} has the id {@code id}.
     *
     * @param kind what was looked for, such as {@code "case"}
     * @param id the id asked for
     */
    public NotFound(String kind, Object id) {
        super("no " + kind + " with id " + id);
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    /** {@return what kind of thing was looked for, such as {@code "person"}} */
    public String kind() {
        return kind;
    }

    /** {@return the id looked for} */
    public String id() {
        return id;
    }
}
