package vn.parcomms.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.browser.BrowserJourney;

/** An administrator creates an account; its owner signs in on a phone, changes the password, signs out and back in. */
class NewUserBrowserTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;

    @Test
    void aNewUserSignsInChangesTheirPasswordAndSignsInWithIt() {
        World world = fixtures.newWorld();
        String username = world.admin().username() + "-moi";

        Page admin = chromium.newDesktopPage();
        try {
            admin.navigate(url("/login"));
            signIn(admin, world.admin().username(), Fixtures.PASSWORD);
            admin.navigate(url("/users/new"));
            admin.locator("#username").fill(username);
            admin.locator("#fullName").fill("Đặng Thị Hồng Nhung");
            admin.locator("#orgNodeId").selectOption(String.valueOf(world.unitA()));
            admin.locator("#role").selectOption("UNIT");
            admin.locator("#password").fill("mat-khau-ban-dau");
            admin.locator("main form button[type=submit]").click();

            assertThat(admin).hasURL(Pattern.compile(".*/users/\\d+$"));
            assertThat(admin.getByRole(AriaRole.STATUS)).containsText("Đã tạo tài khoản " + username + ".");
            assertThat(admin.locator("main h1")).hasText("Đặng Thị Hồng Nhung");
        } finally {
            admin.context().close();
        }

        Page user = chromium.newPhonePage();
        try {
            user.navigate(url("/login"));
            signIn(user, username, "mat-khau-ban-dau");
            assertThat(user.locator("main h1")).hasText("Xin chào, Đặng Thị Hồng Nhung");

            user.navigate(url("/account/password"));
            user.locator("#currentPassword").fill("mat-khau-ban-dau");
            user.locator("#newPassword").fill("mat-khau-rieng-cua-toi");
            user.locator("#confirmPassword").fill("mat-khau-rieng-cua-toi");
            user.locator("main form button[type=submit]").click();
            assertThat(user).hasURL(Pattern.compile(".*/account$"));
            assertThat(user.getByRole(AriaRole.STATUS)).containsText("Đã đổi mật khẩu.");

            user.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở menu")).click();
            user.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).click();
            assertThat(user).hasURL(Pattern.compile(".*/login\\?logout$"));

            signIn(user, username, "mat-khau-ban-dau");
            assertThat(user).hasURL(Pattern.compile(".*/login\\?error=bad$"));
            signIn(user, username, "mat-khau-rieng-cua-toi");
            assertThat(user.locator("main h1")).hasText("Xin chào, Đặng Thị Hồng Nhung");
        } finally {
            user.context().close();
        }
    }
}
