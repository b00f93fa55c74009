package vn.parcomms.shared.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Chromium;
import vn.parcomms.support.browser.JourneyMeter;

/**
 * The main journeys walked by clicking only, as a person would from their home page, on a desktop
 * and on a phone: every click and every screen counted ({@link JourneyMeter}) and every screen
 * checked by axe-core. The counts are the "after" column of docs/journeys.md; each journey must
 * stay within the counts measured before the to-do list and the navigation changes.
 */
@Import(PlanFixtures.class)
class JourneysBrowserTest extends BrowserJourney {

    /** Plan from draft to issued, walked in November 2026 (issue 14): 29 clicks, 26 screens. */
    static final int PLAN_CLICKS_BEFORE = 29;
    static final int PLAN_SCREENS_BEFORE = 26;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;
    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {Chromium.DESKTOP_WIDTH, Chromium.PHONE_WIDTH})
    void theOfficeDraftsAndSubmitsAPlanAndTheLeaderIssuesItFromTheToDoList(int width) {
        World w = fixtures.newWorld();
        boolean phone = width == Chromium.PHONE_WIDTH;

        page = signedIn(w.office(), phone);
        JourneyMeter office = new JourneyMeter(page).start();
        navigation(office, "/plans");
        office.click(page.locator("main a[href='/plans/new']"));
        office.fill(page.locator("#year"), "2025");
        office.fill(page.locator("#docSymbol"), "KH-SYT");
        office.fill(page.locator("#issueDate"), "06/05/2025");
        office.fill(page.locator("#place"), "Bà Rịa - Vũng Tàu");
        office.fill(page.locator("#parentBody"), "UBND TỈNH BÀ RỊA - VŨNG TÀU");
        office.fill(page.locator("#issuingBody"), "SỞ Y TẾ");
        office.fill(page.locator("#title"), "Thông tin, tuyên truyền cải cách hành chính năm 2025");
        office.fill(page.locator("#signerAuthority"), "GIÁM ĐỐC");
        office.fill(page.locator("#signerName"), "Trần Văn Bình");
        office.click(button("Lưu"));
        assertThat(page).hasURL(Pattern.compile(".*/plans/\\d+/edit$"));
        String planUrl = page.url().replace("/edit", "");

        office.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Nội dung thông tin, tuyên truyền")));
        office.fill(page.locator("textarea#body"), "Vai trò, ý nghĩa, mục tiêu của cải cách hành chính.");
        office.click(button("Thêm mục"));
        assertThat(page.locator(".alert-success")).containsText("Đã thêm mục");
        // The item just added offers its own "add an activity", which opens the form with it chosen.
        office.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Thêm hoạt động cho mục a)")));
        assertThat(page.locator("#contentItemKey option:checked")).containsText("a)");
        office.fill(page.locator("#name"), "Đăng tin bài về cải cách hành chính trên trang thông tin điện tử");
        office.fill(page.locator("#leadQuery"), "Trung tâm Y tế A");
        office.click(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Trung tâm Y tế A")));
        assertThat(page.locator("input[name=leadNodeId]")).hasValue(String.valueOf(w.unitA()));
        office.check(page.getByLabel("Cổng/Trang thông tin điện tử"));
        office.check(page.getByLabel("Quý II", new Page.GetByLabelOptions().setExact(true)));
        office.select(page.locator("select[name='targets[0].indicatorId']"), new SelectOption().setIndex(1));
        office.fill(page.locator("input[name='targets[0].target']"), "12");
        office.click(button("Lưu"));
        assertThat(page.locator(".alert-success")).containsText("Đã lưu hoạt động");
        office.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem kế hoạch")));
        office.click(button("Trình phê duyệt"));
        assertThat(page.locator(".alert-success")).containsText("Đã trình phê duyệt");
        page.context().close();

        page = signedIn(w.leader(), phone);
        JourneyMeter leader = new JourneyMeter(page).start();
        leader.click(page.locator("#todo li[data-kind=PLAN_TO_APPROVE] a"));
        assertThat(page).hasURL(planUrl);
        leader.click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ban hành").setExact(true)));
        leader.click(button("Ban hành"));
        assertThat(page.locator(".alert-success")).containsText("Đã ban hành");

        int clicks = office.clicks() + leader.clicks();
        int screens = office.screens() + leader.screens();
        System.out.println("JOURNEY plan draft→issued at " + width + " px: " + clicks + " clicks, " + screens
                + " screens; office " + office + "; leader " + leader);
        assertThat(clicks).isLessThan(PLAN_CLICKS_BEFORE);
        assertThat(screens).isLessThan(PLAN_SCREENS_BEFORE);
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {Chromium.DESKTOP_WIDTH, Chromium.PHONE_WIDTH})
    void theUnitFilesItsReportFromItsToDoListAndTheOfficeAcceptsItFromItsOwn(int width) {
        World w = fixtures.newWorld();
        boolean phone = width == Chromium.PHONE_WIDTH;
        IssuedPlan plan = planFixtures.issuedPlan(w, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear());

        page = signedIn(w.unitUserA(), phone);
        JourneyMeter unit = new JourneyMeter(page).start();
        unit.click(page.locator("#todo li[data-kind=REPORT_DUE]:has(input[name=period][value=Q1]) button[type=submit]"));
        assertThat(page).hasURL(Pattern.compile(".*/reports/\\d+/edit$"));
        String reportUrl = page.url().replaceAll("/edit$", "");
        unit.select(page.locator("select[name='entries[0].status']"), "DONE");
        unit.fill(page.locator("input[name='entries[0].figures[" + plan.indicatorId() + "]']"), "4");
        unit.fill(page.locator("textarea[name='entries[0].evidence']"), "Công văn số 12/TTYT-TCHC");
        // The scan goes up through the real file input, in its own request, with its progress (ADR 0027).
        // The upload is held until its progress bar has been seen, then let through.
        List<Route> held = new ArrayList<>();
        page.route("**/reports/*/files", held::add);
        unit.upload(page.locator("[id='entries0.files']"),
                new FilePayload(EVIDENCE_NAME, "application/pdf", EVIDENCE));
        assertThat(page.locator(".upload-progress progress")).hasCount(1);
        page.waitForCondition(() -> !held.isEmpty());
        held.get(0).resume();
        assertThat(page.locator(".upload-progress")).containsText("Đã đính kèm " + EVIDENCE_NAME, slow());
        assertThat(page.locator("#files-0 a")).hasText(EVIDENCE_NAME);
        unit.fill(page.locator("#resultsSummary"), "Đã đăng 4 tin bài về cải cách hành chính.");
        unit.click(page.locator("#submit-report"));
        assertThat(page).hasURL(reportUrl);
        assertThat(page.locator("main a[href*='/files/']")).hasText(EVIDENCE_NAME);
        System.out.println("JOURNEY unit files Q1 with a file at " + width + " px: " + unit);
        page.context().close();

        page = signedIn(w.office(), phone);
        JourneyMeter office = new JourneyMeter(page).start();
        office.click(page.locator("#todo li[data-kind=REPORT_TO_REVIEW] a"));
        assertThat(page).hasURL(reportUrl);
        // The office reads the unit's scan: the same bytes as were uploaded.
        Download download = page.waitForDownload(() -> office.click(page.locator("main a[href*='/files/']")));
        assertThat(download.suggestedFilename()).isEqualTo(EVIDENCE_NAME);
        assertThat(readAll(download)).isEqualTo(EVIDENCE);
        office.click(page.locator("#accept"));
        assertThat(page.locator(".alert-success")).isVisible();
        System.out.println("JOURNEY office accepts at " + width + " px: " + office);

        assertThat(unit.clicks()).isLessThanOrEqualTo(4);
        assertThat(unit.screens()).isEqualTo(3);
        assertThat(office.clicks()).isEqualTo(3);
        assertThat(office.screens()).isEqualTo(3);
    }

    /** A small scanned minute: a valid, empty PDF with a mark that makes its bytes its own. */
    static final String EVIDENCE_NAME = "bien-ban-hoi-nghi-quy-1.pdf";
    static final byte[] EVIDENCE = ("%PDF-1.4\n% Biên bản hội nghị quý I\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.UTF_8);

    private static byte[] readAll(Download download) {
        try (InputStream in = download.createReadStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocatorAssertions.ContainsTextOptions slow() {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);
    }

    /** A link of the main navigation; on a phone the menu is opened first, which is a click too. */
    private void navigation(JourneyMeter meter, String href) {
        Locator toggler = page.locator("button.navbar-toggler");
        if (toggler.isVisible()) {
            meter.click(toggler);
        }
        meter.click(page.locator("#mainNav a.nav-link[href='" + href + "']"));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
