package vn.parcomms.organization;

/** The dated changes of the tree an ADMIN records with their legal act (ADR 0015). */
public enum SuccessionKind {
    /** The node takes a new name from the date; the old one stays in its name history. */
    RENAME,
    /** The node and its subtree move under another parent. */
    MOVE,
    /** The node and the others named merge into one successor; the predecessors end the day before. */
    MERGE,
    /** The node ends and its successors take over; the first successor is the main one. */
    SPLIT,
    /** The node ends without a successor. */
    DISSOLVE
}
