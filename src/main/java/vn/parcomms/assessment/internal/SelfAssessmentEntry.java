package vn.parcomms.assessment.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One criterion of a self-assessment: computed, self and appraised points, reason, comment, links. */
@Entity
@Table(name = "par_index_self_entry")
public class SelfAssessmentEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private SelfAssessment assessment;

    @Column(name = "criterion_code")
    private String criterionCode;

    @Column(name = "computed_points")
    private BigDecimal computedPoints;

    @Column(name = "self_points")
    private BigDecimal selfPoints;

    @Column(name = "self_reason")
    private String selfReason;

    @Column(name = "appraised_points")
    private BigDecimal appraisedPoints;

    @Column(name = "appraisal_comment")
    private String appraisalComment;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<SelfAssessmentLink> links = new ArrayList<>();

    protected SelfAssessmentEntry() {
    }

    SelfAssessmentEntry(SelfAssessment assessment, String criterionCode) {
        this.assessment = assessment;
        this.criterionCode = criterionCode;
    }

    void self(BigDecimal computed, BigDecimal self, String reason, List<SelfAssessment.LinkData> newLinks) {
        this.computedPoints = computed;
        this.selfPoints = self;
        this.selfReason = reason == null || reason.isBlank() ? null : reason.strip();
        links.clear();
        for (SelfAssessment.LinkData l : newLinks) {
            links.add(new SelfAssessmentLink(this, l.kind(), l.target(), l.label(), l.period()));
        }
    }

    void appraise(BigDecimal points, String comment) {
        this.appraisedPoints = points;
        this.appraisalComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public String getCriterionCode() {
        return criterionCode;
    }

    public BigDecimal getComputedPoints() {
        return computedPoints;
    }

    public BigDecimal getSelfPoints() {
        return selfPoints;
    }

    public String getSelfReason() {
        return selfReason;
    }

    public BigDecimal getAppraisedPoints() {
        return appraisedPoints;
    }

    public String getAppraisalComment() {
        return appraisalComment;
    }

    public List<SelfAssessmentLink> getLinks() {
        return List.copyOf(links);
    }
}
