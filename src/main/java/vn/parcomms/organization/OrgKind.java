package vn.parcomms.organization;

/** Level of a node in the organisation tree. */
public enum OrgKind {
    /** Provincial People's Committee (UBND tỉnh): the root of an installation's tree. */
    PROVINCE,
    /** Department or equivalent (Sở, newspaper, radio-TV, district committee). */
    AGENCY,
    /** Unit under an agency (office, division, centre, hospital). */
    UNIT,
    /** Sub-unit (khoa, phòng, trạm y tế). */
    SUB_UNIT;

    /** Whether a node of this kind may sit under a node of {@code parent}'s kind: never above it, never a province. */
    public boolean mayBeUnder(OrgKind parent) {
        return this != PROVINCE && ordinal() >= parent.ordinal();
    }
}
