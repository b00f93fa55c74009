package vn.parcomms.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each rule kind on hand-checked facts, and the two sets of issue 16 as provinces wrote them: a
 * commune set scoring communication out of 2 and a hospital sheet of negative points.
 */
class CriteriaScoringTest {

    private static final ScoringFacts NOTHING = facts(null, 0, 0, 0, null, List.of(), Map.of(), 0, 0, 0, 0);

    private static ScoringFacts facts(LocalDate issued, int due, int dropped, int done, Double percent,
            List<ScoringFacts.IndicatorFact> indicators, Map<String, Integer> channels, int expected, int onTime,
            int late, int missing) {
        return new ScoringFacts(2025, issued, due, dropped, done, percent, indicators, channels, expected, onTime,
                late, missing);
    }

    private static Criterion criterion(long id, Long parent, String code, String max, CriterionKind kind,
            Map<String, String> params) {
        return new Criterion(id, parent, (int) id, code, "criterion " + code, new BigDecimal(max), kind, params);
    }

    private static BigDecimal one(Criterion c, ScoringFacts f) {
        CriteriaSet set = new CriteriaSet(1, 1L, 2025, null, 0, List.of(c));
        return CriteriaScoring.score(set, f).get(0).points();
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
    void planIssuedScoresOnTimeLateOrNoneAgainstTheDeadlineDay() {
        Criterion c = criterion(1, null, "1", "1", CriterionKind.PLAN_ISSUED, Map.of("deadlineMonth", "1",
                "deadlineDay", "31", "onTimePoints", "1", "latePoints", "0.5", "nonePoints", "0"));
        assertThat(one(c, facts(LocalDate.of(2025, 1, 31), 0, 0, 0, null, List.of(), Map.of(), 0, 0, 0, 0)))
                .isEqualByComparingTo("1");
        assertThat(one(c, facts(LocalDate.of(2025, 2, 1), 0, 0, 0, null, List.of(), Map.of(), 0, 0, 0, 0)))
                .isEqualByComparingTo("0.5");
        assertThat(one(c, NOTHING)).isEqualByComparingTo("0");
    }

    @Test
    void aDeadlineDayPastTheMonthsEndMeansItsLastDay() {
        Criterion c = criterion(1, null, "1", "1", CriterionKind.PLAN_ISSUED, Map.of("deadlineMonth", "2",
                "deadlineDay", "31", "onTimePoints", "1", "latePoints", "0", "nonePoints", "0"));
        assertThat(CriteriaScoring.deadline(c, 2025)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(CriteriaScoring.deadline(c, 2024)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void activitiesDoneSteppedFollowsTheThresholdsAndProportionalTheShare() {
        Map<String, String> steps = Map.of("mode", "STEPPED", "highPercent", "90", "highPoints", "2", "lowPercent",
                "70", "midPoints", "1", "lowPoints", "0");
        Criterion stepped = criterion(1, null, "2", "2", CriterionKind.ACTIVITIES_DONE, steps);
        assertThat(one(stepped, facts(null, 20, 0, 19, 95.0, List.of(), Map.of(), 0, 0, 0, 0)))
                .isEqualByComparingTo("2");
        // Exactly 90 % is not above 90 %: the middle step, as the three-point rule had it.
        assertThat(one(stepped, facts(null, 10, 0, 9, 90.0, List.of(), Map.of(), 0, 0, 0, 0)))
                .isEqualByComparingTo("1");
        assertThat(one(stepped, facts(null, 10, 0, 7, 70.0, List.of(), Map.of(), 0, 0, 0, 0)))
                .isEqualByComparingTo("1");
        assertThat(one(stepped, facts(null, 10, 0, 6, 60.0, List.of(), Map.of(), 0, 0, 0, 0)))
                .isEqualByComparingTo("0");
        assertThat(one(stepped, NOTHING)).isEqualByComparingTo("0");

        Criterion proportional = criterion(1, null, "2", "2", CriterionKind.ACTIVITIES_DONE,
                Map.of("mode", "PROPORTIONAL"));
        // 6 done of 8 (10 due, 2 dropped): 2 × 6/8 = 1.5.
        assertThat(one(proportional, facts(null, 10, 2, 6, 75.0, List.of(), Map.of(), 0, 0, 0, 0)))
                .isEqualByComparingTo("1.5");
        assertThat(one(proportional, NOTHING)).isEqualByComparingTo("0");
    }

    @Test
    void targetsMetProportionalGivesFourOfFiveAsPointEightAndSteppedUsesTheShare() {
        Criterion proportional = criterion(1, null, "a", "1", CriterionKind.TARGETS_MET, Map.of("mode", "PROPORTIONAL"));
        assertThat(one(proportional, facts(null, 0, 0, 0, null, targets(4, 1), Map.of(), 0, 0, 0, 0)))
                .isEqualByComparingTo("0.8");
        // 2 of 3: 0.666… rounds to 0.67.
        assertThat(one(proportional, facts(null, 0, 0, 0, null, targets(2, 1), Map.of(), 0, 0, 0, 0)))
                .isEqualByComparingTo("0.67");
        // An indicator without a target is not counted either way.
        List<ScoringFacts.IndicatorFact> untargeted = new ArrayList<>(targets(1, 1));
        untargeted.add(new ScoringFacts.IndicatorFact("FREE", 0, 50));
        assertThat(one(proportional, facts(null, 0, 0, 0, null, untargeted, Map.of(), 0, 0, 0, 0)))
                .isEqualByComparingTo("0.5");
        assertThat(one(proportional, NOTHING)).isEqualByComparingTo("0");

        Criterion stepped = criterion(1, null, "a", "2", CriterionKind.TARGETS_MET, Map.of("mode", "STEPPED",
                "highPercent", "75", "highPoints", "2", "lowPercent", "50", "midPoints", "1", "lowPoints", "0"));
        assertThat(one(stepped, facts(null, 0, 0, 0, null, targets(4, 1), Map.of(), 0, 0, 0, 0)))
                .isEqualByComparingTo("2");
        assertThat(one(stepped, facts(null, 0, 0, 0, null, targets(3, 1), Map.of(), 0, 0, 0, 0)))
                .isEqualByComparingTo("1");
        assertThat(one(stepped, facts(null, 0, 0, 0, null, targets(1, 3), Map.of(), 0, 0, 0, 0)))
                .isEqualByComparingTo("0");
    }

    @Test
    void reportsOnTimeAllOrNothing() {
        Criterion c = criterion(1, null, "3", "1", CriterionKind.REPORTS_ON_TIME, Map.of("mode", "ALL",
                "onTimePoints", "1", "latePoints", "0"));
        assertThat(one(c, facts(null, 0, 0, 0, null, List.of(), Map.of(), 4, 4, 0, 0))).isEqualByComparingTo("1");
        assertThat(one(c, facts(null, 0, 0, 0, null, List.of(), Map.of(), 4, 3, 1, 0))).isEqualByComparingTo("0");
        // No report expected is not "all on time".
        assertThat(one(c, NOTHING)).isEqualByComparingTo("0");
    }

    @Test
    void reportsOnTimeDeductsPerLateAndPerMissingReportDownToTheMinimum() {
        Criterion c = criterion(1, null, "3", "0", CriterionKind.REPORTS_ON_TIME, Map.of("mode", "DEDUCTION",
                "latePoints", "-0.25", "missingPoints", "-1"));
        assertThat(one(c, facts(null, 0, 0, 0, null, List.of(), Map.of(), 4, 4, 0, 0))).isEqualByComparingTo("0");
        assertThat(one(c, facts(null, 0, 0, 0, null, List.of(), Map.of(), 4, 2, 2, 0))).isEqualByComparingTo("-0.5");
        assertThat(one(c, facts(null, 0, 0, 0, null, List.of(), Map.of(), 4, 1, 2, 1))).isEqualByComparingTo("-1.5");
        Criterion floored = criterion(1, null, "3", "0", CriterionKind.REPORTS_ON_TIME, Map.of("mode", "DEDUCTION",
                "latePoints", "-0.25", "missingPoints", "-1", "minimumPoints", "-1"));
        assertThat(one(floored, facts(null, 0, 0, 0, null, List.of(), Map.of(), 4, 1, 2, 1)))
                .isEqualByComparingTo("-1");
    }

    @Test
    void channelDiversityCountsChannelsPerGroupUpToEachGroupsCap() {
        Criterion c = criterion(1, null, "b", "1", CriterionKind.CHANNEL_DIVERSITY, Map.of("onlinePerChannel",
                "0.25", "onlineCap", "0.5", "traditionalPerChannel", "0.5", "traditionalCap", "0.5"));
        assertThat(one(c, facts(null, 0, 0, 0, null, List.of(), Map.of("ONLINE", 1), 0, 0, 0, 0)))
                .isEqualByComparingTo("0.25");
        assertThat(one(c, facts(null, 0, 0, 0, null, List.of(), Map.of("ONLINE", 3), 0, 0, 0, 0)))
                .isEqualByComparingTo("0.5");
        assertThat(one(c, facts(null, 0, 0, 0, null, List.of(), Map.of("TRADITIONAL", 4), 0, 0, 0, 0)))
                .isEqualByComparingTo("0.5");
        assertThat(one(c, facts(null, 0, 0, 0, null, List.of(), Map.of("ONLINE", 2, "TRADITIONAL", 1), 0, 0, 0, 0)))
                .isEqualByComparingTo("1");
        assertThat(one(c, NOTHING)).isEqualByComparingTo("0");
    }

    @Test
    void activityCountGivesPointsPerItemOfTheIndicatorUpToTheMaximum() {
        Criterion c = criterion(1, null, "c", "1", CriterionKind.ACTIVITY_COUNT, Map.of("indicator", "CONFERENCES",
                "perItem", "0.25"));
        List<ScoringFacts.IndicatorFact> two = List.of(new ScoringFacts.IndicatorFact("CONFERENCES", 0, 2),
                new ScoringFacts.IndicatorFact("NEWS_POSTED", 10, 40));
        assertThat(one(c, facts(null, 0, 0, 0, null, two, Map.of(), 0, 0, 0, 0))).isEqualByComparingTo("0.5");
        List<ScoringFacts.IndicatorFact> nine = List.of(new ScoringFacts.IndicatorFact("conferences", 5, 9));
        assertThat(one(c, facts(null, 0, 0, 0, null, nine, Map.of(), 0, 0, 0, 0))).isEqualByComparingTo("1");
        assertThat(one(c, NOTHING)).isEqualByComparingTo("0");
    }

    @Test
    void aManualCriterionComputesNothing() {
        Criterion c = criterion(1, null, "d", "1", CriterionKind.MANUAL, Map.of());
        assertThat(one(c, facts(LocalDate.of(2025, 1, 2), 10, 0, 10, 100.0, targets(5, 0), Map.of("ONLINE", 2), 4, 4,
                0, 0))).isEqualByComparingTo("0");
    }

    @Test
    void theCommuneSetScoresCommunicationOutOfTwo() {
        // Communication 2 points: carrying out the plan, 1 point in proportion to targets met;
        // diversity of channels, 1 point: 0.25 + 0.25 online, 0.5 traditional.
        CriteriaSet commune = new CriteriaSet(1, 1L, 2025, null, 0, List.of(
                criterion(1, null, "5", "2", CriterionKind.GROUP, Map.of()),
                criterion(2, 1L, "5.1", "1", CriterionKind.TARGETS_MET, Map.of("mode", "PROPORTIONAL")),
                criterion(3, 1L, "5.2", "1", CriterionKind.CHANNEL_DIVERSITY, Map.of("onlinePerChannel", "0.25",
                        "onlineCap", "0.5", "traditionalPerChannel", "0.5", "traditionalCap", "0.5"))));

        // 4 of 5 targets met (0.8); a portal and Zalo online (0.5), meetings traditional (0.5).
        List<CriterionScore> scores = CriteriaScoring.score(commune, facts(null, 0, 0, 0, null, targets(4, 1),
                Map.of("ONLINE", 2, "TRADITIONAL", 1), 0, 0, 0, 0));
        assertThat(scores).extracting(s -> s.criterion().code(), CriterionScore::depth)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("5", 0), org.assertj.core.groups.Tuple.tuple("5.1", 1),
                        org.assertj.core.groups.Tuple.tuple("5.2", 1));
        assertThat(scores).extracting(CriterionScore::points).map(BigDecimal::toPlainString)
                .containsExactly("1.8", "0.8", "1");
        assertThat(CriteriaScoring.total(scores)).isEqualByComparingTo("1.8");
        assertThat(commune.maximum()).isEqualByComparingTo("2");

        // One online channel only, all five targets met: 1 + 0.25.
        assertThat(CriteriaScoring.total(CriteriaScoring.score(commune, facts(null, 0, 0, 0, null, targets(5, 0),
                Map.of("ONLINE", 1), 0, 0, 0, 0)))).isEqualByComparingTo("1.25");
    }

    @Test
    void theHospitalSheetDeductsForNoPlanAndForEachLateOrMissingReport() {
        CriteriaSet hospital = new CriteriaSet(1, 1L, 2025, null, 0, List.of(
                criterion(1, null, "II", "0", CriterionKind.GROUP, Map.of()),
                criterion(2, 1L, "II.1", "0", CriterionKind.PLAN_ISSUED, Map.of("deadlineMonth", "3", "deadlineDay",
                        "31", "onTimePoints", "0", "latePoints", "0", "nonePoints", "-1")),
                criterion(3, 1L, "II.2", "0", CriterionKind.REPORTS_ON_TIME, Map.of("mode", "DEDUCTION",
                        "latePoints", "-0.25", "missingPoints", "-1"))));

        // No plan (−1), one report late (−0.25), one missing (−1): −2.25.
        List<CriterionScore> scores = CriteriaScoring.score(hospital, facts(null, 0, 0, 0, null, List.of(), Map.of(),
                4, 2, 1, 1));
        assertThat(scores).extracting(CriterionScore::points).map(BigDecimal::toPlainString)
                .containsExactly("-2.25", "-1", "-1.25");
        assertThat(CriteriaScoring.total(scores)).isEqualByComparingTo("-2.25");

        // A plan issued after the deadline (the sheet deducts only for none) and every report on time: 0.
        assertThat(CriteriaScoring.total(CriteriaScoring.score(hospital, facts(LocalDate.of(2025, 4, 20), 0, 0, 0,
                null, List.of(), Map.of(), 4, 4, 0, 0)))).isEqualByComparingTo("0");
    }

    @Test
    void aGroupNeverScoresAboveItsMaximum() {
        CriteriaSet set = new CriteriaSet(1, 1L, 2025, null, 0, List.of(
                criterion(1, null, "1", "1", CriterionKind.GROUP, Map.of()),
                criterion(2, 1L, "1.1", "1", CriterionKind.TARGETS_MET, Map.of("mode", "PROPORTIONAL")),
                criterion(3, 1L, "1.2", "1", CriterionKind.TARGETS_MET, Map.of("mode", "PROPORTIONAL"))));
        assertThat(CriteriaScoring.total(CriteriaScoring.score(set, facts(null, 0, 0, 0, null, targets(2, 0),
                Map.of(), 0, 0, 0, 0)))).isEqualByComparingTo("1");
    }
}
