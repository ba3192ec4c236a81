package io.watchfloor.access;

/** What a request asks to do with recorded footage, and what a grant allows (调阅 / 回放 / 导出 / 复制). */
public enum AccessAction {
    /** Look at recorded footage in the control room. */
    VIEW,
    /** Play recorded footage back. */
    PLAYBACK,
    /** Export footage to files with a manifest (ACCESS-05). */
    EXPORT,
    /** Hand a copy of exported footage outside the centre (ACCESS-05). */
    COPY;

    /** The action as said in a sentence: "playback". */
    public String title() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
