package vn.parcomms.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Screenshots;

/** The demo accounts, as a first-time visitor uses them: through the real login form, in a real browser. */
class DemoAccountsBrowserTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;

    @ParameterizedTest
    @CsvSource({
        "admin,    Quản trị hệ thống,   Ủy ban nhân dân Thành phố Hồ Chí Minh",
        "vanphong, Nguyễn Thị Minh Anh, Sở Y tế Thành phố Hồ Chí Minh",
        "giamdoc,  Trần Văn Bình,       Sở Y tế Thành phố Hồ Chí Minh",
        "donvi,    Lê Thị Cúc,          Trung tâm Y tế khu vực Bà Rịa",
        "noivu,    Phạm Quốc Dũng,      Sở Nội vụ Thành phố Hồ Chí Minh"})
    void everyDemoAccountSignsInOnAPhoneAndSeesItsHomePageAndTree(String username, String fullName, String node) {
        page = chromium.newPhonePage();
        page.navigate(url("/"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertFitsTheScreenWidth();

        signIn(page, username, DEMO_PASSWORD);

        assertThat(page).hasURL(url("/"));
        assertThat(page.locator("main h1")).hasText("Xin chào, " + fullName);
        assertThat(page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName(node).setExact(true))).isVisible();
        assertFitsTheScreenWidth();
        if (username.equals("donvi")) {
            Screenshots.save(page, "home-unit-phone.png");
        }

        page.navigate(url("/organizations"));
        assertThat(page.locator("main h1")).hasText("Cơ quan, đơn vị");
        assertThat(page.locator("table.org-tree")).containsText(node);
        assertFitsTheScreenWidth();
    }

    @Test
    void aWrongPasswordShowsTheMessageOnTheLoginPage() {
        World world = fixtures.newWorld();
        page = chromium.newPhonePage();
        page.navigate(url("/login"));

        signIn(page, world.office().username(), "not-the-password");

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error=bad$"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản "
                + "đang tạm khóa hay đã ngừng hoạt động. Vui lòng thử lại sau ít phút hoặc liên hệ quản trị hệ thống.");
        assertThat(page.locator("#username")).isVisible();
        assertFitsTheScreenWidth();
    }

    @Test
    void englishChosenOnTheLoginPageStaysAfterSigningIn() {
        page = chromium.newPhonePage();
        page.navigate(url("/login"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("main h1")).hasText("Sign in");
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        signIn(page, "giamdoc", DEMO_PASSWORD);
        assertThat(page.locator("main h1")).hasText("Welcome, Trần Văn Bình");
        assertFitsTheScreenWidth();
    }

    @Test
    void theAdminFindsANodeInTheOrganisationTreeAndOpensIt() {
        page = chromium.newDesktopPage();
        page.navigate(url("/login"));
        Screenshots.save(page, "login.png");
        signIn(page, "admin", DEMO_PASSWORD);

        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Cơ quan, đơn vị")).first().click();
        assertThat(page).hasURL(url("/organizations"));
        assertThat(page.locator("main h1")).hasText("Cơ quan, đơn vị");
        assertThat(page.locator("table.org-tree")).containsText("Sở Y tế Thành phố Hồ Chí Minh");
        Screenshots.save(page, "organizations.png");

        page.locator("#q").fill("Phước Hiệp");
        page.locator("main form[role=search] button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/organizations\\?q=.*"));
        assertThat(page.locator("table.org-tree tbody tr")).hasCount(1);

        page.locator("table.org-tree tbody").getByRole(AriaRole.LINK).first().click();
        assertThat(page.locator("main h1")).hasText("Trạm Y tế phường Phước Hiệp");
        assertThat(page.locator(".breadcrumb")).containsText("TTYT KV Bà Rịa");
    }

    @Test
    void theOfficeHomePageOnADesktop() {
        page = chromium.newDesktopPage();
        page.navigate(url("/login"));
        signIn(page, "vanphong", DEMO_PASSWORD);
        assertThat(page.locator("main h1")).hasText("Xin chào, Nguyễn Thị Minh Anh");
        assertFitsTheScreenWidth();
        Screenshots.save(page, "home-office.png");
    }

    @Test
    void aUnitUserOpeningTheUserAdministrationSeesTheForbiddenPage() {
        page = chromium.newPhonePage();
        page.navigate(url("/login"));
        signIn(page, "donvi", DEMO_PASSWORD);

        page.navigate(url("/users"));

        assertThat(page.locator("main h1")).hasText("Không có quyền truy cập");
        assertThat(page.locator("body")).not().containsText("Exception");
        assertFitsTheScreenWidth();
    }
}
