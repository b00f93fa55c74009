package vn.parcomms.organization;

/**
 * A node as a person picks it: its name and its path below the province
 * ("Sở Y tế › TTYT TP Bà Rịa › Khoa Khám bệnh"), which tells two nodes of the same name apart.
 */
public record NodeChoice(long id, String name, String path) {
}
