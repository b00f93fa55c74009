package vn.parcomms.account;

/** A new account's first password, shown once to the administrator who created it; never stored in clear. */
public record OneTimePassword(String username, String password) {
}
