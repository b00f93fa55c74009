package vn.parcomms.rollup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.account.AccountService;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Screenshots;

/**
 * A unit with its own plan (its department activity pre-filled and linked, one activity of its
 * own) files its Q1 report in the browser; the office accepts it, consolidates and sends; the
 * dashboard, the consolidated report and Home Affairs' province view show the same total, and the
 * unit's own activity is shown as added by the unit.
 */
@Import(PlanFixtures.class)
class UnitOwnPlanFiguresBrowserTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures planFixtures;
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
    AccountService accounts;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theUnitsOwnPlanFiguresReachTheConsolidatedReportAndHomeAffairsAsOnTheDashboard() {
        World world = fixtures.newWorld();
        IssuedPlan plan = planFixtures.issuedPlan(world, 2099);
        ParityProvince province = new ParityProvince(planReader, planDrafting, planLifecycle, catalog, reportReader,
                reportDrafting, reportLifecycle,
                accounts, transactions);
        province.officeOf.put(plan.id(), world.office());
        province.implementingPlan(world.unitUserA(), plan.id(),
                List.of(new ParityProvince.Activity(0, world.unitA(), List.of(1), List.of(1), Map.of(0, 9))),
                world.office());

        // The unit files Q1 on its own plan's activities, on a phone: 5 on each.
        page = signedIn(world.unitUserA(), true);
        page.navigate(url("/reports"));
        page.locator("#my-reports tr[data-period=Q1] button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/reports/\\d+/edit$"));
        String reportUrl = page.url().replaceAll("/edit$", "");
        Locator figures = page.locator("input[name*='.figures[']");
        // The linked activity and the unit's own (waits for the form to be there).
        assertThat(figures).hasCount(2);
        for (int i = 0; i < 2; i++) {
            figures.nth(i).fill("5");
            page.locator("select[name='entries[" + i + "].status']").selectOption("DONE");
            page.locator("textarea[name='entries[" + i + "].evidence']").fill("Công văn số " + (20 + i) + "/TTYT");
        }
        page.locator("#resultsSummary").fill("Đã đăng tin bài và phát tờ rơi về cải cách hành chính.");
        page.locator("#submit-report").click();
        assertThat(page.locator("#report-status")).hasText("Đã gửi");
        assertFitsTheScreenWidth();
        page.context().close();

        // The office accepts it, sees it on the dashboard, drafts the consolidated report and sends it.
        page = signedIn(world.office(), false);
        page.navigate(reportUrl);
        page.locator("#accept").click();
        assertThat(page.locator("#report-status")).hasText("Đã tiếp nhận");
        page.navigate(url("/rollups?plan=" + plan.id() + "&period=Q1"));
        assertThat(page.locator("#indicators-table tbody tr").first()).containsText("10");
        assertThat(page.locator("#content-table")).containsText("Hoạt động do đơn vị bổ sung");
        page.navigate(url("/consolidations"));
        page.locator("#new-consolidation").click();
        page.locator("#plan").selectOption(String.valueOf(plan.id()));
        page.locator("#period").selectOption("Q1");
        page.locator("#new-form button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/consolidations/\\d+$"));
        String consolidationUrl = page.url();
        assertThat(page.locator("#by-indicator")).containsText("10");
        assertThat(page.locator("#by-content")).containsText("Hoạt động do đơn vị bổ sung");
        page.locator("#submit").click();
        page.context().close();

        page = signedIn(world.leader(), false);
        page.navigate(consolidationUrl);
        page.locator("#approve").click();
        // Unit B has not filed: sending needs the confirmation, and the count goes into the report.
        assertThat(page.locator("#coverage-missing")).containsText("Trung tâm Y tế B");
        page.locator("#confirmIncomplete").check();
        page.locator("#send-incomplete #send").click();
        assertThat(page.locator("#consolidation-status")).hasText("Đã gửi Sở Nội vụ");
        assertThat(page.locator("#frozen-at")).isVisible();
        assertThat(page.locator("#coverage-note")).containsText("1/2");
        page.context().close();

        // Home Affairs sees the same total on the province view and in the report it received.
        page = signedIn(world.reviewer(), true);
        page.navigate(url("/rollups/province?year=2099&period=Q1"));
        assertThat(page.locator("#indicators-table tbody tr td.actual").first()).hasText("10");
        assertFitsTheScreenWidth();
        page.navigate(consolidationUrl);
        assertThat(page.locator("#by-indicator")).containsText("10");
        assertFitsTheScreenWidth();
        page.setViewportSize(1280, 900);
        Screenshots.save(page, "consolidation-frozen.png");
    }
}
