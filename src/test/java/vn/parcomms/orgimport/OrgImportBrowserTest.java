package vn.parcomms.orgimport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Screenshots;

/** An administrator on a phone imports units and a user: a bad file first, then the corrected one. */
class OrgImportBrowserTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrganizationService organizations;

    @Test
    void anAdministratorFixesTheBadRowsThenImportsEverythingOnAPhone() {
        World world = fixtures.newWorld();
        String p = organizations.find(world.province()).code();
        page = signedIn(world.admin(), true);
        page.navigate(url("/organizations"));
        page.locator("#import-link").click();
        assertThat(page.locator("main h1")).hasText("Nhập từ bảng tính");
        assertFitsTheScreenWidth();

        String header = "Mã;Tên;Loại;Mã đơn vị cấp trên;Mã đơn vị nhận báo cáo\n";
        String bad = header
                + p + ".TT1.K1;Khoa Nội Trung tâm Y tế khu vực Một;Đơn vị cấp dưới;" + p + ".TT1;\n"
                + p + ".TT1;Trung tâm Y tế khu vực Một;Đơn vị;" + p + ".SYT;" + p + ".SYT\n"
                + p + ".TT1;Trung tâm trùng mã;Đơn vị;" + p + ".SYT;\n"
                + p + ".TT2;Trung tâm Y tế khu vực Hai;Đơn vị;KHONG-CO;\n";
        upload("don-vi.csv", bad);
        assertThat(page.locator("main h1")).hasText("Xem trước khi nhập");
        assertThat(page.locator("#summary")).containsText("4 dòng lỗi");
        assertThat(page.locator("#node-row-5")).containsText("không có đơn vị mã KHONG-CO");
        assertThat(page.locator("#node-row-2")).containsText("đơn vị cấp trên (dòng 3) có lỗi");
        assertThat(page.locator("#confirm")).hasCount(0);
        assertFitsTheScreenWidth();
        Screenshots.save(page, "org-import-preview-phone.png");

        page.locator("a[href='/organizations/import']").click();
        String good = header
                + p + ".TT1.K1;Khoa Nội Trung tâm Y tế khu vực Một;Đơn vị cấp dưới;" + p + ".TT1;\n"
                + p + ".TT1;Trung tâm Y tế khu vực Một;Đơn vị;" + p + ".SYT;" + p + ".SYT\n"
                + p + ".TT2;Trung tâm Y tế khu vực Hai;Đơn vị;" + p + ".SYT;\n";
        upload("don-vi.csv", good);
        assertThat(page.locator("#summary")).containsText("Sẽ tạo 3 đơn vị");
        page.locator("#confirm").click();
        assertThat(page.locator("#imported")).containsText("Đã tạo 3 đơn vị và 0 người dùng");
        assertFitsTheScreenWidth();

        page.navigate(url("/organizations"));
        assertThat(page.locator("main")).containsText("Khoa Nội Trung tâm Y tế khu vực Một");
    }

    private void upload(String name, String csv) {
        page.locator("#file").setInputFiles(new FilePayload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.locator("main form button[type=submit]").first().click();
        page.waitForLoadState();
    }
}
