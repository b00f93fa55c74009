package vn.parcomms.catalog;

/** What an administrator enters for a channel or an indicator ({@code unit} only for indicators). */
public record CatalogEntryCommand(String code, String name, String nameEn, String unit, int position) {
}
