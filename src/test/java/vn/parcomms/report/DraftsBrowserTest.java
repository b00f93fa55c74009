package vn.parcomms.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Screenshots;

/**
 * Nothing typed is lost (ADR 0027), in a real browser: the report form saves itself a few seconds
 * after typing stops; typed offline it is kept and saved once the connection is back; typed after
 * the session ended it is kept in the browser, and after signing in again the user is back on the
 * form with it restored; evidence files go up one request each with a progress bar; the warning
 * before the session ends keeps it going. At 1280 and 375 px.
 */
@Import(PlanFixtures.class)
class DraftsBrowserTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    ReportDrafting reportDrafting;

    @Autowired
    ReportDetailsReader reportReader;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void theReportFormSavesItselfKeepsWhatIsTypedOfflineAndAfterTheSessionEndedAndReturnsToIt(boolean phone) {
        World world = fixtures.newWorld();
        IssuedPlan plan = planFixtures.issuedPlan(world, 2099);
        long id = reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.Q1);
        String form = url("/reports/" + id + "/edit");

        // Typing stops: the draft is saved in the background and survives a reload.
        page = signedIn(world.unitUserA(), phone);
        page.navigate(form);
        page.locator("#resultsSummary").fill("Đã đăng 5 tin bài về cải cách hành chính.");
        assertThat(page.locator("#draft-status")).containsText("Đã lưu nháp lúc", new com.microsoft.playwright
                .assertions.LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        assertThat(reportReader.details(world.unitUserA(), id).resultsSummary())
                .isEqualTo("Đã đăng 5 tin bài về cải cách hành chính.");
        page.reload();
        assertThat(page.locator("#resultsSummary")).hasValue("Đã đăng 5 tin bài về cải cách hành chính.");

        // Offline: kept in the browser and said so; saved once the connection is back.
        page.context().setOffline(true);
        page.locator("#shortcomings").fill("Một số tin bài đăng chậm.");
        assertThat(page.locator("#draft-status")).containsText("Chưa lưu được lên máy chủ", slow());
        // The browser says it is back online, and so does the page once more: one save goes, then
        // the other meets nothing left to send, never a conflict with itself.
        page.context().setOffline(false);
        page.evaluate("() => window.dispatchEvent(new Event('online'))");
        assertThat(page.locator("#draft-status")).containsText("Đã lưu nháp lúc", slow());
        assertThat(reportReader.details(world.unitUserA(), id).shortcomings()).isEqualTo("Một số tin bài đăng chậm.");
        page.reload();
        assertThat(page.locator("#shortcomings")).hasValue("Một số tin bài đăng chậm.");

        // The session ends on the server while the user types: the copy stays in the browser, the
        // app's dialog says so, and signing in again returns to the form with it restored.
        jdbc.sql("delete from spring_session where principal_name = :name")
                .param("name", world.unitUserA().username()).update();
        page.locator("#difficulties").fill("Thiếu kinh phí in tờ rơi.");
        assertThat(page.locator("#draft-status")).containsText("Chưa lưu được lên máy chủ", slow());
        assertThat(page.locator("#session-dialog")).isVisible();
        assertThat(page.locator("#session-dialog")).containsText("Phiên làm việc đã hết hạn");
        if (!phone) {
            Screenshots.save(page, "drafts-session-ended.png");
        }
        page.locator("#session-sign-in").click();
        assertThat(page.locator("#login-continue")).isVisible();
        signIn(page, world.unitUserA().username(), Fixtures.PASSWORD);
        assertThat(page).hasURL(form);
        assertThat(page.locator("#draft-restored")).containsText("Đã khôi phục");
        assertThat(page.locator("#difficulties")).hasValue("Thiếu kinh phí in tờ rơi.");
        if (phone) {
            assertFitsTheScreenWidth();
        } else {
            Screenshots.save(page, "drafts-restored.png");
        }
        page.locator("#save").click();
        assertThat(page).hasURL(form);
        assertThat(page.locator("#difficulties")).hasValue("Thiếu kinh phí in tờ rơi.");
        assertThat(page.locator("#draft-restored")).hasCount(0);
        assertThat(reportReader.details(world.unitUserA(), id).difficulties()).isEqualTo("Thiếu kinh phí in tờ rơi.");
    }

    @Test
    void aSaveBySomeoneElseMeanwhileIsAConflictThatTheBackgroundSaveNeverOverwrites() {
        World world = fixtures.newWorld();
        IssuedPlan plan = planFixtures.issuedPlan(world, 2099);
        long id = reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.Q1);
        page = signedIn(world.unitUserA(), true);
        page.navigate(url("/reports/" + id + "/edit"));
        // Another session saves the report after this form was opened: its version moves on.
        jdbc.sql("update unit_report set results_summary = :text, version = version + 1 where id = :id")
                .param("text", "Bản của người khác.").param("id", id).update();
        page.locator("#resultsSummary").fill("Bản gõ trên trang cũ.");
        assertThat(page.locator("#draft-status")).containsText("Người khác vừa lưu bản này", slow());
        assertFitsTheScreenWidth();
        assertThat(reportReader.details(world.unitUserA(), id).resultsSummary()).isEqualTo("Bản của người khác.");
        page.reload();
        assertThat(page.locator("#draft-restored")).containsText("Đã khôi phục");
        assertThat(page.locator("#resultsSummary")).hasValue("Bản gõ trên trang cũ.");
    }

    @Test
    void aRestoredCopyCanBeDiscarded() {
        World world = fixtures.newWorld();
        IssuedPlan plan = planFixtures.issuedPlan(world, 2099);
        long id = reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.Q1);
        page = signedIn(world.unitUserA(), true);
        page.navigate(url("/reports/" + id + "/edit"));
        // The background save does not get through (the network drops it): only the browser has it.
        page.route("**/reports/" + id + "/draft", route -> route.abort());
        page.locator("#proposals").fill("Gõ nhầm, không muốn giữ.");
        assertThat(page.locator("#draft-status")).containsText("Chưa lưu được lên máy chủ", slow());
        page.unroute("**/reports/" + id + "/draft");
        page.navigate(url("/reports/" + id + "/edit"));
        assertThat(page.locator("#draft-restored")).containsText("Đã khôi phục");
        assertThat(page.locator("#proposals")).hasValue("Gõ nhầm, không muốn giữ.");
        assertFitsTheScreenWidth();
        page.waitForTimeout(4000);
        assertThat(reportReader.details(world.unitUserA(), id).proposals()).as("a restored copy waits for the user")
                .isNull();
        page.locator("#draft-discard").click();
        assertThat(page.locator("#proposals")).hasValue("");
        page.reload();
        assertThat(page.locator("#draft-restored")).hasCount(0);
        assertThat(page.locator("#proposals")).hasValue("");
    }

    @Test
    void threeEvidenceFilesGoUpOneRequestEachWithProgressAndAreAttached() {
        World world = fixtures.newWorld();
        IssuedPlan plan = planFixtures.issuedPlan(world, 2099);
        long id = reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.Q1);
        page = signedIn(world.unitUserA(), true);
        List<String> uploads = new ArrayList<>();
        page.onRequest(r -> {
            if (r.url().endsWith("/reports/" + id + "/files") && r.method().equals("POST")) {
                uploads.add(r.url());
            }
        });
        page.navigate(url("/reports/" + id + "/edit"));
        page.locator("#resultsSummary").fill("Nội dung đang gõ dở khi tải tệp.");
        page.locator("[id='entries0.files']").setInputFiles(new FilePayload[] {
                new FilePayload("bien-ban-1.pdf", "application/pdf", ReportsBrowserTest.PDF),
                new FilePayload("bien-ban-2.pdf", "application/pdf", ReportsBrowserTest.PDF),
                new FilePayload("bien-ban-3.pdf", "application/pdf", ReportsBrowserTest.PDF)});
        assertThat(page.locator("#files-0 a")).hasCount(3, new com.microsoft.playwright.assertions.LocatorAssertions
                .HasCountOptions().setTimeout(15_000));
        assertThat(page.locator(".upload-progress")).containsText("Đã đính kèm bien-ban-3.pdf");
        assertThat(page.locator("#resultsSummary")).hasValue("Nội dung đang gõ dở khi tải tệp.");
        assertFitsTheScreenWidth();
        Screenshots.save(page, "drafts-uploads.png");
        assertThat(uploads).as("one request per file").hasSize(3);
        assertThat(reportReader.details(world.unitUserA(), id).entries().get(0).files()).hasSize(3);
    }

    @Test
    void theWarningBeforeTheSessionEndsKeepsItGoing() {
        World world = fixtures.newWorld();
        page = signedIn(world.unitUserA(), true);
        page.clock().install();
        page.navigate(url("/reports"));
        assertThat(page.locator("#session-dialog")).not().isVisible();
        page.clock().fastForward("27:05");
        assertThat(page.locator("#session-dialog")).isVisible();
        assertThat(page.locator("#session-dialog")).containsText("Phiên làm việc sắp hết hạn");
        assertThat(page.locator("#session-dialog .session-end")).hasText(Pattern.compile("\\d{2}:\\d{2}"));
        assertFitsTheScreenWidth();
        Screenshots.save(page, "drafts-session-warning.png");
        Page.WaitForResponseOptions wait = new Page.WaitForResponseOptions();
        var ping = page.waitForResponse(r -> r.url().endsWith("/session/ping"), wait,
                () -> page.locator("#session-continue").click());
        assertThat(ping.status()).isEqualTo(204);
        assertThat(page.locator("#session-dialog")).not().isVisible();
    }

    private static com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions slow() {
        return new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(15_000);
    }
}
