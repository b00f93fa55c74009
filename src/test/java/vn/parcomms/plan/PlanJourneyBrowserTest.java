package vn.parcomms.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Screenshots;

/**
 * The plan journey in a real browser: the office drafts a plan with two content items and two
 * activities, the leader issues it, and the unit finds its activity and starts its own plan.
 */
class PlanJourneyBrowserTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;

    @Autowired
    vn.parcomms.organization.OrganizationService organizations;

    @Test
    void officeDraftsLeaderIssuesAndTheUnitStartsItsImplementingPlan() {
        World w = fixtures.newWorld();

        page = signedIn(w.office(), false);
        page.navigate(url("/plans/new"));
        page.locator("#year").fill("2025");
        // No number: it is given when the plan is issued, from the register of outgoing documents.
        page.locator("#docSymbol").fill("KH-SYT");
        page.locator("#issueDate").fill("06/05/2025");
        page.locator("#place").fill("Bà Rịa - Vũng Tàu");
        page.locator("#parentBody").fill("UBND TỈNH BÀ RỊA - VŨNG TÀU");
        page.locator("#issuingBody").fill("SỞ Y TẾ");
        page.locator("#title").fill("Thông tin, tuyên truyền cải cách hành chính năm 2025");
        page.locator("#signerAuthority").fill("GIÁM ĐỐC");
        page.locator("#signerName").fill("Trần Văn Bình");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/plans/\\d+/edit$"));
        String planUrl = page.url().replace("/edit", "");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nội dung thông tin, tuyên truyền")).click();
        addItem("Vai trò, ý nghĩa, mục tiêu của cải cách hành chính.");
        addItem("Tuyên truyền, hướng dẫn về quy trình, thủ tục hành chính mới.");
        assertThat(page.locator("#items > li").first()).containsText("a)");
        assertThat(page.locator("#items > li").nth(1)).containsText("b)");
        Screenshots.save(page, "plan-editor.png");

        addActivity(planUrl, "Đăng tin bài về cải cách hành chính trên trang thông tin điện tử", w.unitA(), "12");
        addActivity(planUrl, "Hội nghị quán triệt thủ tục hành chính mới", w.unitB(), "2");

        page.navigate(planUrl);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trình phê duyệt")).click();
        assertThat(page.locator(".alert-success")).containsText("Đã trình phê duyệt");
        signOut();

        page = signedIn(w.leader(), false);
        page.navigate(planUrl);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ban hành").setExact(true)).click();
        assertThat(page.locator("#numbering-next")).isChecked();
        assertThat(page.locator("label[for=numbering-next]")).containsText("1/KH-SYT");
        assertThat(page.locator("#issueDate")).hasValue("06/05/2025");
        Screenshots.save(page, "plan-issue.png");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ban hành").setExact(true)).click();
        assertThat(page.locator(".alert-success")).containsText("Đã ban hành");
        assertThat(page.locator("article")).containsText("Số: 1/KH-SYT");
        assertThat(page.locator("article")).containsText("Bà Rịa - Vũng Tàu, ngày 06 tháng 5 năm 2025");
        Screenshots.save(page, "plan-page.png");
        signOut();

        page = signedIn(w.unitUserA(), false);
        assertThat(page.locator("main")).containsText("Đăng tin bài về cải cách hành chính trên trang thông tin điện tử");
        page.navigate(planUrl);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lập kế hoạch của đơn vị để triển khai"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/plans/\\d+/edit$"));
        assertThat(page.locator("#activities")).containsText(
                "Đăng tin bài về cải cách hành chính trên trang thông tin điện tử");
        assertThat(page.locator("#activities")).not().containsText("Hội nghị quán triệt");
    }

    private void addItem(String text) {
        page.locator("textarea#body").fill(text);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm mục")).click();
        assertThat(page.locator(".alert-success")).containsText("Đã thêm mục");
    }

    private void addActivity(String planUrl, String name, long leadUnit, String target) {
        page.navigate(planUrl + "/activities/new");
        page.locator("#contentItemKey").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.locator("#name").fill(name);
        // The lead is found by typing part of its name and chosen from the list, which shows its path.
        String lead = organizations.find(leadUnit).name();
        page.locator("#leadQuery").fill(lead);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(lead)).click();
        assertThat(page.locator("input[name=leadNodeId]")).hasValue(String.valueOf(leadUnit));
        page.getByLabel("Cổng/Trang thông tin điện tử").check();
        page.getByLabel("Quý II", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("select[name='targets[0].indicatorId']").selectOption(
                new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.locator("input[name='targets[0].target']").fill(target);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
        assertThat(page.locator(".alert-success")).containsText("Đã lưu hoạt động");
    }

    private void signOut() {
        page.context().close();
        page = null;
    }
}
