package vn.parcomms.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.organization.OrgNodeCommand;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.browser.Axe;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Chromium;
import vn.parcomms.support.browser.Screenshots;

/**
 * The activity form in a real browser, with its script: a lead unit picked by its path among two
 * units of the same name, two cooperators and two targets added one at a time without reloading the
 * page, then saved and read on the plan page; checked by axe at 1280 and 375 px.
 */
@Import(PlanTestData.class)
class ActivityFormBrowserTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanTestData data;
    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    OrganizationService organizations;
    @Autowired
    CatalogService catalog;

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {Chromium.DESKTOP_WIDTH, Chromium.PHONE_WIDTH})
    void theOfficePicksALeadAmongTwoOfTheSameNameByPathAndAddsCooperatorsAndTargetsOneAtATime(int width) {
        World w = fixtures.newWorld();
        long plan = data.draft(w);
        String clinic = organizations.find(w.subUnitA()).name();
        CurrentUser setup = new CurrentUser(0, "setup", "setup", Role.ADMIN, w.province());
        long clinicB = organizations.create(setup, new OrgNodeCommand("K2-" + w.unitB(), clinic, null,
                OrgKind.SUB_UNIT, w.unitB()));
        String unitA = organizations.find(w.unitA()).name();
        String unitB = organizations.find(w.unitB()).name();
        String homeAffairs = organizations.find(w.homeAffairs()).name();
        long news = catalog.indicatorsByCode(w.office()).get("NEWS_POSTED").id();
        long conferences = catalog.indicatorsByCode(w.office()).get("CONFERENCES").id();

        page = signedIn(w.office(), width == Chromium.PHONE_WIDTH);
        page.navigate(url("/plans/" + plan + "/parts/CONTENT"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm hoạt động cho mục b)")).click();
        // Opened from item b): that is the choice; the form never picks one by itself.
        assertThat(page.locator("#contentItemKey option:checked")).containsText("b)");
        page.evaluate("() => window.sameScreen = true");
        page.locator("#name").fill("Tọa đàm về thủ tục hành chính mới");

        page.locator("#leadQuery").fill("khoa kham");
        Locator options = page.getByRole(AriaRole.LISTBOX).getByRole(AriaRole.OPTION);
        assertThat(options).hasCount(2);
        assertThat(page.locator("#leadQuery")).hasAttribute("aria-expanded", "true");
        assertThat(options.filter(new Locator.FilterOptions().setHasText(unitA))).containsText(clinic);
        Axe.assertNoViolations(page);
        // The keyboard: down twice and Enter choose the second one if it is unit B's, else the first.
        boolean bFirst = options.first().textContent().contains(unitB);
        page.locator("#leadQuery").press("ArrowDown");
        if (!bFirst) {
            page.locator("#leadQuery").press("ArrowDown");
        }
        assertThat(page.locator("#leadQuery")).hasAttribute("aria-activedescendant",
                java.util.regex.Pattern.compile("leadQuery-options-\\d"));
        page.locator("#leadQuery").press("Enter");
        assertThat(page.locator("[data-chosen-path]")).hasText(organizations.find(w.agency()).name() + " › " + unitB
                + " › " + clinic);
        assertThat(page.locator("input[name=leadNodeId]")).hasValue(String.valueOf(clinicB));

        addCooperator(unitA.substring(0, unitA.length() - 3), unitA);
        addCooperator("noi vu", homeAffairs);
        assertThat(page.locator("#cooperatorChips li")).hasCount(2);
        page.getByLabel("Cổng/Trang thông tin điện tử").check();

        page.locator("select[name='targets[0].indicatorId']").selectOption(String.valueOf(news));
        page.locator("input[name='targets[0].target']").fill("12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm chỉ tiêu")).click();
        assertThat(page.locator("select[name='targets[1].indicatorId']")).isFocused();
        page.locator("select[name='targets[1].indicatorId']").selectOption(String.valueOf(conferences));
        page.locator("input[name='targets[1].target']").fill("2");
        assertThat(page.evaluate("() => window.sameScreen === true")).as("no round trip").isEqualTo(true);
        Axe.assertNoViolations(page);
        assertFitsTheScreenWidth();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
        // The saving may take a while on a busy machine; what is waited for is the page, not a time.
        page.waitForURL(java.util.regex.Pattern.compile(".*/plans/\\d+/edit(#activities)?$"),
                new Page.WaitForURLOptions().setTimeout(60_000));
        assertThat(page.locator(".alert-success")).containsText("Đã lưu hoạt động");
        ActivityView saved = planReader.details(w.office(), plan).activities().stream()
                .filter(a -> a.name().equals("Tọa đàm về thủ tục hành chính mới")).findFirst().orElseThrow();
        assertThat(saved.leadNodeId()).isEqualTo(clinicB);
        assertThat(saved.cooperators()).extracting(ActivityView.NodeRef::id)
                .containsExactlyInAnyOrder(w.unitA(), w.homeAffairs());
        assertThat(saved.targets()).extracting(ActivityView.TargetView::indicatorId).containsExactly(news, conferences);

        page.navigate(url("/plans/" + plan));
        Locator row = page.locator("#activities tr", new Page.LocatorOptions().setHasText("Tọa đàm về thủ tục"));
        assertThat(row).containsText(clinic);
        assertThat(row).containsText("Phối hợp: ");
        assertThat(row).containsText(unitA);
        assertThat(row).containsText(homeAffairs);
        assertThat(row).containsText("12");
        assertThat(row).containsText("2");
        assertThat(page.locator("#activities h3", new Page.LocatorOptions().setHasText("b)"))).hasCount(1);
        List<String> targets = row.locator("td").last().locator("div").allTextContents();
        assertThat(targets).hasSize(2);
        assertThat(targets.get(0)).startsWith("12 ");
        assertThat(targets.get(1)).startsWith("2 ");

        // Opened again, the form names the lead by its path. (The picture is taken here: a full-page
        // picture of the phone's form before saving kept the click on "Lưu" from sending it.)
        page.navigate(url("/plans/" + plan + "/activities/" + saved.id() + "/edit"));
        assertThat(page.locator("[data-chosen-path]")).hasText(organizations.find(w.agency()).name() + " › " + unitB
                + " › " + clinic);
        assertThat(page.locator("#cooperatorChips li")).hasCount(2);
        Axe.assertNoViolations(page);
        assertFitsTheScreenWidth();
        Screenshots.save(page, "activity-form-" + width + ".png");
    }

    private void addCooperator(String typed, String name) {
        page.locator("#cooperatorQuery").fill(typed);
        page.getByRole(AriaRole.LISTBOX).getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(name)).click();
        assertThat(page.locator("#cooperatorChips")).containsText(name);
        assertThat(page.locator("#cooperatorQuery")).hasValue("");
        assertThat(page.locator("#cooperatorQuery")).isFocused();
    }
}
