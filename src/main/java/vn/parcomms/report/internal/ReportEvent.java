package vn.parcomms.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a report's history: who did what, when and why. Never edited. */
@Entity
@Table(name = "unit_report_event")
public class ReportEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id")
    private long reportId;

    private String action;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name")
    private String actorName;

    private Instant at;
    private String reason;

    protected ReportEvent() {
    }

    public ReportEvent(long reportId, String action, Long actorId, String actorName, Instant at, String reason) {
        this.reportId = reportId;
        this.action = action;
        this.actorId = actorId;
        this.actorName = actorName;
        this.at = at;
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
