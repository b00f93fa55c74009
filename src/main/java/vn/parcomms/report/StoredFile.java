package vn.parcomms.report;

/** An evidence file as served for download. */
public record StoredFile(String fileName, String contentType, byte[] content) {
}
