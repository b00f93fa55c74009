package vn.parcomms.plan.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import vn.parcomms.plan.IssueCommand;
import vn.parcomms.plan.IssueDefaults;

/** The issue page: where the number comes from, the number typed, and the date of issue. */
@Data
class IssueForm {

    private IssueCommand.Numbering numbering;

    @Size(max = 20)
    private String docNumber;

    private LocalDate issueDate;

    private long version;

    /** The page as first shown: the draft's number if it has one, else the register's next. */
    static IssueForm of(IssueDefaults defaults) {
        IssueForm form = new IssueForm();
        form.setNumbering(defaults.hasDraftNumber() ? IssueCommand.Numbering.TYPED : IssueCommand.Numbering.NEXT);
        form.setDocNumber(defaults.draftNumber());
        form.setIssueDate(defaults.issueDate());
        form.setVersion(defaults.version());
        return form;
    }

    IssueCommand toCommand() {
        return new IssueCommand(numbering, docNumber, issueDate);
    }
}
