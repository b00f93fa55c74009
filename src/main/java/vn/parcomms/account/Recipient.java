package vn.parcomms.account;

/** An active account a notification goes to; {@code email} is null when it has none. */
public record Recipient(long id, String fullName, String email, long orgNodeId) {
}
