package vn.parcomms.consolidation.internal;

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
 * One step in a consolidated report's history: who did what, when and why. Never edited, and
 * written only by the {@link ConsolidatedReport} it belongs to; pages read the history with
 * {@link ConsolidationQueries#history}.
 */
@Entity
@Table(name = "consolidated_event")
class ConsolidationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private ConsolidatedReport report;

    private String action;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name")
    private String actorName;

    private Instant at;
    private String reason;

    protected ConsolidationEvent() {
    }

    ConsolidationEvent(ConsolidatedReport report, String action, Step step, String reason) {
        this.report = report;
        this.action = action;
        this.actorId = step.actorId();
        this.actorName = step.actorName();
        this.at = step.at();
        this.reason = reason;
    }

    String getAction() {
        return action;
    }
}
