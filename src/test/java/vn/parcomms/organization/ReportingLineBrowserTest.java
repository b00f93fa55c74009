package vn.parcomms.organization;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Screenshots;

/**
 * The administrator on a phone makes a commune's health station report to the health centre; the
 * station's page then shows the commune that administers it and the centre it reports to.
 */
class ReportingLineBrowserTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;
    @Autowired
    OrganizationService organizations;

    @Test
    void theAdminSetsTheStationsReportingLineOnAPhoneAndTheStationsPageShowsBothLines() {
        World w = fixtures.newWorld();
        String p = organizations.find(w.province()).code();
        long commune = organizations.create(w.admin(), new OrgNodeCommand(p + ".XA", "Ủy ban nhân dân xã Long Sơn",
                null, OrgKind.AGENCY, w.province()));
        long station = organizations.create(w.admin(), new OrgNodeCommand(p + ".XA.TYT", "Trạm Y tế xã Long Sơn",
                null, OrgKind.UNIT, commune));
        String centre = organizations.find(w.unitA()).name();
        page = signedIn(w.admin(), true);

        page.navigate(url("/organizations/" + station + "/edit"));
        page.locator("#reportingParentId").selectOption(new SelectOption().setValue(String.valueOf(w.unitA())));
        assertFitsTheScreenWidth();
        page.locator("main form button[type=submit]").click();

        assertThat(page.locator("#admin-parent")).hasText("Ủy ban nhân dân xã Long Sơn");
        assertThat(page.locator("#reporting-parent")).hasText("báo cáo cho " + centre);
        assertFitsTheScreenWidth();
        Screenshots.save(page, "organization-reporting-line-phone.png");

        page.locator("#reporting-parent a").click();
        assertThat(page.locator("#reporting-here")).hasText("Trạm Y tế xã Long Sơn");
    }
}
