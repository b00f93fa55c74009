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
}
