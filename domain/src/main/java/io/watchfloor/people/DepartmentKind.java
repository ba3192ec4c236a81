package io.watchfloor.people;

/** What a department is to the centre. */
public enum DepartmentKind {
    /** The monitoring centre itself. */
    CENTRE,
    /** A responsible department (责任部门 / 专业部门) that receives and handles cases. */
    RESPONSIBLE,
    /** The supervision department, third party of a force-majeure coordination. */
    SUPERVISION
}
