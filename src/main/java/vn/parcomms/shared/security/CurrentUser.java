package vn.parcomms.shared.security;

/**
 * The signed-in user as every module sees it. Services take it as an argument and scope what
 * they load by {@link #orgNodeId()}.
 */
public record CurrentUser(long id, String username, String fullName, Role role, long orgNodeId)
        implements java.io.Serializable {

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
