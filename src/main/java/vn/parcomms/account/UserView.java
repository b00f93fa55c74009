package vn.parcomms.account;

import java.time.Instant;
import vn.parcomms.shared.security.Role;

/** A user account as pages and other modules see it; never carries the password hash. */
public record UserView(long id, String username, String fullName, String email, long orgNodeId, String orgNodeName,
        Role role, boolean active, boolean locked, Instant lastLoginAt, long version) {
}
