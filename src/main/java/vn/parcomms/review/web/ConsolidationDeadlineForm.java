package vn.parcomms.review.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.DisplayFormat;

/**
 * One period's card of the consolidated report deadlines page. The date stays text so that what
 * the user typed comes back on the form when it is refused; {@code version} is the version of the
 * province's row the page was loaded with, empty while the default applied.
 */
public class ConsolidationDeadlineForm {

    @Min(2000)
    @Max(2100)
    private int year;
    private ReportPeriod period;
    @Size(max = 10)
    private String deadline;
    private Long version;

    /** The typed date (dd/mm/yyyy), null when empty or not a date. */
    LocalDate date() {
        return DisplayFormat.parseDate(deadline).orElse(null);
    }

    /** Something was typed that is not a date. */
    boolean unreadable() {
        return deadline != null && !deadline.isBlank() && date() == null;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public ReportPeriod getPeriod() {
        return period;
    }

    public void setPeriod(ReportPeriod period) {
        this.period = period;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
