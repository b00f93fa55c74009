package vn.parcomms.catalog;

/** An indicator (chỉ tiêu) with the unit it is counted in. */
public record IndicatorView(long id, String code, String name, String nameEn, String unit, Long ownerNodeId,
        int position, boolean active, long version) {

    public String label(String language) {
        return "en".equals(language) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}
