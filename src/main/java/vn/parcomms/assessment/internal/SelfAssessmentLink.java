package vn.parcomms.assessment.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Evidence linked to a criterion: {@code URL} (target the address), {@code PLAN}, {@code REPORT} or {@code CONSOLIDATION} (target the id). */
@Entity
@Table(name = "par_index_self_link")
public class SelfAssessmentLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private SelfAssessmentEntry entry;

    private String kind;
    private String target;
    private String label;
    /** The report's period (a ReportPeriod name) for a REPORT or CONSOLIDATION link. */
    private String period;

    protected SelfAssessmentLink() {
    }

    SelfAssessmentLink(SelfAssessmentEntry entry, String kind, String target, String label, String period) {
        this.entry = entry;
        this.period = period;
        this.kind = kind;
        this.target = target;
        this.label = label;
    }

    public String getKind() {
        return kind;
    }

    public String getTarget() {
        return target;
    }

    public String getPeriod() {
        return period;
    }

    public String getLabel() {
        return label;
    }
}
