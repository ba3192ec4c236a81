package io.watchfloor.devices;

/** The changes to a device that need approval first (DEVICE-04). */
public enum ChangeKind {
    /** 移动: installed elsewhere. */
    MOVE("moving"),
    /** 调整角度: aimed elsewhere. */
    REAIM("re-aiming"),
    /** 更改配置: network address or credentials. */
    RECONFIGURE("reconfiguring"),
    /** 变更用途: another zone, or recording switched on or off. */
    CHANGE_USE("changing the use of");

    private final String gerund;

    ChangeKind(String gerund) {
        this.gerund = gerund;
    }

    /** The change as said in a sentence: "re-aiming". */
    public String gerund() {
        return gerund;
    }
}
