package vn.parcomms.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.consolidation.ConsolidationDeadlineService;
import vn.parcomms.consolidation.ConsolidationService;
import vn.parcomms.consolidation.ConsolidationStatus;
import vn.parcomms.consolidation.ConsolidationTimeliness;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.review.ProvinceReview.Agency;
import vn.parcomms.review.ProvinceReview.PeriodSummary;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;

/**
 * Timeliness of the agencies' consolidated reports on a small hand-checked province, judged on
 * Friday 10 April 2099 at 09:00 (Vietnam time). Default deadlines of 2099 (cut-off + 5 working
 * days): Q1 Sat 14 Mar → Fri 20 Mar; 6 months Sun 14 Jun → Fri 19 Jun; 9 months Mon 14 Sep →
 * Mon 21 Sep; year Mon 14 Dec → Mon 21 Dec.
 * <ul>
 * <li>A sends Q1 on 20 Mar at 23:30 (16:30 UTC, still the deadline day in Vietnam): on time; it
 * also sends its 6-month report early, on 8 Apr: on time although not yet due;</li>
 * <li>B sends Q1 on 21 Mar at 00:10 (20 Mar 17:10 UTC, the next day in Vietnam): late;</li>
 * <li>C drafts Q1 and never sends it: overdue (status draft);</li>
 * <li>D sends Q1 on 16 Mar (on time) and has not sent its 6-month report: not yet due;</li>
 * <li>E sends Q1 on 17 Mar, Home Affairs returns it, E sends it again on 5 Apr: on time (the first
 * sending counts), status sent again;</li>
 * <li>Home Affairs itself (an agency too) sends nothing: overdue for Q1.</li>
 * </ul>
 * So Q1: expected 6, sent 4, on time 3 (A, D, E), late 1 (B), overdue 2 (C, Home Affairs),
 * completeness 4/6 = 66.7 %, timeliness 3/(3+1+2) = 50.0 %. 6 months: expected 6, sent 1 (A, on
 * time), 5 not yet due, 16.7 %, 100.0 %. 9 months and year: 6 not yet due, 0.0 %, no timeliness.
 */
