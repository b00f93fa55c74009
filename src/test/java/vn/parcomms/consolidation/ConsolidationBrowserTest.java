package vn.parcomms.consolidation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import vn.parcomms.report.ActivityStatus;
import vn.parcomms.report.ReportCommand;
import vn.parcomms.report.ReportDetails;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Chromium;
import vn.parcomms.support.browser.Screenshots;

/**
 * A consolidated report's journey in a real browser: the office drafts it from the accepted unit
 * report, the leader approves it, the office sends it and Home Affairs accepts it.
 */
@Import(PlanFixtures.class)
class ConsolidationBrowserTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    ReportDetailsReader reportReader;
    @Autowired
    ReportDrafting reportDrafting;
    @Autowired
    ReportLifecycle reportLifecycle;
    @Autowired
    ConsolidationService consolidations;

    @Test
    void theOfficeDraftsTheLeaderApprovesTheOfficeSendsAndHomeAffairsAccepts() {
        World world = fixtures.newWorld();
        IssuedPlan plan = planFixtures.issuedPlan(world, 2099);
        long unitReport = reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.Q1);
        ReportDetails report = reportReader.details(world.unitUserA(), unitReport);
        List<ReportCommand.Entry> entries = new ArrayList<>();
        for (ReportDetails.EntryView e : report.entries()) {
            Map<Long, Integer> figures = new HashMap<>();
            e.figures().forEach(f -> figures.put(f.indicatorId(), 5));
            entries.add(new ReportCommand.Entry(e.activityKey(), ActivityStatus.DONE, null, "Công văn 12/TTYT", null,
                    figures));
        }
        long version = reportDrafting.save(world.unitUserA(), unitReport, report.version(), new ReportCommand(
                "Đã đăng 5 tin bài.", "Nhân lực còn mỏng.", null, "Đề nghị tập huấn.", null, entries, List.of(),
                List.of()));
        reportLifecycle.submit(world.unitUserA(), unitReport, version);
        reportLifecycle.accept(world.office(), unitReport, reportReader.details(world.office(), unitReport).version());

        // The office drafts the Q1 report from its list, on a phone.
        page = signedIn(world.office(), true);
        page.navigate(url("/consolidations"));
        page.locator("#new-consolidation").click();
        page.locator("#period").selectOption("Q1");
        page.locator("#new-form button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/consolidations/\\d+$"));
        String reportUrl = page.url();
        assertThat(page.locator("#consolidation-status")).hasText("Dự thảo");
        assertThat(page.locator("#by-content")).containsText("5");
        assertThat(page.locator("#texts")).containsText(": Nhân lực còn mỏng.");
        assertFitsTheScreenWidth();
        page.locator("#submit").click();
        assertThat(page.locator("#consolidation-status")).hasText("Chờ phê duyệt");
        page.context().close();

        page = signedIn(world.leader(), false);
        page.navigate(reportUrl);
        page.locator("#approve").click();
        assertThat(page.locator("#consolidation-status")).hasText("Đã phê duyệt");
        // Unit B has not filed its Q1 report: sending without it needs a ticked confirmation.
        assertThat(page.locator("#coverage-missing")).containsText("Trung tâm Y tế B");
        page.locator("#confirmIncomplete").check();
        page.locator("#send-incomplete #send").click();
        assertThat(page.locator("#consolidation-status")).hasText("Đã gửi Sở Nội vụ");
        page.context().close();

        page = signedIn(world.reviewer(), false);
        page.navigate(url("/consolidations"));
        page.locator("#consolidations a").first().click();
        assertThat(page).hasURL(reportUrl);
        page.locator("#accept").click();
        assertThat(page.locator("#consolidation-status")).hasText("Đã tiếp nhận");
        assertThat(page.locator("#history li")).hasCount(5);
        assertThat(page.locator("#frozen-at")).isVisible();
        assertThat(page.locator("#edit")).hasCount(0);
        Screenshots.save(page, "consolidation.png");
    }

    /** The send form of an approved report with a unit missing, as the office sees it on a phone and a desktop. */
    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {Chromium.DESKTOP_WIDTH, Chromium.PHONE_WIDTH})
    void theSendFormFitsAndReadsAtEachWidth(int width) {
        World world = fixtures.newWorld();
        IssuedPlan plan = planFixtures.issuedPlan(world, 2099);
        long id = consolidations.open(world.office(), plan.id(), ReportPeriod.Q1);
        consolidations.submit(world.office(), id, consolidations.details(world.office(), id).version());
        consolidations.approve(world.leader(), id, consolidations.details(world.office(), id).version());

        page = signedIn(world.office(), width == Chromium.PHONE_WIDTH);
        page.navigate(url("/consolidations/" + id));
        Locator form = page.locator("#send-incomplete");
        assertThat(form).isVisible();
        assertFitsTheScreenWidth();
        int window = page.viewportSize().width;
        for (Locator field : form.locator("input:visible, label:visible, button:visible").all()) {
            BoundingBox box = field.boundingBox();
            org.assertj.core.api.Assertions.assertThat(box.x + box.width)
                    .as("right edge of %s at %d px", field.evaluate("e => e.outerHTML.slice(0, 80)"), width)
                    .isLessThanOrEqualTo(window);
            org.assertj.core.api.Assertions.assertThat(box.x).isGreaterThanOrEqualTo(0);
        }
        Screenshots.save(page.locator("#coverage"), "consolidation-send-" + width + ".png");
    }
}
