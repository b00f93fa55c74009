package vn.parcomms.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parcomms.assessment.internal.SelfAssessment;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.Step;

/**
 * The two sets of issue 16 with a self and an appraised column, hand-checked: a group is its
 * sub-criteria's sum at most its maximum, the difference is appraised − self. And the
 * aggregate's guarded transitions, each writing its history line.
 */
class SelfAssessmentSheetTest {

    private static final Step STEP = new Step(7L, "Người dùng thử", Instant.parse("2025-12-01T03:00:00Z"));

    private static Criterion criterion(long id, Long parent, String code, String max, CriterionKind kind,
            Map<String, String> params) {
        return new Criterion(id, parent, (int) id, code, "criterion " + code, new BigDecimal(max), kind, params);
    }

    private static ParIndex index(CriteriaSet set, ScoringFacts facts) {
        return new ParIndex(1, "Xã thử", 2025, set, CriteriaScoring.score(set, facts),
                new ParIndex.PlanPoint(null, null, null, null, false, null),
                new ParIndex.CarriedPoint(null, 0, 0, 0, null, null),
                new ParIndex.ReportsPoint(null, List.of(), 0, 0, false, null, false));
    }

    private static Map<String, BigDecimal> points(String... codeAndPoints) {
        Map<String, BigDecimal> m = new HashMap<>();
        for (int i = 0; i < codeAndPoints.length; i += 2) {
            m.put(codeAndPoints[i], new BigDecimal(codeAndPoints[i + 1]));
        }
        return m;
    }

    private static List<ScoringFacts.IndicatorFact> targets(int met, int missed) {
        List<ScoringFacts.IndicatorFact> list = new ArrayList<>();
        for (int i = 0; i < met; i++) {
            list.add(new ScoringFacts.IndicatorFact("MET" + i, 10, 12));
        }
        for (int i = 0; i < missed; i++) {
            list.add(new ScoringFacts.IndicatorFact("MISSED" + i, 10, 9));
        }
        return list;
    }

    @Test
    void theCommuneSetWithASelfAndAnAppraisedColumn() {
        CriteriaSet commune = new CriteriaSet(1, 1L, 2025, null, 0, List.of(
                criterion(1, null, "5", "2", CriterionKind.GROUP, Map.of()),
                criterion(2, 1L, "5.1", "1", CriterionKind.TARGETS_MET, Map.of("mode", "PROPORTIONAL")),
                criterion(3, 1L, "5.2", "1", CriterionKind.CHANNEL_DIVERSITY, Map.of("onlinePerChannel", "0.25",
                        "onlineCap", "0.5", "traditionalPerChannel", "0.5", "traditionalCap", "0.5"))));
        // Computed: 4 of 5 targets (0.8), one online channel and meetings (0.25 + 0.5): 1.55.
        ParIndex index = index(commune, new ScoringFacts(2025, null, 0, 0, 0, null, targets(4, 1),
                Map.of("ONLINE", 1, "TRADITIONAL", 1), 0, 0, 0, 0));
        // The commune claims the fifth target (1) and a second online channel (1); the council grants
        // the target (1) but not the channel (0.75).
        SheetRows.Values v = SheetRows.values(index, null, points("5.1", "1", "5.2", "1"),
                points("5.1", "1", "5.2", "0.75"));
        List<AssessmentSheet.Row> rows = SheetRows.rows(index, null, v, List.of());

        assertThat(rows).extracting(AssessmentSheet.Row::code).containsExactly("5", "5.1", "5.2");
        assertThat(rows).extracting(r -> r.computedPoints().toPlainString()).containsExactly("1.55", "0.8", "0.75");
        assertThat(rows).extracting(r -> r.selfPoints().toPlainString()).containsExactly("2", "1", "1");
        assertThat(rows).extracting(r -> r.appraisedPoints().toPlainString()).containsExactly("1.75", "1", "0.75");
        assertThat(rows).extracting(r -> r.difference().toPlainString()).containsExactly("-0.25", "0", "-0.25");
        assertThat(rows).extracting(AssessmentSheet.Row::editable).containsExactly(false, true, true);
        assertThat(SheetRows.total(commune, v.computed())).isEqualByComparingTo("1.55");
        assertThat(SheetRows.total(commune, v.self())).isEqualByComparingTo("2");
        assertThat(SheetRows.total(commune, v.appraised())).isEqualByComparingTo("1.75");
    }

