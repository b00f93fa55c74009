package vn.parcomms.plan;

/**
 * What the product needs a section of a plan's outline for, if anything: where items of a kind
 * land when added from a part's page or copied from the plan above, and for the budget and the
 * reporting duty the header text the section prints. A role never sets the heading or where the
 * section stands: the office writes and orders those.
 */
public enum SectionRole {
    PURPOSE, REQUIREMENT, AUDIENCE, CONTENT, FORM, SOLUTION, DUTY,
    /** Prints the header's budget text (kinh phí), one paragraph a line. */
    BUDGET,
    /** Prints the header's reporting duty (chế độ báo cáo), one paragraph a line. */
    REPORTING;

    /** The kind of the items this role gathers, or null for the roles that print header text. */
    public ItemKind itemKind() {
        return this == BUDGET || this == REPORTING ? null : ItemKind.valueOf(name());
    }

    public static SectionRole of(ItemKind kind) {
        for (SectionRole role : values()) {
            if (role.itemKind() == kind) {
                return role;
            }
        }
        return null;
    }
}
