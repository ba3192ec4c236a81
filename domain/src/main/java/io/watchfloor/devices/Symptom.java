package io.watchfloor.devices;

/** What a fault looks like (DEVICE-03). */
public enum Symptom {
    /** 异常发热 */
    ABNORMAL_HEAT,
    /** 异味 */
    SMELL,
    /** 异响 */
    NOISE,
    /** 图像异常 */
    ABNORMAL_PICTURE,
    /** 离线 */
    OFFLINE,
    /** Anything else, described in words. */
    OTHER
}
