package vn.parcomms.plan.internal;

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
 * One step in a plan's history: who did what, when, why and what changed. Never edited, and
 * written only by the {@link Plan} it belongs to, from the method that made the change.
 */
@Entity
@Table(name = "plan_event")
public class PlanEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Written through {@link #plan}; read here so that history queries need no join. */
    @Column(name = "plan_id", insertable = false, updatable = false)
    private Long planId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    private String action;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name")
    private String actorName;

    private Instant at;
    private String reason;
    private String details;

    protected PlanEvent() {
    }

    PlanEvent(Plan plan, String action, Step step, String reason, String details) {
        this.plan = plan;
        this.action = action;
        this.actorId = step.actorId();
        this.actorName = step.actorName();
        this.at = step.at();
        this.reason = reason;
        this.details = details;
    }

    public long getPlanId() {
        return planId != null ? planId : plan.getId();
    }

    public String getAction() {
        return action;
    }

    public Long getActorId() {
        return actorId;
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

    public String getDetails() {
        return details;
    }
}
