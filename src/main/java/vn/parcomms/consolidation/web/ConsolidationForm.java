package vn.parcomms.consolidation.web;

import jakarta.validation.constraints.Size;
import vn.parcomms.consolidation.ConsolidationCommand;
import vn.parcomms.consolidation.ConsolidationDetails;

/** The office's texts of a consolidated report, with the version they were loaded at. */
public class ConsolidationForm {

    /**
     * A consolidated report's text is read and printed as one official document: 50,000
     * characters a part (some twenty pages) is far above what any agency writes and keeps the
     * Word and PDF export quick.
     */
    static final int MAX_TEXT = 50_000;

    private long version;
    @Size(max = MAX_TEXT)
    private String resultsSummary;
    @Size(max = MAX_TEXT)
    private String shortcomings;
    @Size(max = MAX_TEXT)
    private String difficulties;
    @Size(max = MAX_TEXT)
    private String proposals;
    @Size(max = MAX_TEXT)
    private String nextTasks;

    static ConsolidationForm of(ConsolidationDetails report) {
        ConsolidationForm form = new ConsolidationForm();
        form.version = report.version();
        form.resultsSummary = report.resultsSummary();
        form.shortcomings = report.shortcomings();
        form.difficulties = report.difficulties();
        form.proposals = report.proposals();
        form.nextTasks = report.nextTasks();
        return form;
    }

    ConsolidationCommand toCommand() {
        return new ConsolidationCommand(resultsSummary, shortcomings, difficulties, proposals, nextTasks);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getResultsSummary() {
        return resultsSummary;
    }

    public void setResultsSummary(String resultsSummary) {
        this.resultsSummary = resultsSummary;
    }

    public String getShortcomings() {
        return shortcomings;
    }

    public void setShortcomings(String shortcomings) {
        this.shortcomings = shortcomings;
    }

    public String getDifficulties() {
        return difficulties;
    }

    public void setDifficulties(String difficulties) {
        this.difficulties = difficulties;
    }

    public String getProposals() {
        return proposals;
    }

    public void setProposals(String proposals) {
        this.proposals = proposals;
    }

    public String getNextTasks() {
        return nextTasks;
    }

    public void setNextTasks(String nextTasks) {
        this.nextTasks = nextTasks;
    }
}
