package vn.parcomms.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
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
 * A quarter's report from start to acceptance in a real browser: the unit files Q1 with a figure
 * and an uploaded file, the office returns it with a reason, the unit corrects it on a phone and
 * submits again, the office accepts it.
 */
@Import(PlanFixtures.class)
class ReportsBrowserTest extends BrowserJourney {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Test
    void theUnitFilesQ1TheOfficeReturnsItTheUnitCorrectsItAndTheOfficeAccepts() {
        World world = fixtures.newWorld();
        IssuedPlan plan = planFixtures.issuedPlan(world, 2099);
        String figure = "input[name='entries[0].figures[" + plan.indicatorId() + "]']";

        // The unit starts its Q1 report from its list and files it with a figure and a scan.
        page = signedIn(world.unitUserA(), false);
        page.navigate(url("/reports"));
        page.locator("#my-reports tr[data-period=Q1] button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/reports/\\d+/edit$"));
        String reportUrl = page.url().replaceAll("/edit$", "");
        page.locator("select[name='entries[0].status']").selectOption("DONE");
        page.locator(figure).fill("5");
        assertThat(page.locator(".cumulative").first()).hasText("5");
        page.locator("textarea[name='entries[0].evidence']").fill("Công văn số 12/TTYT-TCHC");
        // The file is attached by its own request as soon as it is chosen (ADR 0027).
        page.locator("[id='entries0.files']").setInputFiles(
                new FilePayload("bien-ban-hoi-nghi.pdf", "application/pdf", PDF));
        assertThat(page.locator("#files-0")).containsText("bien-ban-hoi-nghi.pdf");
        page.locator("#resultsSummary").fill("Đã đăng 5 tin bài về cải cách hành chính trên trang thông tin điện tử.");
        page.locator("#nextTasks").fill("Tổ chức hội nghị đối thoại với người bệnh trong quý II.");
        Screenshots.save(page, "report-form.png");
        page.locator("#submit-report").click();
        assertThat(page).hasURL(reportUrl);
        assertThat(page.locator("#report-status")).hasText("Đã gửi");
        assertThat(page.locator("main")).containsText("bien-ban-hoi-nghi.pdf");
        page.context().close();

        // The office finds it on the follow-up page and returns it with a reason.
        page = signedIn(world.office(), false);
        page.navigate(url("/reports?plan=" + plan.id() + "&period=Q1"));
        assertThat(page.locator("#follow-up tr[data-unit='" + world.unitA() + "']")).containsText("Đã gửi");
        assertThat(page.locator("#follow-up tr[data-unit='" + world.unitB() + "']")).containsText("Chưa lập");
        page.locator("#follow-up tr[data-unit='" + world.unitA() + "'] a").click();
        assertThat(page).hasURL(reportUrl);
        page.locator("#reason").fill("Đề nghị bổ sung đường dẫn tới các tin bài đã đăng.");
        page.locator("#return-form button[type=submit]").click();
        assertThat(page.locator("#report-status")).hasText("Trả lại");
        page.context().close();

        // The unit sees the reason, corrects the report on a phone and submits it again.
        page = signedIn(world.unitUserA(), true);
        page.navigate(reportUrl);
        assertThat(page.locator("#return-reason")).containsText("Đề nghị bổ sung đường dẫn");
        page.locator("a[href$='/edit']").first().click();
        assertFitsTheScreenWidth();
        assertThat(page.locator(figure)).hasValue("5");
        page.locator("textarea[name='entries[0].evidence']")
                .fill("Công văn số 12/TTYT-TCHC; https://ttyt.example.vn/tin-tuc/cchc-quy-1");
        page.locator("#submit-report").click();
        assertThat(page).hasURL(reportUrl);
        assertThat(page.locator("#report-status")).hasText("Đã gửi");
        assertFitsTheScreenWidth();
        page.context().close();

        // The office accepts; the follow-up page shows it accepted.
        page = signedIn(world.office(), false);
        page.navigate(reportUrl);
        page.locator("#accept").click();
        assertThat(page.locator("#report-status")).hasText("Đã tiếp nhận");
        assertThat(page.locator("#history li")).hasCount(5);
        page.navigate(url("/reports?plan=" + plan.id() + "&period=Q1"));
        assertThat(page.locator("#follow-up tr[data-unit='" + world.unitA() + "']")).containsText("Đã tiếp nhận");
        Screenshots.save(page, "report-followup.png");
        assertThat(page.locator("#counts")).containsText("Đã tiếp nhận: 1");
    }

    @Test
    void theReportListsAndTheDeadlinePageFitAPhone() {
        World world = fixtures.newWorld();
        IssuedPlan plan = planFixtures.issuedPlan(world, 2099);

        page = signedIn(world.unitUserA(), true);
        page.navigate(url("/reports"));
        assertThat(page.locator("#my-reports tbody tr")).hasCount(4);
        assertFitsTheScreenWidth();
        page.context().close();

        page = signedIn(world.office(), true);
        page.navigate(url("/reports?plan=" + plan.id() + "&period=H1"));
        assertThat(page.locator("#follow-up tbody tr")).hasCount(2);
        assertFitsTheScreenWidth();
        page.navigate(url("/reports/deadlines?year=2099"));
        page.locator("#deadline-Q1").fill("25/03/2099");
        page.locator("[data-period=Q1] button[type=submit]").click();
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.locator("#deadline-Q1")).hasValue("25/03/2099");
        assertFitsTheScreenWidth();
    }
}
