package vn.parcomms.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parcomms.assessment.internal.SelfAssessment;
import vn.parcomms.assessment.internal.SelfAssessmentEntry;
import vn.parcomms.assessment.internal.SelfAssessmentQueries;

/**
 * The one rule for a sheet's points: a criterion without sub-criteria takes its computed points
 * (frozen at the last save once submitted), the self points given (the computed ones when none)
 * and the appraised points; a group is the sum of its sub-criteria, at most its maximum; a total
 * is the sum of the top-level criteria. Used by the page, the saves and the appraisal alike.
 */
final class SheetRows {

    private SheetRows() {
    }

    /** Whether a criterion takes points itself (no sub-criteria). */
    static boolean editable(CriteriaSet set, Criterion c) {
        return c.kind() != CriterionKind.GROUP && set.childrenOf(c.id()).isEmpty();
    }

    /** Values per criterion code: computed, self (with the overrides given) and appraised. */
    record Values(Map<String, BigDecimal> computed, Map<String, BigDecimal> self, Map<String, BigDecimal> appraised) {
    }

    static Values values(ParIndex index, SelfAssessment a, Map<String, BigDecimal> selfOverride,
            Map<String, BigDecimal> appraisedOverride) {
        CriteriaSet set = index.criteria();
        boolean frozen = a != null && a.getStatus() != AssessmentStatus.DRAFT;
        Map<String, BigDecimal> computed = new HashMap<>();
        Map<String, BigDecimal> self = new HashMap<>();
        Map<String, BigDecimal> appraised = new HashMap<>();
        for (CriterionScore s : index.scores()) {
            Criterion c = s.criterion();
            if (!editable(set, c)) {
                continue;
            }
            SelfAssessmentEntry e = a == null ? null : a.entry(c.code()).orElse(null);
            BigDecimal comp = frozen && e != null && e.getComputedPoints() != null ? e.getComputedPoints() : s.points();
            computed.put(c.code(), Points.plain(comp));
            BigDecimal own = selfOverride != null ? selfOverride.get(c.code()) : e == null ? null : e.getSelfPoints();
            self.put(c.code(), Points.plain(own == null ? comp : own));
            BigDecimal app = appraisedOverride != null ? appraisedOverride.get(c.code())
                    : e == null ? null : e.getAppraisedPoints();
            if (app != null) {
                appraised.put(c.code(), Points.plain(app));
            }
        }
        for (Criterion c : set.topLevel()) {
            group(set, c, computed);
            group(set, c, self);
            group(set, c, appraised);
        }
        return new Values(computed, self, appraised);
    }

    /** A group's points: its sub-criteria's sum at most its maximum; null when one of them has none. */
    private static BigDecimal group(CriteriaSet set, Criterion c, Map<String, BigDecimal> points) {
        if (editable(set, c)) {
            return points.get(c.code());
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion child : set.childrenOf(c.id())) {
            BigDecimal p = group(set, child, points);
            if (p == null) {
                return null;
            }
            sum = sum.add(p);
        }
        BigDecimal value = Points.plain(sum.min(c.maxPoints()));
        points.put(c.code(), value);
        return value;
    }

    static BigDecimal total(CriteriaSet set, Map<String, BigDecimal> points) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion c : set.topLevel()) {
            BigDecimal p = points.get(c.code());
            if (p == null) {
                return null;
            }
            sum = sum.add(p);
        }
        return Points.plain(sum);
    }

    static List<AssessmentSheet.Row> rows(ParIndex index, SelfAssessment a, Values v,
            List<SelfAssessmentQueries.FileRow> files) {
        List<AssessmentSheet.Row> rows = new ArrayList<>();
        for (CriterionScore s : index.scores()) {
            Criterion c = s.criterion();
            SelfAssessmentEntry e = a == null ? null : a.entry(c.code()).orElse(null);
            List<AssessmentSheet.Evidence> evidence = new ArrayList<>();
            if (e != null) {
                e.getLinks().forEach(l -> evidence.add(new AssessmentSheet.Evidence(l.getKind(), l.getTarget(),
                        l.getLabel(), l.getPeriod())));
            }
            files.stream().filter(f -> f.criterionCode().equalsIgnoreCase(c.code())).forEach(f -> evidence.add(
                    new AssessmentSheet.Evidence("FILE", String.valueOf(f.id()), f.fileName(), null)));
            BigDecimal computed = v.computed().get(c.code());
            BigDecimal self = v.self().get(c.code());
            BigDecimal appraised = v.appraised().get(c.code());
            boolean editable = editable(index.criteria(), c);
            rows.add(new AssessmentSheet.Row(c.code(), c.title(), s.depth(), c.kind(), c.maxPoints(), computed, s,
                    self, editable && e != null && e.getSelfPoints() != null && self != null && computed != null
                            && self.compareTo(computed) != 0,
                    e == null ? null : e.getSelfReason(), evidence, appraised,
                    e == null ? null : e.getAppraisalComment(),
                    appraised == null || self == null ? null : Points.plain(appraised.subtract(self)), editable));
        }
        return rows;
    }
}
