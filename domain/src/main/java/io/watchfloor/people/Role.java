package io.watchfloor.people;

/**
 * The roles of PEOPLE-01. A person may hold several; use cases check the actor's role and name
 * PEOPLE-01 when it is missing.
 */
public enum Role {
    /** 中心负责人 / 主任: confirms returns, decides special cases. */
    CENTRE_HEAD("centre head", "中心负责人"),
    /** 分管领导: approves access by other organisations and private persons. */
    DEPUTY_LEADER("deputy leader", "分管领导"),
    /** 总经理: approves access for a major special event. */
    GENERAL_MANAGER("general manager", "总经理"),
    /** 值班长: leads a shift, first escalation target. */
    SHIFT_LEADER("shift leader", "值班长"),
    /** 监控员: watches the monitors. */
    OPERATOR("operator", "监控员"),
    /** 受理员: receives and registers reports. */
    ACCEPTOR("acceptor", "受理员"),
    /** 派遣员: dispatches cases to departments. */
    DISPATCHER("dispatcher", "派遣员"),
    /** 监督员: checks problems in the field. */
    FIELD_SUPERVISOR("field supervisor", "监督员"),
    /** 技术维护人员: inspects and repairs devices. */
    TECHNICIAN("technician", "技术维护人员"),
    /** 安全部门: security and audit. */
    SECURITY_OFFICER("security officer", "安全部门"),
    /** Staff of a responsible department (责任部门) that receives cases. */
    DEPARTMENT_STAFF("department staff", "责任部门人员");

    private final String title;
    private final String chinese;

    Role(String title, String chinese) {
        this.title = title;
        this.chinese = chinese;
    }

    /** The role as said in a sentence: "shift leader". */
    public String title() {
        return title;
    }

    /** The Chinese name used in the centre's regulations. */
    public String chinese() {
        return chinese;
    }
}
