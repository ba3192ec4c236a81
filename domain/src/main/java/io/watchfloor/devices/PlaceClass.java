package io.watchfloor.devices;

/**
 * What kind of place a device is installed in. The prohibited ones are those of DEVICE-07
 * (公共安全视频图像信息系统管理条例, 2025, Art. 8): no camera may record there.
 */
public enum PlaceClass {
    /** Streets, squares, roads. */
    PUBLIC_SPACE("public space", false),
    /** Entrances, halls, corridors, car parks of buildings. */
    BUILDING_COMMON_AREA("common area of a building", false),
    /** The perimeter of a site. */
    PERIMETER("perimeter", false),
    /** Equipment rooms and the control room. */
    EQUIPMENT_ROOM("equipment room", false),
    /** Offices and counters. */
    OFFICE("office", false),
    /** 旅馆客房 */
    HOTEL_ROOM("hotel or lodging room", true),
    /** 集体宿舍 / 员工休息室 */
    DORMITORY("dormitory or staff rest room", true),
    /** 公共浴室 */
    BATH("public bath", true),
    /** 卫生间 */
    TOILET("toilet", true),
    /** 更衣室 */
    CHANGING_ROOM("changing room", true),
    /** 哺乳室 */
    NURSING_ROOM("nursing room", true),
    /** 试衣间 */
    FITTING_ROOM("fitting room", true),
    /** Anywhere else that can film or overhear private life. */
    OTHER_PRIVATE_SPACE("private space", true);

    private final String title;
    private final boolean prohibited;

    PlaceClass(String title, boolean prohibited) {
        this.title = title;
        this.prohibited = prohibited;
    }

    /** The place as said in a sentence. */
    public String title() {
        return title;
    }

    /** Whether no camera may record here (DEVICE-07). */
    public boolean isProhibited() {
        return prohibited;
    }
}
