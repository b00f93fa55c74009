package vn.parcomms.consolidation.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parcomms.consolidation.ConsolidationCommand;
import vn.parcomms.consolidation.ConsolidationStatus;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.Step;

/**
 * A node's consolidated report for one plan and period. The status moves only through the
 * transition methods, which refuse what the lifecycle does not allow; each writes its own line of
 * the report's history ({@link ConsolidationEvent}), so no status changes without one.
 */
@Entity
@Table(name = "consolidated_report")
public class ConsolidatedReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "node_id")
    private long nodeId;

    @Column(name = "plan_id")
    private long planId;

    @Column(name = "plan_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private ReportPeriod period;

    @Enumerated(EnumType.STRING)
    private ConsolidationStatus status = ConsolidationStatus.DRAFT;

    @Column(name = "results_summary")
    private String resultsSummary;

    private String shortcomings;
    private String difficulties;
    private String proposals;

    @Column(name = "next_tasks")
    private String nextTasks;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "figures_at")
    private Instant figuresAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** The first time it was sent upward; timeliness counts this one, not a resending after a return. */
    @Column(name = "first_sent_at")
    private Instant firstSentAt;

    @Column(name = "created_at")
    private Instant createdAt;

    /** 1 for the first report of the node, plan and period; a correction is the next number. */
    @Column(name = "version_no")
    private int versionNo = 1;

    /** The report this one corrects, when it is a correction. */
    @Column(name = "correction_of")
    private Long correctionOf;

    /** The plan's number and symbol (or title) when the report was drafted. */
    @Column(name = "plan_label")
    private String planLabel;

    /** When the figures and units were stored with the report (at sending); null while they are computed. */
    @Column(name = "frozen_at")
    private Instant frozenAt;

    /** How many units' reports the figures count, written into the document when the office keeps it. */
    @Column(name = "coverage_note")
    private String coverageNote;

    /** The number it was sent with as an outgoing document of its node (ADR 0024), null when sent without. */
    @Column(name = "doc_number")
    private String docNumber;

    @Column(name = "doc_symbol")
    private String docSymbol;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Version
    private long version;

    /** Only ever appended to (inverse and lazy, so appending loads nothing). */
    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    private List<ConsolidationEvent> history = new ArrayList<>();

    protected ConsolidatedReport() {
    }

    /** A new draft, with the history line of its creation. */
    public ConsolidatedReport(long nodeId, long planId, String planLabel, int year, ReportPeriod period, Step step) {
        Instant now = step.at();
        this.nodeId = nodeId;
        this.planId = planId;
        this.planLabel = planLabel;
        this.year = year;
        this.period = period;
        this.figuresAt = now;
        this.createdAt = now;
        record("CREATED", step, null);
    }

    /** The history lines this instance appended, for the aggregate's own tests. */
    List<ConsolidationEvent> recordedHistory() {
        return List.copyOf(history);
    }

    private void record(String action, Step step, String reason) {
        history.add(new ConsolidationEvent(this, action, step, reason));
    }

    /**
     * A correction of this report: the next version, a draft with the same texts, for the same
     * node, plan and period. Only a report whose figures were frozen (it was sent) is corrected.
     */
    public ConsolidatedReport correction(Step step) {
        if (frozenAt == null) {
            throw new DomainException("consolidation.error.notSent");
        }
        ConsolidatedReport next = new ConsolidatedReport(nodeId, planId, planLabel, year, period, step);
        next.versionNo = versionNo + 1;
        next.correctionOf = id;
        next.resultsSummary = resultsSummary;
        next.shortcomings = shortcomings;
        next.difficulties = difficulties;
        next.proposals = proposals;
        next.nextTasks = nextTasks;
        record("CORRECTED", step, null);
        return next;
    }

    /** The figures were stored with the report: from now on it shows them as they were. */
    private void frozen(Instant at, String note) {
        if (frozenAt == null) {
            frozenAt = at;
            coverageNote = note;
        }
    }

    /**
     * The figures of a report sent before figures were stored at sending were stored now; the
     * reason says why in its history.
     */
    public void frozenAsSent(Step step, String reason) {
        frozen(step.at(), null);
        record("FROZEN", step, reason);
    }

    public void write(ConsolidationCommand text) {
        requireEditable();
        resultsSummary = blankToNull(text.resultsSummary());
        shortcomings = blankToNull(text.shortcomings());
        difficulties = blankToNull(text.difficulties());
        proposals = blankToNull(text.proposals());
        nextTasks = blankToNull(text.nextTasks());
    }

    public void figuresRefreshed(Step step) {
        requireEditable();
        figuresAt = step.at();
        record("REFRESHED", step, null);
    }

    public void submit(Step step) {
        requireEditable();
        status = ConsolidationStatus.SUBMITTED;
        record("SUBMITTED", step, null);
    }

    public void approve(Step step) {
        require(ConsolidationStatus.SUBMITTED);
        status = ConsolidationStatus.APPROVED;
        returnReason = null;
        record("APPROVED", step, null);
    }

    /**
     * Sends the approved report; its figures are stored with it from now on, with how many units'
     * reports they count ({@code coverageNote}, null when the office does not write it in).
     */
    public void send(Step step, String coverageNote) {
        send(step, coverageNote, null, null, null);
    }

    /**
     * Sends as above with the number the register gave it as an outgoing document of its node
     * ({@code number} null: sent without one); the history line says which. A report sent again
     * after Home Affairs returned it keeps the number it was first sent with.
     */
    public void send(Step step, String coverageNote, String number, String symbol, LocalDate on) {
        require(ConsolidationStatus.APPROVED);
        Instant now = step.at();
        status = ConsolidationStatus.SENT;
        sentAt = now;
        if (firstSentAt == null) {
            firstSentAt = now;
        }
        if (number != null && docNumber == null) {
            docNumber = number;
            docSymbol = symbol;
            issuedOn = on;
        }
        frozen(now, coverageNote);
        record("SENT", step, number == null ? null : "Số " + number + "/" + symbol);
    }

    public String getDocNumber() {
        return docNumber;
    }

    public String getDocSymbol() {
        return docSymbol;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void accept(Step step) {
        require(ConsolidationStatus.SENT);
        status = ConsolidationStatus.ACCEPTED;
        returnReason = null;
        record("ACCEPTED", step, null);
    }

    /** The leader returns a submitted report, Home Affairs a sent one; the reason is required. */
    public void returnForRevision(String reason, Step step) {
        if (status != ConsolidationStatus.SUBMITTED && status != ConsolidationStatus.SENT) {
            throw new DomainException("consolidation.error.state");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "consolidation.error.reasonMissing");
        }
        if (status == ConsolidationStatus.SENT) {
            // Home Affairs gives it back to be revised: it is computed again until it is sent again.
            frozenAt = null;
            coverageNote = null;
        }
        status = ConsolidationStatus.RETURNED;
        returnReason = reason.strip();
        record("RETURNED", step, returnReason);
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new DomainException("consolidation.error.readOnly");
        }
    }

    private void require(ConsolidationStatus expected) {
        if (status != expected) {
            throw new DomainException("consolidation.error.state");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getNodeId() {
        return nodeId;
    }

    public long getPlanId() {
        return planId;
    }

    public int getYear() {
        return year;
    }

    public ReportPeriod getPeriod() {
        return period;
    }

    public ConsolidationStatus getStatus() {
        return status;
    }

    public String getResultsSummary() {
        return resultsSummary;
    }

    public String getShortcomings() {
        return shortcomings;
    }

    public String getDifficulties() {
        return difficulties;
    }

    public String getProposals() {
        return proposals;
    }

    public String getNextTasks() {
        return nextTasks;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public Instant getFiguresAt() {
        return figuresAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getFirstSentAt() {
        return firstSentAt;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public Long getCorrectionOf() {
        return correctionOf;
    }

    public String getPlanLabel() {
        return planLabel;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }

    public String getCoverageNote() {
        return coverageNote;
    }

    public long getVersion() {
        return version;
    }
}
