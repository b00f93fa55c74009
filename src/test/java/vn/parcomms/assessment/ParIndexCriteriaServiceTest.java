package vn.parcomms.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.catalog.ChannelView;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.rollup.RollupDataSet;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;

/**
 * The province's criteria sets on the real migrations: the three-point rule migrated as the
 * default set, the province's own set made by its first change, copied from last year, every change
 * in the history, and the two example sets of issue 16 scored on the rollup's hand-checked 2025
 * data (see RollupServiceTest: targets 21 / 7 with 7 / 2 accepted, so no target met; accepted
 * figures on channel 0, the portal, and channel 1, the press; the agency's plan issued 6 February
 * 2025; none of its four consolidated reports sent).
 */
@IntegrationTest
class ParIndexCriteriaServiceTest {

    @Autowired
    ParIndexCriteriaService criteria;
    @Autowired
    ParIndexService assessments;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    PlanDrafting planDrafting;
    @Autowired
    PlanLifecycle planLifecycle;
    @Autowired
    CatalogService catalog;
    @Autowired
    ReportDetailsReader reportReader;
    @Autowired
    ReportDrafting reportDrafting;
    @Autowired
    ReportLifecycle reportLifecycle;
    @Autowired
    TransactionTemplate transactions;

    World world;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
    }

    static CriterionCommand command(String code, String parent, int position, String max, CriterionKind kind,
            Map<String, String> params) {
        return new CriterionCommand(code, parent, position, "Tiêu chí " + code, new BigDecimal(max), kind, params);
    }

    Long version(int year) {
        return criteria.page(world.admin(), year).version();
    }

    @Test
    void theDefaultSetIsTheThreePointRuleWithItsValues() {
        CriteriaSetPage page = criteria.page(world.admin(), 2025);

        assertThat(page.own()).isFalse();
        assertThat(page.version()).isNull();
        assertThat(page.set().provinceNodeId()).isNull();
        assertThat(page.set().criteria()).extracting(Criterion::code, Criterion::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", CriterionKind.PLAN_ISSUED),
                org.assertj.core.groups.Tuple.tuple("2", CriterionKind.ACTIVITIES_DONE),
                org.assertj.core.groups.Tuple.tuple("3", CriterionKind.REPORTS_ON_TIME));
        assertThat(page.set().criteria()).extracting(Criterion::describe).containsExactly(
                "1 | Ban hành kế hoạch đúng hạn | PLAN_ISSUED | 1 | deadlineDay=31 | deadlineMonth=1 | latePoints=0.5"
                        + " | nonePoints=0 | onTimePoints=1",
                "2 | Tỷ lệ thực hiện kế hoạch | ACTIVITIES_DONE | 2 | highPercent=90 | highPoints=2 | lowPercent=70"
                        + " | lowPoints=0 | midPoints=1 | mode=STEPPED",
                "3 | Báo cáo định kỳ đúng hạn | REPORTS_ON_TIME | 1 | latePoints=0 | mode=ALL | onTimePoints=1");
        assertThat(page.set().maximum()).isEqualByComparingTo("4");
        assertThat(page.history()).isEmpty();
    }

    @Test
    void theFirstChangeMakesTheProvincesOwnSetAndTheHistoryKeepsBeforeAndAfter() {
        criteria.update(world.admin(), 2025, null, "1", command("1", null, 1, "3", CriterionKind.PLAN_ISSUED,
                Map.of("deadlineMonth", "2", "deadlineDay", "28", "onTimePoints", "3", "latePoints", "1",
                        "nonePoints", "0")));

        CriteriaSetPage page = criteria.page(world.admin(), 2025);
        assertThat(page.own()).isTrue();
        assertThat(page.set().provinceNodeId()).isEqualTo(world.province());
        assertThat(page.set().criteria()).extracting(Criterion::code).containsExactly("1", "2", "3");
        assertThat(page.set().maximum()).isEqualByComparingTo("6");
        assertThat(page.ownYears()).containsExactly(2025);
        assertThat(page.history()).extracting(CriteriaChange::action).containsExactly("CHANGED", "CREATED");
        CriteriaChange changed = page.history().get(0);
        assertThat(changed.criterionCode()).isEqualTo("1");
        assertThat(changed.before()).contains("| 1 |", "deadlineMonth=1", "onTimePoints=1");
        assertThat(changed.after()).contains("Tiêu chí 1", "| 3 |", "deadlineMonth=2", "onTimePoints=3");
        assertThat(changed.actorName()).isEqualTo(world.admin().fullName());

        // Another year and another province keep the default.
        assertThat(criteria.page(world.admin(), 2024).own()).isFalse();
        World other = fixtures.newWorld();
        assertThat(criteria.page(other.admin(), 2025).set().provinceNodeId()).isNull();
        assertThat(criteria.page(other.admin(), 2025).history()).isEmpty();
    }

    @Test
    void aChangeNamingAnOldVersionOfTheSetIsRefused() {
        criteria.add(world.admin(), 2025, null, command("4", null, 4, "1", CriterionKind.MANUAL, Map.of()));
        long seen = version(2025);
        criteria.remove(world.admin(), 2025, seen, "4");

        // Null (the user saw the default) and the version before the removal are both stale now.
        assertThatThrownBy(() -> criteria.add(world.admin(), 2025, null, command("5", null, 5, "1",
                CriterionKind.MANUAL, Map.of()))).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("parIndex.error.conflict");
        assertThatThrownBy(() -> criteria.add(world.admin(), 2025, seen, command("5", null, 5, "1",
                CriterionKind.MANUAL, Map.of()))).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("parIndex.error.conflict");
        assertThat(criteria.page(world.admin(), 2025).set().criteria()).extracting(Criterion::code)
                .containsExactly("1", "2", "3");
        assertThat(criteria.page(world.admin(), 2025).history()).extracting(CriteriaChange::action)
                .containsExactly("REMOVED", "ADDED", "CREATED");
    }

    @Test
    void parametersAreCheckedForTheKindAndOthersAreDropped() {
        assertThatThrownBy(() -> criteria.add(world.admin(), 2025, null, command("4", null, 4, "1",
                CriterionKind.PLAN_ISSUED, Map.of("deadlineMonth", "13", "deadlineDay", "1", "onTimePoints", "1",
                        "latePoints", "0", "nonePoints", "0")))).isInstanceOf(DomainException.class)
                .extracting("field").isEqualTo("params[deadlineMonth]");
        assertThatThrownBy(() -> criteria.add(world.admin(), 2025, null, command("4", null, 4, "1",
                CriterionKind.REPORTS_ON_TIME, Map.of("mode", "DEDUCTION", "latePoints", "-0.25"))))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("params[missingPoints]");
        assertThatThrownBy(() -> criteria.add(world.admin(), 2025, null, command("4", null, 4, "1",
                CriterionKind.TARGETS_MET, Map.of("mode", "SOMETIMES")))).isInstanceOf(DomainException.class)
                .extracting("field").isEqualTo("params[mode]");
        assertThatThrownBy(() -> criteria.add(world.admin(), 2025, null, command("4", null, 4, "1",
                CriterionKind.CHANNEL_DIVERSITY, Map.of("onlinePerChannel", "much", "onlineCap", "1",
                        "traditionalPerChannel", "1", "traditionalCap", "1")))).isInstanceOf(DomainException.class)
                .extracting("field").isEqualTo("params[onlinePerChannel]");
        // A sub-criterion belongs to a group; criterion 1 computes a plan point.
        assertThatThrownBy(() -> criteria.add(world.admin(), 2025, null, command("1.1", "1", 4, "1",
                CriterionKind.MANUAL, Map.of()))).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("parIndex.criteria.error.parentKind");
        assertThat(criteria.page(world.admin(), 2025).own()).isFalse();

        criteria.add(world.admin(), 2025, null, command("4", null, 4, "1", CriterionKind.TARGETS_MET,
                Map.of("mode", "PROPORTIONAL", "indicator", "NEWS_POSTED", "highPercent", "")));
        assertThat(criteria.page(world.admin(), 2025).set().criteria().get(3).params())
                .containsExactly(Map.entry("mode", "PROPORTIONAL"));
    }

    @Test
    void aSetIsCopiedFromLastYearWithEveryCriterionAndParameter() {
        buildCommuneSet(2025);
        assertThatThrownBy(() -> criteria.copyFromLastYear(world.admin(), 2025, version(2025)))
                .isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("parIndex.criteria.error.noLastYear");
        assertThat(criteria.page(world.admin(), 2026).lastYearOwn()).isTrue();

        criteria.copyFromLastYear(world.admin(), 2026, null);

        CriteriaSetPage copy = criteria.page(world.admin(), 2026);
        assertThat(copy.own()).isTrue();
        assertThat(copy.set().copiedFromYear()).isEqualTo(2025);
        assertThat(copy.set().criteria()).extracting(Criterion::describe).containsExactlyElementsOf(
                criteria.page(world.admin(), 2025).set().criteria().stream().map(Criterion::describe).toList());
        // Sub-criteria keep their criterion in the copy.
        Criterion group = copy.set().criteria().get(0);
        assertThat(copy.set().childrenOf(group.id())).extracting(Criterion::code).containsExactly("5.1", "5.2");
        assertThat(copy.history().get(0).action()).isEqualTo("COPIED");
        assertThat(copy.history().get(0).year()).isEqualTo(2026);

        // A change of the copy leaves last year's set as it was.
        criteria.remove(world.admin(), 2026, copy.version(), "5.2");
        assertThat(criteria.page(world.admin(), 2025).set().criteria()).hasSize(3);
        assertThat(criteria.page(world.admin(), 2026).set().criteria()).hasSize(2);
        // Copying again puts last year's criteria back in place of this year's.
        criteria.copyFromLastYear(world.admin(), 2026, version(2026));
        assertThat(criteria.page(world.admin(), 2026).set().criteria()).hasSize(3);
    }

    @Test
    void onlyTheProvincesOwnAdministratorSeesOrChangesTheCriteria() {
        List<CurrentUser> others = List.of(world.office(), world.leader(), world.unitUserA(), world.reviewer(),
                new CurrentUser(world.admin().id(), world.admin().username(), "Quản trị Sở", Role.ADMIN,
                        world.agency()));
        for (CurrentUser user : others) {
            assertThatThrownBy(() -> criteria.page(user, 2025)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> criteria.add(user, 2025, null, command("9", null, 9, "1", CriterionKind.MANUAL,
                    Map.of()))).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> criteria.copyFromLastYear(user, 2025, null))
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThat(criteria.page(world.admin(), 2025).own()).isFalse();
    }

    /** The commune set of issue 16: communication 2 points, targets met (1) and channel diversity (1). */
    void buildCommuneSet(int year) {
        criteria.add(world.admin(), year, version(year), command("5", null, 10, "2", CriterionKind.GROUP, Map.of()));
        criteria.add(world.admin(), year, version(year), command("5.1", "5", 11, "1", CriterionKind.TARGETS_MET,
                Map.of("mode", "PROPORTIONAL")));
        criteria.add(world.admin(), year, version(year), command("5.2", "5", 12, "1",
                CriterionKind.CHANNEL_DIVERSITY, Map.of("onlinePerChannel", "0.25", "onlineCap", "0.5",
                        "traditionalPerChannel", "0.5", "traditionalCap", "0.5")));
        for (String code : List.of("1", "2", "3")) {
            criteria.remove(world.admin(), year, version(year), code);
        }
    }

    @Test
    void theCommuneSetScoresTheAgencysTargetsAndChannelGroupsFromTheRollup() {
        RollupDataSet.HandChecked data = new RollupDataSet(planReader, planDrafting, planLifecycle, catalog,
                reportReader, reportDrafting, reportLifecycle, transactions).handChecked(world);
        List<Long> channels = data.plan().channels();
        assertThat(catalog.channelsById(channels).values()).extracting(ChannelView::code, ChannelView::group)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("PORTAL", "ONLINE"),
                        org.assertj.core.groups.Tuple.tuple("PRESS", "TRADITIONAL"));
        buildCommuneSet(2025);

        ParIndex index = assessments.assess(world.office(), null, 2025);

        // No target reached (7 of 21, 2 of 7): 0; one online channel 0.25, one traditional 0.5.
        assertThat(index.scores()).extracting(s -> s.criterion().code(), s -> s.points().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("5", "0.75"),
                        org.assertj.core.groups.Tuple.tuple("5.1", "0"),
                        org.assertj.core.groups.Tuple.tuple("5.2", "0.75"));
        assertThat(index.scores().get(1).detailArgs()).containsExactly(0, 2);
        assertThat(index.scores().get(2).detailArgs()).containsExactly(1, 1);
        assertThat(index.total()).isEqualByComparingTo("0.75");
        assertThat(index.maximum()).isEqualByComparingTo("2");
        // The set has no plan, completion or reports criterion: those facts are shown without points.
        assertThat(index.plan().points()).isNull();
        assertThat(index.carried().done()).isEqualTo(1);
        assertThat(index.carried().points()).isNull();
    }

    @Test
    void theHospitalSheetDeductsForTheAgencysFourMissingConsolidatedReports() {
        new RollupDataSet(planReader, planDrafting, planLifecycle, catalog, reportReader, reportDrafting,
                reportLifecycle, transactions).handChecked(world);
        criteria.add(world.admin(), 2025, null, command("II", null, 10, "0", CriterionKind.GROUP, Map.of()));
        criteria.add(world.admin(), 2025, version(2025), command("II.1", "II", 11, "0", CriterionKind.PLAN_ISSUED,
                Map.of("deadlineMonth", "3", "deadlineDay", "31", "onTimePoints", "0", "latePoints", "0",
                        "nonePoints", "-1")));
        criteria.add(world.admin(), 2025, version(2025), command("II.2", "II", 12, "0",
                CriterionKind.REPORTS_ON_TIME, Map.of("mode", "DEDUCTION", "latePoints", "-0.25", "missingPoints",
                        "-1")));
        for (String code : List.of("1", "2", "3")) {
            criteria.remove(world.admin(), 2025, version(2025), code);
        }

        ParIndex index = assessments.assess(world.office(), null, 2025);

        // The plan was issued on 6 February, before 31 March: no deduction; four consolidated reports
        // overdue: −1 each.
        assertThat(index.scores()).extracting(s -> s.criterion().code(), s -> s.points().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("II", "-4"),
                        org.assertj.core.groups.Tuple.tuple("II.1", "0"),
                        org.assertj.core.groups.Tuple.tuple("II.2", "-4"));
        assertThat(index.plan().onTime()).isTrue();
        assertThat(index.total()).isEqualByComparingTo("-4");

        // A unit of the agency without a plan of its own: −1 for no plan.
        ParIndex unit = assessments.assess(world.unitUserA(), null, 2025);
        assertThat(unit.scores().get(1).points()).isEqualByComparingTo("-1");
    }
}
