package vn.parcomms.todo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Screenshots;

/**
 * The to-do list in a real browser: the unit opens its overdue Q1 report from its home page and
 * files it; the office finds it on its own home page and opens it. Every role's home page fits a
 * phone and is photographed for the docs.
 */
@Import(PlanFixtures.class)
class ToDoBrowserTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Test
    void theUnitOpensADueReportFromItsToDoListAndTheOfficeSeesItSubmittedInItsOwn() {
        World world = fixtures.newWorld();
        IssuedPlan plan = planFixtures.issuedPlan(world, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear());

        page = signedIn(world.unitUserA(), true);
        var q1 = page.locator("#todo li[data-kind=REPORT_DUE]:has(input[name=period][value=Q1])");
        assertThat(q1).isVisible();
        assertFitsTheScreenWidth();
        Screenshots.save(page, "home-todo-unit.png");
        q1.locator("button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/reports/\\d+/edit$"));
        String reportUrl = page.url().replaceAll("/edit$", "");
        page.locator("select[name='entries[0].status']").selectOption("DONE");
        page.locator("input[name='entries[0].figures[" + plan.indicatorId() + "]']").fill("4");
        page.locator("textarea[name='entries[0].evidence']").fill("Công văn số 12/TTYT-TCHC");
        page.locator("#resultsSummary").fill("Đã đăng 4 tin bài về cải cách hành chính.");
        page.locator("#submit-report").click();
        assertThat(page).hasURL(reportUrl);
        // Q1 of this year is past its deadline: filed late.
        assertThat(page.locator("#report-status")).hasText("Gửi trễ");
        page.context().close();

        page = signedIn(world.office(), false);
        var toReview = page.locator("#todo li[data-kind=REPORT_TO_REVIEW]");
        assertThat(toReview).hasCount(1);
        assertThat(toReview).containsText("Trung tâm Y tế A");
        assertThat(page.locator("#todo li[data-kind=UNITS_OVERDUE]").first()).isVisible();
        Screenshots.save(page, "home-todo-office.png");
        toReview.locator("a").click();
        assertThat(page).hasURL(reportUrl);
        assertThat(page.locator("#accept")).isVisible();
        page.context().close();

        // The office was told in the app too: the navigation counts it.
        page = signedIn(world.office(), true);
        assertThat(page.locator("#nav-notifications .badge")).isAttached();
        assertFitsTheScreenWidth();
        page.context().close();

        for (var user : java.util.List.of(world.leader(), world.reviewer())) {
            page = signedIn(user, true);
            assertThat(page.locator("#todo")).isVisible();
            assertFitsTheScreenWidth();
            Screenshots.save(page, "home-todo-" + user.role().name().toLowerCase() + ".png");
            page.context().close();
        }
    }
}