@IntegrationTest
class ProvinceTimelinessTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Clock APRIL_10 = at(LocalDateTime.of(2099, 4, 10, 9, 0));

    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures planFixtures;
    @Autowired
    ConsolidationService consolidations;
    @Autowired
    ConsolidationDeadlineService deadlines;
    @Autowired
    ProvinceReviewService reviews;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    /** The agencies' issued plan of 2099, one each. */
    final java.util.Map<Long, Long> plans = new java.util.HashMap<>();
    World a;
    World b;
    World c;
    World d;
    World e;
    long aQ1;
    long cQ1;
    long eQ1;

    @BeforeEach
    void setUp() {
        a = fixtures.newWorld();
        b = fixtures.anotherAgency(a, "Sở B");
        c = fixtures.anotherAgency(a, "Sở C");
        d = fixtures.anotherAgency(a, "Sở D");
        e = fixtures.anotherAgency(a, "Sở E");
        aQ1 = send(a, ReportPeriod.Q1, LocalDateTime.of(2099, 3, 20, 23, 30));
        send(a, ReportPeriod.H1, LocalDateTime.of(2099, 4, 8, 10, 0));
        send(b, ReportPeriod.Q1, LocalDateTime.of(2099, 3, 21, 0, 10));
        cQ1 = consolidations.open(c.office(), planFixtures.issuedPlan(c, 2099).id(), ReportPeriod.Q1);
        send(d, ReportPeriod.Q1, LocalDateTime.of(2099, 3, 16, 8, 0));
        eQ1 = send(e, ReportPeriod.Q1, LocalDateTime.of(2099, 3, 17, 8, 0));
        consolidations.returnForRevision(a.reviewer(), eQ1, version(e, eQ1), "Thiếu số liệu quý I");
        consolidations.submit(e.office(), eQ1, version(e, eQ1));
        consolidations.approve(e.leader(), eQ1, version(e, eQ1));
        sendAt(e, eQ1, LocalDateTime.of(2099, 4, 5, 14, 0));
    }

    static Clock at(LocalDateTime time) {
        return Clock.fixed(time.atZone(VIETNAM).toInstant(), VIETNAM);
    }

    /** The agency drafts its consolidated report of the period on a new issued plan and sends it at {@code time}. */
    long send(World agency, ReportPeriod period, LocalDateTime time) {
        long plan = plans.computeIfAbsent(agency.agency(), k -> planFixtures.issuedPlan(agency, 2099).id());
        long id = consolidations.open(agency.office(), plan, period);
        consolidations.submit(agency.office(), id, version(agency, id));
        consolidations.approve(agency.leader(), id, version(agency, id));
        sendAt(agency, id, time);
        return id;
    }

    void sendAt(World agency, long id, LocalDateTime time) {
        transactions.executeWithoutResult(tx -> consolidations.withClock(at(time)).send(agency.office(), id,
                version(agency, id)));
    }

    long version(World agency, long id) {
        return consolidations.details(agency.office(), id).version();
    }

    ProvinceReview review(Clock clock) {
        return transactions.execute(tx -> reviews.withClock(clock).review(a.reviewer(), 2099, ReportPeriod.Q1));
    }

    static Agency agency(ProvinceReview review, World world) {
        return review.agencies().stream().filter(x -> x.nodeId() == world.agency()).findFirst().orElseThrow();
    }

    static PeriodSummary summary(ProvinceReview review, ReportPeriod period) {
        return review.summaries().stream().filter(s -> s.period() == period).findFirst().orElseThrow();
    }

    @Test
    void eachAgencyIsOnTimeLateOverdueOrNotYetDuePerPeriod() {
        ProvinceReview review = review(APRIL_10);

        assertThat(review.deadlines()).containsEntry(ReportPeriod.Q1, LocalDate.of(2099, 3, 20))
                .containsEntry(ReportPeriod.H1, LocalDate.of(2099, 6, 19))
                .containsEntry(ReportPeriod.M9, LocalDate.of(2099, 9, 21))
                .containsEntry(ReportPeriod.YEAR, LocalDate.of(2099, 12, 21));
        assertThat(agency(review, a).timeliness()).containsEntry(ReportPeriod.Q1, ConsolidationTimeliness.ON_TIME)
                .containsEntry(ReportPeriod.H1, ConsolidationTimeliness.ON_TIME)
                .containsEntry(ReportPeriod.M9, ConsolidationTimeliness.NOT_YET_DUE);
        assertThat(agency(review, a).consolidated().get(ReportPeriod.Q1).firstSentOn())
                .as("23:30 in Vietnam is still 20 March").isEqualTo(LocalDate.of(2099, 3, 20));
        assertThat(agency(review, b).timeliness()).containsEntry(ReportPeriod.Q1, ConsolidationTimeliness.LATE);
        assertThat(agency(review, b).consolidated().get(ReportPeriod.Q1).firstSentOn())
                .isEqualTo(LocalDate.of(2099, 3, 21));
        assertThat(agency(review, c).timeliness()).containsEntry(ReportPeriod.Q1, ConsolidationTimeliness.OVERDUE);
        assertThat(agency(review, c).consolidated().get(ReportPeriod.Q1).status()).isEqualTo(ConsolidationStatus.DRAFT);
        assertThat(agency(review, d).timeliness()).containsEntry(ReportPeriod.Q1, ConsolidationTimeliness.ON_TIME)
                .containsEntry(ReportPeriod.H1, ConsolidationTimeliness.NOT_YET_DUE);
        ProvinceReview.Consolidated resent = agency(review, e).consolidated().get(ReportPeriod.Q1);
        assertThat(agency(review, e).timeliness()).containsEntry(ReportPeriod.Q1, ConsolidationTimeliness.ON_TIME);
        assertThat(resent.status()).isEqualTo(ConsolidationStatus.SENT);
        assertThat(resent.firstSentOn()).isEqualTo(LocalDate.of(2099, 3, 17));
        assertThat(resent.sentOn()).isEqualTo(LocalDate.of(2099, 4, 5));
        assertThat(resent.resent()).isTrue();
        Agency homeAffairs = review.agencies().stream().filter(x -> x.nodeId() == a.homeAffairs()).findFirst()
                .orElseThrow();
        // Home Affairs receives the reports: it is not an agency that must send one to itself (issue 14, 7c).
        assertThat(homeAffairs.receives()).isTrue();
        assertThat(homeAffairs.timeliness()).isEmpty();
        assertThat(homeAffairs.consolidated()).isEmpty();
        assertThat(agency(review, c).receives()).isFalse();
    }

    @Test
    void theSummaryCountsExpectedSentOnTimeLateAndOverduePerPeriod() {
        ProvinceReview review = review(APRIL_10);

        assertThat(review.agencies()).hasSize(6);
        PeriodSummary q1 = summary(review, ReportPeriod.Q1);
        assertThat(q1).extracting(PeriodSummary::expected, PeriodSummary::sent, PeriodSummary::onTime,
                PeriodSummary::late, PeriodSummary::overdue, PeriodSummary::notYetDue).containsExactly(5, 4, 3, 1, 1, 0);
        assertThat(q1.completenessPercent()).isEqualTo(80.0);
        assertThat(q1.timelinessPercent()).isEqualTo(60.0);
        PeriodSummary h1 = summary(review, ReportPeriod.H1);
        assertThat(h1).extracting(PeriodSummary::expected, PeriodSummary::sent, PeriodSummary::onTime,
                PeriodSummary::late, PeriodSummary::overdue, PeriodSummary::notYetDue).containsExactly(5, 1, 1, 0, 0, 4);
        assertThat(h1.completenessPercent()).isEqualTo(20.0);
        assertThat(h1.timelinessPercent()).isEqualTo(100.0);
        PeriodSummary year = summary(review, ReportPeriod.YEAR);
        assertThat(year.notYetDue()).as("every agency but Home Affairs").isEqualTo(5);
        assertThat(year.completenessPercent()).isEqualTo(0.0);
        assertThat(year.timelinessPercent()).as("nothing due yet").isNull();
    }

    @Test
    void beforeTheDeadlineDayEndsNothingIsOverdueAndAfterItTheUnsentAre() {
        ProvinceReview deadlineDay = review(at(LocalDateTime.of(2099, 3, 20, 23, 59)));
        assertThat(agency(deadlineDay, c).timeliness()).containsEntry(ReportPeriod.Q1,
                ConsolidationTimeliness.NOT_YET_DUE);
        ProvinceReview nextDay = review(at(LocalDateTime.of(2099, 3, 21, 0, 0)));
        assertThat(agency(nextDay, c).timeliness()).containsEntry(ReportPeriod.Q1, ConsolidationTimeliness.OVERDUE);
    }

    @Test
    void homeAffairsMovingTheDeadlineRelabelsTheReportsAtOnce() {
        deadlines.setDeadline(a.reviewer(), 2099, ReportPeriod.Q1, LocalDate.of(2099, 3, 23), null);

        ProvinceReview review = review(APRIL_10);
        assertThat(review.deadlines()).containsEntry(ReportPeriod.Q1, LocalDate.of(2099, 3, 23));
        assertThat(agency(review, b).timeliness()).containsEntry(ReportPeriod.Q1, ConsolidationTimeliness.ON_TIME);
        assertThat(summary(review, ReportPeriod.Q1).late()).isZero();
        assertThat(summary(review, ReportPeriod.Q1).deadline()).isEqualTo(LocalDate.of(2099, 3, 23));
    }

    @Test
    void aDeactivatedAgencyIsExpectedOnlyForThePeriodsItSent() {
        // C (drafted Q1, never sent) and D (sent Q1, not the 6 months) are merged away. Deactivating
        // them through the organisation pages needs their users and units gone first; the flag is
        // all this rule reads.
        jdbc.sql("update org_node set active = false where id in (:ids)")
                .param("ids", java.util.List.of(c.agency(), d.agency())).update();

        ProvinceReview review = review(APRIL_10);
        assertThat(agency(review, c).timeliness()).isEmpty();
        assertThat(agency(review, d).timeliness()).containsOnlyKeys(ReportPeriod.Q1);
        PeriodSummary q1 = summary(review, ReportPeriod.Q1);
        assertThat(q1).extracting(PeriodSummary::expected, PeriodSummary::sent, PeriodSummary::onTime,
                PeriodSummary::late, PeriodSummary::overdue).containsExactly(4, 4, 3, 1, 0);
        assertThat(q1.completenessPercent()).isEqualTo(100.0);
        assertThat(q1.timelinessPercent()).isEqualTo(75.0);
        assertThat(summary(review, ReportPeriod.H1).expected()).isEqualTo(3);
    }
}
