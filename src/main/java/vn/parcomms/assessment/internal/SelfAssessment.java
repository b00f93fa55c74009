package vn.parcomms.assessment.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.parcomms.assessment.AssessmentStatus;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.Step;

/**
 * A node's PAR INDEX self-assessment of a year, with its appraisal. The status moves only through
 * {@link #saveSelf}, {@link #submit}, {@link #returnForRevision} and {@link #appraise}, which
 * refuse what the lifecycle does not allow and each write their own history line
 * ({@link SelfAssessmentEvent}).
 */
@Entity
@Table(name = "par_index_self_assessment")
public class SelfAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "node_id")
    private long nodeId;

    private int year;

    @Enumerated(EnumType.STRING)
    private AssessmentStatus status;

    @Column(name = "self_total")
    private BigDecimal selfTotal;

    @Column(name = "appraised_total")
    private BigDecimal appraisedTotal;

    @Column(name = "max_total")
    private BigDecimal maxTotal;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "appraised_by")
    private String appraisedBy;

    @Column(name = "appraised_at")
    private Instant appraisedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<SelfAssessmentEntry> entries = new ArrayList<>();

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<SelfAssessmentEvent> history = new ArrayList<>();

    protected SelfAssessment() {
    }

    public SelfAssessment(long nodeId, int year, Step step) {
        this.nodeId = nodeId;
        this.year = year;
        this.status = AssessmentStatus.DRAFT;
        record("CREATED", step, null, null);
    }

    private void record(String action, Step step, String reason, String details) {
        history.add(new SelfAssessmentEvent(this, action, step, reason, details));
    }

    /** One criterion's self-score as the office saves it. */
    public record SelfLine(String code, BigDecimal computed, BigDecimal self, String reason, List<LinkData> links) {
    }

    /** An evidence link: a web address, or an issued plan or accepted report by id. */
    public record LinkData(String kind, String target, String label, String period) {
    }

    /** One criterion's appraisal. */
    public record AppraisalLine(String code, BigDecimal points, String comment) {
    }

    /**
     * Saves the office's self-score: each criterion's computed points as they are now, the self
     * points (null: the computed ones) with a reason whenever they differ, and the evidence links.
     */
    public void saveSelf(List<SelfLine> lines, BigDecimal total, BigDecimal maximum, Step step) {
        requireStatus(AssessmentStatus.DRAFT, "selfAssessment.error.notDraft");
        int adjusted = 0;
        for (SelfLine line : lines) {
            if (line.self() != null && line.computed() != null && line.self().compareTo(line.computed()) != 0) {
                if (line.reason() == null || line.reason().isBlank()) {
                    throw new DomainException("selfAssessment.error.reasonRequired", line.code());
                }
                adjusted++;
            }
            entryFor(line.code()).self(line.computed(), line.self(), line.reason(), line.links());
        }
        this.selfTotal = total;
        this.maxTotal = maximum;
        record("SAVED", step, null, String.valueOf(adjusted));
    }

    public void submit(Step step) {
        requireStatus(AssessmentStatus.DRAFT, "selfAssessment.error.submitNotDraft");
        status = AssessmentStatus.SUBMITTED;
        returnReason = null;
        submittedBy = step.actorName();
        submittedAt = step.at();
        record("SUBMITTED", step, null, null);
    }

    public void returnForRevision(String reason, Step step) {
        requireStatus(AssessmentStatus.SUBMITTED, "selfAssessment.error.notSubmitted");
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "selfAssessment.error.returnReasonRequired");
        }
        status = AssessmentStatus.DRAFT;
        returnReason = reason.strip();
        record("RETURNED", step, returnReason, null);
    }

    /** Appraises every criterion; a comment is needed wherever the appraised points differ from the self points. */
    public void appraise(List<AppraisalLine> lines, java.util.Map<String, BigDecimal> selfPoints, BigDecimal total,
            Step step) {
        requireStatus(AssessmentStatus.SUBMITTED, "selfAssessment.error.notSubmitted");
        for (AppraisalLine line : lines) {
            if (line.points() == null) {
                throw new DomainException("selfAssessment.error.appraisedRequired", line.code());
            }
            BigDecimal self = selfPoints.get(line.code());
            if (self != null && self.compareTo(line.points()) != 0
                    && (line.comment() == null || line.comment().isBlank())) {
                throw new DomainException("selfAssessment.error.commentRequired", line.code());
            }
            entryFor(line.code()).appraise(line.points(), line.comment());
        }
        status = AssessmentStatus.APPRAISED;
        appraisedTotal = total;
        appraisedBy = step.actorName();
        appraisedAt = step.at();
        record("APPRAISED", step, null, total == null ? null : total.toPlainString());
    }

    private SelfAssessmentEntry entryFor(String code) {
        return entry(code).orElseGet(() -> {
            SelfAssessmentEntry e = new SelfAssessmentEntry(this, code);
            entries.add(e);
            return e;
        });
    }

    public Optional<SelfAssessmentEntry> entry(String code) {
        return entries.stream().filter(e -> e.getCriterionCode().equalsIgnoreCase(code)).findFirst();
    }

    private void requireStatus(AssessmentStatus expected, String key) {
        if (status != expected) {
            throw new DomainException(key);
        }
    }

    public Long getId() {
        return id;
    }

    public long getNodeId() {
        return nodeId;
    }

    public int getYear() {
        return year;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public BigDecimal getSelfTotal() {
        return selfTotal;
    }

    public BigDecimal getAppraisedTotal() {
        return appraisedTotal;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getAppraisedBy() {
        return appraisedBy;
    }

    public Instant getAppraisedAt() {
        return appraisedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<SelfAssessmentEntry> getEntries() {
        return List.copyOf(entries);
    }

    public List<SelfAssessmentEvent> getHistory() {
        return List.copyOf(history);
    }
}
