package vn.parcomms.catalog;

/**
 * A communication channel (hình thức, kênh) of the catalogue; {@code group} is {@code ONLINE},
 * {@code TRADITIONAL} or null (the PAR INDEX channel diversity criterion counts channels by group).
 */
public record ChannelView(long id, String code, String name, String nameEn, Long ownerNodeId, int position,
        boolean active, long version, String group) {

    /** The name in the user's language; English falls back to Vietnamese where none was entered. */
    public String label(String language) {
        return "en".equals(language) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}
