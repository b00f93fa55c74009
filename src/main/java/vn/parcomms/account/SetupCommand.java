package vn.parcomms.account;

/**
 * What the first-run setup page sends: the province (root node), its first administrator and the
 * installation's operator account (ADR 0026).
 */
public record SetupCommand(String setupCode, String provinceCode, String provinceName, String username,
        String fullName, String password, String operatorUsername, String operatorPassword) {
}
