package vn.parcomms.consolidation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.parcomms.consolidation.ConsolidationCommand;
import vn.parcomms.consolidation.ConsolidationStatus;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.DomainException;

/**
 * A node's consolidated report for one plan and period. The status moves only through the
 * transition methods, which refuse what the lifecycle does not allow.
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

    @Version
    private long version;

    protected ConsolidatedReport() {
    }

    public ConsolidatedReport(long nodeId, long planId, int year, ReportPeriod period, Instant now) {
        this.nodeId = nodeId;
        this.planId = planId;
        this.year = year;
        this.period = period;
        this.figuresAt = now;
        this.createdAt = now;
    }

    public void write(ConsolidationCommand text) {
        requireEditable();
        resultsSummary = blankToNull(text.resultsSummary());
        shortcomings = blankToNull(text.shortcomings());
        difficulties = blankToNull(text.difficulties());
        proposals = blankToNull(text.proposals());
        nextTasks = blankToNull(text.nextTasks());
    }

    public void figuresRefreshed(Instant now) {
        requireEditable();
        figuresAt = now;
    }

    public void submit() {
        requireEditable();
        status = ConsolidationStatus.SUBMITTED;
    }

    public void approve() {
        require(ConsolidationStatus.SUBMITTED);
        status = ConsolidationStatus.APPROVED;
        returnReason = null;
    }

    public void send(Instant now) {
        require(ConsolidationStatus.APPROVED);
        status = ConsolidationStatus.SENT;
        sentAt = now;
        if (firstSentAt == null) {
            firstSentAt = now;
        }
    }

    public void accept() {
        require(ConsolidationStatus.SENT);
        status = ConsolidationStatus.ACCEPTED;
        returnReason = null;
    }

    /** The leader returns a submitted report, Home Affairs a sent one; the reason is required. */
    public void returnForRevision(String reason) {
        if (status != ConsolidationStatus.SUBMITTED && status != ConsolidationStatus.SENT) {
            throw new DomainException("consolidation.error.state");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "consolidation.error.reasonMissing");
        }
        status = ConsolidationStatus.RETURNED;
        returnReason = reason.strip();
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

    public long getVersion() {
        return version;
    }
}
