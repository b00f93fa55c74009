package vn.parcomms.organization;

/**
 * Implemented by modules that reference organisation nodes (users, plans, reports) so that a
 * referenced node is never deleted, only deactivated.
 */
public interface OrgNodeUsage {

    /** Whether anything of this module refers to the node. */
    boolean references(long orgNodeId);

    /** Active records of this module that stop a node from being deactivated (e.g. active users). */
    default long activeDependants(long orgNodeId) {
        return 0;
    }
}
