package vn.parcomms.account;

/** What the first-run setup page sends: the province (root node) and its first administrator. */
public record SetupCommand(String setupCode, String provinceCode, String provinceName, String username,
        String fullName, String password) {
}
