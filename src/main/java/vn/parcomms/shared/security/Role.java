package vn.parcomms.shared.security;

/** What a user does in the product; see docs/glossary.md. */
public enum Role {
    /** Manages organisations, users and catalogues. */
    ADMIN,
    /** Department office (Văn phòng Sở): drafts plans, follows and consolidates reports. */
    OFFICE,
    /** Department leader (Giám đốc / Phó Giám đốc): approves and issues. */
    LEADER,
    /** Unit head or staff (Thủ trưởng đơn vị): files the unit's reports. */
    UNIT,
    /** Department of Home Affairs (Sở Nội vụ): reads the whole province. */
    REVIEWER,
    /**
     * The installation's operator (vendor or national level, ADR 0026): lists and adds provinces,
     * (de)activates their administrators, keeps the shared catalogue. Belongs to no province and
     * reads no province's data; its {@link CurrentUser#orgNodeId()} is {@link CurrentUser#NO_NODE}.
     */
    OPERATOR
}
