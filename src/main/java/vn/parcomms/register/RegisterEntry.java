package vn.parcomms.register;

import java.time.LocalDate;

/**
 * One line of the register: a document issued with its number, as it reads in the sổ đăng ký văn
 * bản đi.
 *
 * @param taken true when the number was taken from the register, false when the issuer typed it
 * @param link  the page of the registered record ({@code /plans/12})
 */
public record RegisterEntry(String docNumber, String docSymbol, LocalDate issuedOn, String summary,
        String signerName, RecordKind recordKind, long recordId, boolean taken) {

    /** "80/KH-SYT". */
    public String numberAndSymbol() {
        return docNumber + "/" + docSymbol;
    }

    public String link() {
        return recordKind.link(recordId);
    }
}
