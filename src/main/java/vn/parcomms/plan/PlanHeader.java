package vn.parcomms.plan;

import java.time.LocalDate;

/**
 * The single-valued parts of a plan: header, title, intro, budget, reporting duty, closing,
 * archive line and signer. {@code signerAuthority} holds one line per row ("KT. GIÁM ĐỐC" and
 * "PHÓ GIÁM ĐỐC" on two lines).
 */
public record PlanHeader(int year, Long parentPlanId, String docNumber, String docSymbol, String place,
        LocalDate issueDate, String title, String parentBody, String issuingBody, String intro, String budget,
        String reportingDuty, String closing, String archiveLine, String signerAuthority, String signerName) {

    /** The same header with another archive line ("Lưu: VT, VP."). */
    public PlanHeader withArchiveLine(String line) {
        return new PlanHeader(year, parentPlanId, docNumber, docSymbol, place, issueDate, title, parentBody,
                issuingBody, intro, budget, reportingDuty, closing, line, signerAuthority, signerName);
    }

    /** "79a/KH-SYT", or null while the plan has no number. */
    public String numberAndSymbol() {
        return numberAndSymbol(docNumber, docSymbol);
    }

    /**
     * How a plan's number is written everywhere: number and symbol ("79a/KH-SYT"), the number alone
     * when there is no symbol, null while there is no number.
     */
    public static String numberAndSymbol(String docNumber, String docSymbol) {
        if (docNumber == null || docNumber.isBlank()) {
            return null;
        }
        return docSymbol == null || docSymbol.isBlank() ? docNumber : docNumber + "/" + docSymbol;
    }

    /** How a plan is named in lists and rollups: its number and symbol, else its title. */
    public static String label(String docNumber, String docSymbol, String title) {
        String number = numberAndSymbol(docNumber, docSymbol);
        return number == null ? title : number;
    }
}
