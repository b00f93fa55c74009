package vn.parcomms.installation;

/** A province the operator adds, with its first administrator. */
public record NewProvince(String code, String name, String adminUsername, String adminFullName,
        String adminPassword) {
}
