package io.watchfloor.devices;

/** The kinds of equipment the archive keeps (DEVICE-01). */
public enum DeviceType {
    /** 摄像机 */
    CAMERA("camera"),
    /** 硬盘录像机 NVR / DVR */
    NVR_DVR("NVR/DVR"),
    /** 视频矩阵 */
    VIDEO_MATRIX("video matrix"),
    /** 解码器 */
    DECODER("decoder"),
    /** 存储设备 */
    STORAGE("storage"),
    /** 监控软件 */
    MONITORING_SOFTWARE("monitoring software"),
    /** 通信设备 */
    COMMUNICATION("communication"),
    /** 电源 / UPS */
    POWER("power"),
    /** 对讲机 */
    RADIO("radio"),
    /** 灭火器 */
    EXTINGUISHER("extinguisher");

    private final String title;

    DeviceType(String title) {
        this.title = title;
    }

    /** The type as said in a sentence. */
    public String title() {
        return title;
    }
}
