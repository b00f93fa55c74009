package vn.parcomms.account;

import vn.parcomms.shared.security.Role;

/** What an administrator enters to create or change an account. */
public record UserCommand(String username, String fullName, String email, long orgNodeId, Role role) {
}
