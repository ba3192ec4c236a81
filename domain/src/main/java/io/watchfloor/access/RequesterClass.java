package io.watchfloor.access;

/** Who asks to see footage (ACCESS-01, ACCESS-08); decides, with the event's gravity, who must approve. */
public enum RequesterClass {
    /** The centre's or a department's own staff. */
    STAFF("staff"),
    /** Police or administrative law enforcement (公安 / 行政执法), with the officer's credential number. */
    LAW_ENFORCEMENT("law enforcement"),
    /** Another organisation (其他单位). */
    OTHER_ORGANISATION("other organisation"),
    /** A private person (个人). */
    PRIVATE_PERSON("private person"),
    /** A person whose own image was recorded and asks to see it (ACCESS-08). */
    DATA_SUBJECT("data subject");

    private final String title;

    RequesterClass(String title) {
        this.title = title;
    }

    /** The class as said in a sentence: "law enforcement". */
    public String title() {
        return title;
    }
}
