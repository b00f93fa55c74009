package vn.parcomms.assessment.internal;

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

/** One step in a self-assessment's history; never edited, written only by its {@link SelfAssessment}. */
@Entity
@Table(name = "par_index_self_event")
public class SelfAssessmentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private SelfAssessment assessment;

    private String action;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name")
    private String actorName;

    private Instant at;
    private String reason;
    private String details;

    protected SelfAssessmentEvent() {
    }

    SelfAssessmentEvent(SelfAssessment assessment, String action, Step step, String reason, String details) {
        this.assessment = assessment;
        this.action = action;
        this.actorId = step.actorId();
        this.actorName = step.actorName();
        this.at = step.at();
        this.reason = reason;
        this.details = details;
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

    public String getDetails() {
        return details;
    }
}
