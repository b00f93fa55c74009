package vn.parcomms.plan.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import vn.parcomms.plan.PlanHeader;

/** The header of a plan as the editor's form holds it. */
@Data
class PlanForm {

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;

    private Long parentPlanId;

    @Size(max = 20)
    private String docNumber;

    @Size(max = 40)
    private String docSymbol;

    @Size(max = 120)
    private String place;

    private LocalDate issueDate;

    @NotBlank
    @Size(max = 1000)
    private String title;

    @Size(max = 255)
    private String parentBody;

    @Size(max = 255)
    private String issuingBody;

    @Size(max = 20000)
    private String intro;

    @Size(max = 20000)
    private String budget;

    @Size(max = 20000)
    private String reportingDuty;

    @Size(max = 20000)
    private String closing;

    @Size(max = 255)
    private String archiveLine;

    @Size(max = 255)
    private String signerAuthority;

    @Size(max = 160)
    private String signerName;

    private long version;

    static PlanForm of(PlanHeader h, long version) {
        PlanForm form = new PlanForm();
        form.setYear(h.year());
        form.setParentPlanId(h.parentPlanId());
        form.setDocNumber(h.docNumber());
        form.setDocSymbol(h.docSymbol());
        form.setPlace(h.place());
        form.setIssueDate(h.issueDate());
        form.setTitle(h.title());
        form.setParentBody(h.parentBody());
        form.setIssuingBody(h.issuingBody());
        form.setIntro(h.intro());
        form.setBudget(h.budget());
        form.setReportingDuty(h.reportingDuty());
        form.setClosing(h.closing());
        form.setArchiveLine(h.archiveLine());
        form.setSignerAuthority(h.signerAuthority());
        form.setSignerName(h.signerName());
        form.setVersion(version);
        return form;
    }

    PlanHeader toHeader() {
        return new PlanHeader(year, parentPlanId, docNumber, docSymbol, place, issueDate, title, parentBody,
                issuingBody, intro, budget, reportingDuty, closing, archiveLine, signerAuthority, signerName);
    }
}
