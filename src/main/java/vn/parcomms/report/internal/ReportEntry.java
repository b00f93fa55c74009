package vn.parcomms.report.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.parcomms.report.ActivityStatus;

/** What a unit reports on one activity: status, this period's figures, evidence, note. */
@Entity
@Table(name = "unit_report_entry")
public class ReportEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id")
    private UnitReport report;

    @Column(name = "activity_key")
    private UUID activityKey;

    private int position;

    @Column(name = "content_label")
    private String contentLabel;

    @Column(name = "activity_name")
    private String activityName;

    @Enumerated(EnumType.STRING)
    private ActivityStatus status;

    @Column(name = "drop_reason")
    private String dropReason;

    private String evidence;
    private String note;

    /** Indicator id → this period's increment. */
    @ElementCollection
    @CollectionTable(name = "unit_report_figure", joinColumns = @JoinColumn(name = "entry_id"))
    @MapKeyColumn(name = "indicator_id")
    @Column(name = "amount")
    private Map<Long, Integer> figures = new HashMap<>();

    protected ReportEntry() {
    }

    ReportEntry(UnitReport report, UUID activityKey) {
        this.report = report;
        this.activityKey = activityKey;
    }

    void describe(String contentLabel, String activityName, int position) {
        this.contentLabel = contentLabel;
        this.activityName = activityName;
        this.position = position;
    }

    /** Called through {@link UnitReport#entryFor}, which checks that the report is editable. */
    public void record(ActivityStatus status, String dropReason, String evidence, String note,
            Map<Long, Integer> figures) {
        this.status = status;
        this.dropReason = status == ActivityStatus.DROPPED ? dropReason : null;
        this.evidence = evidence;
        this.note = note;
        this.figures.clear();
        figures.forEach((indicator, amount) -> {
            if (amount != null) {
                this.figures.put(indicator, amount);
            }
        });
    }

    public Long getId() {
        return id;
    }

    public UUID getActivityKey() {
        return activityKey;
    }

    public int getPosition() {
        return position;
    }

    public String getContentLabel() {
        return contentLabel;
    }

    public String getActivityName() {
        return activityName;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public String getDropReason() {
        return dropReason;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getNote() {
        return note;
    }

    public Map<Long, Integer> getFigures() {
        return Map.copyOf(figures);
    }
}
