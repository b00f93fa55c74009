package vn.parcomms.catalog;

/** An indicator (chỉ tiêu) with the unit it is counted in, both with their optional English names. */
public record IndicatorView(long id, String code, String name, String nameEn, String unit, String unitEn,
        Long ownerNodeId, int position, boolean active, long version) {

    public String label(String language) {
        return "en".equals(language) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }

    /** The unit in the user's language; English falls back to Vietnamese where none was entered. */
    public String unitLabel(String language) {
        return "en".equals(language) && unitEn != null && !unitEn.isBlank() ? unitEn : unit;
    }
}
