package vn.parcomms.account;

import vn.parcomms.shared.security.Role;

/** What an administrator enters to create or change an account. */
public record UserCommand(String username, String fullName, String email, long orgNodeId, Role role) {

    /** What a user name may be; the form and the spreadsheet import check the same. */
    public static final String USERNAME_FORMAT = "[a-zA-Z0-9._-]{3,60}";
    public static final int FULL_NAME_MAX_LENGTH = 160;
    public static final int EMAIL_MAX_LENGTH = 160;
}
