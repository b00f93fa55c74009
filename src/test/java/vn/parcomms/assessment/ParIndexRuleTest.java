package vn.parcomms.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The scoring of the example rule of DOMAIN.md (plan by 31 January; 90 % / 70 %; reports). */
class ParIndexRuleTest {

    static final ParIndexRule RULE = new ParIndexRule(1, null, null, 1, 31, bd("1"), bd("0.5"), bd("0"), bd("90"),
            bd("70"), bd("2"), bd("1"), bd("0"), bd("1"), bd("0"), 0);

    static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    @Test
    void aPlanIssuedByTheDeadlineScoresOneAfterItHalfAndNoneZero() {
        assertThat(RULE.planPoints(LocalDate.of(2025, 1, 31), 2025)).isEqualByComparingTo("1");
        assertThat(RULE.planPoints(LocalDate.of(2025, 2, 1), 2025)).isEqualByComparingTo("0.5");
        assertThat(RULE.planPoints(null, 2025)).isEqualByComparingTo("0");
    }

    @Test
    void carriedOutAboveNinetyScoresTwoFromSeventyToNinetyOneBelowZero() {
        assertThat(RULE.carriedPoints(95.0)).isEqualByComparingTo("2");
        assertThat(RULE.carriedPoints(80.0)).isEqualByComparingTo("1");
        assertThat(RULE.carriedPoints(90.0)).isEqualByComparingTo("1");
        assertThat(RULE.carriedPoints(70.0)).isEqualByComparingTo("1");
        assertThat(RULE.carriedPoints(50.0)).isEqualByComparingTo("0");
        assertThat(RULE.carriedPoints(null)).isEqualByComparingTo("0");
    }

    @Test
    void reportsScoreOneOnlyWhenAllAreOnTime() {
        assertThat(RULE.reportsPoints(true)).isEqualByComparingTo("1");
        assertThat(RULE.reportsPoints(false)).isEqualByComparingTo("0");
    }

    @Test
    void theDeadlineDayIsKeptWithinTheMonthAndTheMaximumAddsTheBestPoints() {
        ParIndexRule feb = new ParIndexRule(1, null, null, 2, 31, bd("1"), bd("0.5"), bd("0"), bd("90"), bd("70"),
                bd("2"), bd("1"), bd("0"), bd("1"), bd("0"), 0);
        assertThat(feb.planDeadline(2025)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(RULE.maximum()).isEqualByComparingTo("4");
    }

    @Test
    void eachPointsMaximumIsItsBestScoreEvenWhenARuleRewardsALowerBand() {
        ParIndexRule odd = new ParIndexRule(1, null, null, 1, 31, bd("0.5"), bd("1.5"), bd("0"), bd("90"), bd("70"),
                bd("1"), bd("3"), bd("0"), bd("0"), bd("0.25"), 0);
        assertThat(odd.planMaximum()).isEqualByComparingTo("1.5");
        assertThat(odd.carriedMaximum()).isEqualByComparingTo("3");
        assertThat(odd.reportsMaximum()).isEqualByComparingTo("0.25");
        assertThat(odd.maximum()).isEqualByComparingTo("4.75");
    }
}
