package vn.parcomms.document;

import java.util.Objects;

/**
 * One line of "Nơi nhận:", printed "- Sở Nội vụ (báo cáo);".
 *
 * @param name    "Sở Nội vụ"
 * @param purpose "báo cáo", "t/h", "p/hợp"; blank for none
 */
public record Recipient(String name, String purpose) {

    public Recipient {
        Objects.requireNonNull(name, "name");
        purpose = purpose == null ? "" : purpose;
    }

    public static Recipient of(String name) {
        return new Recipient(name, "");
    }

    public static Recipient of(String name, String purpose) {
        return new Recipient(name, purpose);
    }
}
