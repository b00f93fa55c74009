package vn.parcomms.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.parcomms.shared.Step;

/**
 * One step in a report's history: who did what, when and why. Never edited, and written only by
 * the {@link UnitReport} it belongs to, from the transition that made the change.
 */
@Entity
@Table(name = "unit_report_event")
public class ReportEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Written through {@link #report}; read here so that history queries need no join. */
    @Column(name = "report_id", insertable = false, updatable = false)
    private Long reportId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private UnitReport report;

    private String action;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name")
    private String actorName;

    private Instant at;
    private String reason;

    protected ReportEvent() {
    }

    ReportEvent(UnitReport report, String action, Step step, String reason) {
        this.report = report;
        this.action = action;
        this.actorId = step.actorId();
        this.actorName = step.actorName();
        this.at = step.at();
        this.reason = reason;
    }

    public String getAction() {
        return action;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getAt() {
        return at;
    }

    public String getReason() {
        return reason;
    }
}