    @Test
    void theHospitalSheetOfNegativePointsWithASelfAndAnAppraisedColumn() {
        CriteriaSet hospital = new CriteriaSet(1, 1L, 2025, null, 0, List.of(
                criterion(1, null, "II", "0", CriterionKind.GROUP, Map.of()),
                criterion(2, 1L, "II.1", "0", CriterionKind.PLAN_ISSUED, Map.of("deadlineMonth", "3", "deadlineDay",
                        "31", "onTimePoints", "0", "latePoints", "0", "nonePoints", "-1")),
                criterion(3, 1L, "II.2", "0", CriterionKind.REPORTS_ON_TIME, Map.of("mode", "DEDUCTION",
                        "latePoints", "-0.25", "missingPoints", "-1"))));
        // No plan (−1), one report late (−0.25), one missing (−1): −2.25 computed.
        ParIndex index = index(hospital, new ScoringFacts(2025, null, 0, 0, 0, null, List.of(), Map.of(), 4, 2, 1, 1));
        // The hospital shows its plan was issued on paper (0) and keeps the reports' −1.25; the council
        // accepts the plan but counts the missing report as late (−0.5).
        SheetRows.Values v = SheetRows.values(index, null, points("II.1", "0"), points("II.1", "0", "II.2", "-0.5"));
        List<AssessmentSheet.Row> rows = SheetRows.rows(index, null, v, List.of());

        assertThat(rows).extracting(r -> r.computedPoints().toPlainString()).containsExactly("-2.25", "-1", "-1.25");
        assertThat(rows).extracting(r -> r.selfPoints().toPlainString()).containsExactly("-1.25", "0", "-1.25");
        assertThat(rows).extracting(r -> r.appraisedPoints().toPlainString()).containsExactly("-0.5", "0", "-0.5");
        assertThat(rows).extracting(r -> r.difference().toPlainString()).containsExactly("0.75", "0", "0.75");
        assertThat(SheetRows.total(hospital, v.appraised())).isEqualByComparingTo("-0.5");
    }

    @Test
    void aGroupHasNoAppraisedPointsUntilEverySubCriterionHas() {
        CriteriaSet commune = new CriteriaSet(1, 1L, 2025, null, 0, List.of(
                criterion(1, null, "5", "2", CriterionKind.GROUP, Map.of()),
                criterion(2, 1L, "5.1", "1", CriterionKind.MANUAL, Map.of()),
                criterion(3, 1L, "5.2", "1", CriterionKind.MANUAL, Map.of())));
        ParIndex index = index(commune, new ScoringFacts(2025, null, 0, 0, 0, null, List.of(), Map.of(), 0, 0, 0, 0));
        SheetRows.Values v = SheetRows.values(index, null, points("5.1", "1"), points("5.1", "1"));
        assertThat(v.appraised()).doesNotContainKey("5");
        assertThat(SheetRows.total(commune, v.appraised())).isNull();
        // A manual criterion computes 0 and is scored by hand.
        assertThat(v.computed().get("5.1")).isEqualByComparingTo("0");
        assertThat(v.self().get("5")).isEqualByComparingTo("1");
    }

    private static SelfAssessment.SelfLine line(String code, String computed, String self, String reason) {
        return new SelfAssessment.SelfLine(code, new BigDecimal(computed), self == null ? null : new BigDecimal(self),
                reason, List.of());
    }

    @Test
    void theAggregateGuardsItsTransitionsAndRecordsEachStep() {
        SelfAssessment a = new SelfAssessment(1, 2025, STEP);
        assertThatThrownBy(() -> a.saveSelf(List.of(line("1", "0", "1", " ")), BigDecimal.ONE, BigDecimal.ONE, STEP))
                .isInstanceOf(DomainException.class).hasMessage("selfAssessment.error.reasonRequired");
        assertThatThrownBy(() -> a.returnForRevision("x", STEP)).hasMessage("selfAssessment.error.notSubmitted");
        assertThatThrownBy(() -> a.appraise(List.of(), Map.of(), BigDecimal.ZERO, STEP))
                .hasMessage("selfAssessment.error.notSubmitted");

        a.saveSelf(List.of(line("1", "0", "1", "Có biên bản hội nghị")), BigDecimal.ONE, BigDecimal.ONE, STEP);
        a.submit(STEP);
        assertThatThrownBy(() -> a.submit(STEP)).hasMessage("selfAssessment.error.submitNotDraft");
        assertThatThrownBy(() -> a.saveSelf(List.of(), BigDecimal.ONE, BigDecimal.ONE, STEP))
                .hasMessage("selfAssessment.error.notDraft");
        assertThatThrownBy(() -> a.returnForRevision("  ", STEP))
                .hasMessage("selfAssessment.error.returnReasonRequired");
        a.returnForRevision("Thiếu tài liệu kiểm chứng", STEP);
        assertThat(a.getStatus()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(a.getReturnReason()).isEqualTo("Thiếu tài liệu kiểm chứng");
        a.submit(STEP);
        Map<String, BigDecimal> self = Map.of("1", BigDecimal.ONE);
        assertThatThrownBy(() -> a.appraise(List.of(new SelfAssessment.AppraisalLine("1", new BigDecimal("0.5"), null)),
                self, new BigDecimal("0.5"), STEP)).hasMessage("selfAssessment.error.commentRequired");
        a.appraise(List.of(new SelfAssessment.AppraisalLine("1", new BigDecimal("0.5"), "Biên bản chưa có chữ ký")),
                self, new BigDecimal("0.5"), STEP);

        assertThat(a.getStatus()).isEqualTo(AssessmentStatus.APPRAISED);
        assertThat(a.getAppraisedTotal()).isEqualByComparingTo("0.5");
        assertThat(a.getHistory()).extracting(h -> h.getAction())
                .containsExactly("CREATED", "SAVED", "SUBMITTED", "RETURNED", "SUBMITTED", "APPRAISED");
        assertThat(a.getHistory().get(3).getReason()).isEqualTo("Thiếu tài liệu kiểm chứng");
    }
}
