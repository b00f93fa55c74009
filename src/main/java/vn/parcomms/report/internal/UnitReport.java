package vn.parcomms.report.internal;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.parcomms.report.ActivityStatus;
import vn.parcomms.report.FollowUpStatus;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.report.ReportIncompleteException;
import vn.parcomms.report.ReportStatus;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.Step;

/**
 * One unit's report for one plan (all its versions) and period: the aggregate that owns the
 * per-activity entries. The status moves only through {@link #submit}, {@link #accept} and
 * {@link #returnForRevision}, which refuse what the lifecycle does not allow; each writes its own
 * line of the report's history ({@link ReportEvent}), so no status changes without one.
 */
@Entity
@Table(name = "unit_report")
public class UnitReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_node_id")
    private long unitNodeId;

    @Column(name = "plan_node_id")
    private long planNodeId;

    @Column(name = "plan_lineage_id")
    private UUID planLineageId;

    @Column(name = "plan_id")
    private long planId;

    @Column(name = "plan_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private ReportPeriod period;

    @Enumerated(EnumType.STRING)
    private ReportStatus status = ReportStatus.DRAFT;

    @Column(name = "results_summary")
    private String resultsSummary;

    private String shortcomings;
    private String difficulties;
    private String proposals;

    @Column(name = "next_tasks")
    private String nextTasks;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReportEntry> entries = new ArrayList<>();

    /**
     * Only ever appended to (inverse and lazy, so appending loads nothing); pages read the history
     * with {@link ReportEventRepository}.
     */
    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    private List<ReportEvent> history = new ArrayList<>();

    protected UnitReport() {
    }

    /** A new draft, with the history line of its opening. */
    public UnitReport(long unitNodeId, long planNodeId, UUID planLineageId, long planId, int year,
            ReportPeriod period, Step step) {
        Instant now = step.at();
        this.unitNodeId = unitNodeId;
        this.planNodeId = planNodeId;
        this.planLineageId = planLineageId;
        this.planId = planId;
        this.year = year;
        this.period = period;
        this.createdAt = now;
        this.updatedAt = now;
        record("CREATED", step, null);
    }

    /** The history lines this instance appended, for the aggregate's own tests. */
    List<ReportEvent> recordedHistory() {
        return List.copyOf(history);
    }

    private void record(String action, Step step, String reason) {
        history.add(new ReportEvent(this, action, step, reason));
    }

    // --- editing (draft or returned only) ---

    public void changeTexts(String resultsSummary, String shortcomings, String difficulties, String proposals,
            String nextTasks, Instant now) {
        requireEditable();
        this.resultsSummary = resultsSummary;
        this.shortcomings = shortcomings;
        this.difficulties = difficulties;
        this.proposals = proposals;
        this.nextTasks = nextTasks;
        // Touching the root makes every save bump @Version, also when only an entry changed, so a
        // concurrent editor always gets a conflict instead of silently overwriting.
        this.updatedAt = now;
    }

    /** The entry of an activity, created (with the plan's current wording) if the report has none yet. */
    public ReportEntry entryFor(UUID activityKey, String contentLabel, String activityName, int position) {
        requireEditable();
        ReportEntry entry = entry(activityKey).orElse(null);
        if (entry == null) {
            entry = new ReportEntry(this, activityKey);
            entries.add(entry);
        }
        entry.describe(contentLabel, activityName, position);
        return entry;
    }

    public Optional<ReportEntry> entry(UUID activityKey) {
        return entries.stream().filter(e -> e.getActivityKey().equals(activityKey)).findFirst();
    }

    // --- lifecycle ---

    /**
     * Submits the report. Every activity due by the period needs a status, a dropped one a reason,
     * a done one evidence (document numbers, links or a file) or a note.
     *
     * @param dueActivities activity key → name of the activities due by the period
     * @param keysWithFiles activities that have at least one evidence file
     * @param deadline the period as expected of the units, for the history to say whether the report came late
     */
    public void submit(Map<UUID, String> dueActivities, Set<UUID> keysWithFiles, Step step,
            vn.parcomms.report.PeriodExpectation deadline, ZoneId zone) {
        Instant now = step.at();
        if (!status.isEditable()) {
            throw new DomainException("report.error.notSubmittable");
        }
        // Every gap at once, in the order of the form, so the unit fixes them in one pass.
        List<ReportIncompleteException.Gap> gaps = new ArrayList<>();
        for (Map.Entry<UUID, String> due : dueActivities.entrySet()) {
            ReportEntry entry = entry(due.getKey()).orElse(null);
            if (entry == null || entry.getStatus() == null) {
                gaps.add(new ReportIncompleteException.Gap(due.getKey(), "status", "report.error.statusMissing",
                        due.getValue()));
            }
        }
        for (ReportEntry entry : entries) {
            if (entry.getStatus() == ActivityStatus.DROPPED && isBlank(entry.getDropReason())) {
                gaps.add(new ReportIncompleteException.Gap(entry.getActivityKey(), "dropReason",
                        "report.error.dropReasonMissing", entry.getActivityName()));
            }
            if (entry.getStatus() == ActivityStatus.DONE && isBlank(entry.getEvidence()) && isBlank(entry.getNote())
                    && !keysWithFiles.contains(entry.getActivityKey())) {
                gaps.add(new ReportIncompleteException.Gap(entry.getActivityKey(), "evidence",
                        "report.error.evidenceMissing", entry.getActivityName()));
            }
        }
        if (!gaps.isEmpty()) {
            throw new ReportIncompleteException(gaps);
        }
        status = ReportStatus.SUBMITTED;
        submittedAt = now;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
        returnReason = null;
        updatedAt = now;
        record("SUBMITTED", step, FollowUpStatus.isLate(submittedAt, deadline, zone) ? "LATE" : null);
    }

    public void accept(Step step) {
        if (status != ReportStatus.SUBMITTED) {
            throw new DomainException("report.error.notSubmitted");
        }
        status = ReportStatus.ACCEPTED;
        updatedAt = step.at();
        record("ACCEPTED", step, null);
    }

    public void returnForRevision(String reason, Step step) {
        if (status != ReportStatus.SUBMITTED) {
            throw new DomainException("report.error.notSubmitted");
        }
        if (isBlank(reason)) {
            throw DomainException.onField("reason", "report.error.reasonMissing");
        }
        status = ReportStatus.RETURNED;
        returnReason = reason.trim();
        updatedAt = step.at();
        record("RETURNED", step, returnReason);
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new DomainException("report.error.notEditable");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public Long getId() {
        return id;
    }

    public long getUnitNodeId() {
        return unitNodeId;
    }

    public long getPlanNodeId() {
        return planNodeId;
    }

    public UUID getPlanLineageId() {
        return planLineageId;
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

    public ReportStatus getStatus() {
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

    public Instant getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<ReportEntry> getEntries() {
        return List.copyOf(entries);
    }
}
