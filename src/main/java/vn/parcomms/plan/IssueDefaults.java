package vn.parcomms.plan;

import java.time.LocalDate;

/**
 * What the issue page proposes: the draft's number if the office entered one, the date (the
 * draft's or today), and the number the register would give now (null without a symbol).
 */
public record IssueDefaults(long planId, long version, String draftNumber, String docSymbol, LocalDate issueDate,
        Integer nextNumber) {

    public boolean hasDraftNumber() {
        return draftNumber != null && !draftNumber.isBlank();
    }
}
