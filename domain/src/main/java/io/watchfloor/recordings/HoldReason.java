package io.watchfloor.recordings;

/** Why footage is held or backed up: the special events of the backup register (RET-04, RET-05). */
public enum HoldReason {
    /** 抢劫 */
    ROBBERY,
    /** 火灾 */
    FIRE,
    /** 盗窃 */
    THEFT,
    /** 打架斗殴 */
    FIGHT,
    /** 违纪 */
    DISCIPLINARY,
    /** 其他 */
    OTHER
}
