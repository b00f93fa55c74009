package vn.parcomms.organization;

/**
 * The top of a node's documents as the organisation tree knows it.
 *
 * @param issuingBody the node's name ("Sở Y tế tỉnh Bà Rịa - Vũng Tàu")
 * @param parentBody  its parent's name, blank for the root of a province
 * @param place       the node's own place ("Bà Rịa - Vũng Tàu"), blank where none is entered
 */
public record Letterhead(String issuingBody, String parentBody, String place) {
}
