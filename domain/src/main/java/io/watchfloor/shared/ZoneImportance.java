package io.watchfloor.shared;

/** How important a zone is; decides, among others, the minimum retention of its footage (RET-02). */
public enum ZoneImportance {
    /** An ordinary zone (一般区域). */
    ORDINARY,
    /** An important zone (重要区域 / 重点部位), such as a counter-terrorism key target. */
    IMPORTANT
}
