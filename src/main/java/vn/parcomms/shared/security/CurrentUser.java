package vn.parcomms.shared.security;

/**
 * The signed-in user as every module sees it. Services take it as an argument and scope what
 * they load by {@link #orgNodeId()}.
 */
public record CurrentUser(long id, String username, String fullName, Role role, long orgNodeId)
        implements java.io.Serializable {

    /**
     * The node of an account that belongs to no province (the installation's operator). No node has
     * this id, so a service that loads the user's node answers 404 rather than showing anything.
     */
    public static final long NO_NODE = 0;

    /** The installation's operator, outside every province (ADR 0026). */
    public boolean isOperator() {
        return role == Role.OPERATOR;
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }

    public boolean isAnyOf(Role... candidates) {
        for (Role candidate : candidates) {
            if (role == candidate) {
                return true;
            }
        }
        return false;
    }
}
