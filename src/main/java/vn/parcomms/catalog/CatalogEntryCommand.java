package vn.parcomms.catalog;

/**
 * What an administrator enters for a channel or an indicator ({@code unit} and {@code unitEn}
 * only for indicators; the English names are optional).
 */
public record CatalogEntryCommand(String code, String name, String nameEn, String unit, String unitEn, int position) {

    /** An entry without an English unit. */
    public CatalogEntryCommand(String code, String name, String nameEn, String unit, int position) {
        this(code, name, nameEn, unit, null, position);
    }
}
