package vn.parcomms.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a plan's history: who did what, when, why and what changed. Never edited. */
@Entity
@Table(name = "plan_event")
public class PlanEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private long planId;

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

    public PlanEvent(long planId, String action, Long actorId, String actorName, Instant at, String reason,
            String details) {
        this.planId = planId;
        this.action = action;
        this.actorId = actorId;
        this.actorName = actorName;
        this.at = at;
        this.reason = reason;
        this.details = details;
    }

    public long getPlanId() {
        return planId;
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
