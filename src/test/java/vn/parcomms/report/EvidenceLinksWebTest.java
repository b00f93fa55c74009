package vn.parcomms.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.consolidation.ConsolidationCommand;
import vn.parcomms.consolidation.ConsolidationService;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.rollup.RollupDataSet;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/** Web addresses in a report's evidence are links on its page, safely (issue 14, point 6). */
@IntegrationTest
class EvidenceLinksWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    PlanDrafting planDrafting;
    @Autowired
    PlanLifecycle planLifecycle;
    @Autowired
    CatalogService catalog;
    @Autowired
    ReportDetailsReader reportReader;
    @Autowired
    ReportDrafting reportDrafting;
    @Autowired
    ReportLifecycle reportLifecycle;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ConsolidationService consolidations;

    @Test
    void anEvidenceAddressIsALinkWhileMarkupAndScriptAddressesStayEscapedText() throws Exception {
        World world = fixtures.newWorld();
        RollupDataSet data = new RollupDataSet(planReader, planDrafting, planLifecycle, catalog, reportReader,
                reportDrafting, reportLifecycle, transactions);
        RollupDataSet.Plan plan = data.plan(world, List.of("Tuyên truyền"), List.of(new RollupDataSet.Activity(0,
                "Đăng tin", world.unitA(), List.of(1), List.of(0), Map.of(0, 10))));
        long id = reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.Q1);
        ReportDetails report = reportReader.details(world.unitUserA(), id);
        String evidence = "Tin tại https://syt.vn/tin/12. <b>đậm</b> javascript:alert(1)";
        reportDrafting.save(world.unitUserA(), id, report.version(), new ReportCommand("Đã thực hiện.", null, null,
                null, null, List.of(new ReportCommand.Entry(report.entries().get(0).activityKey(),
                        ActivityStatus.IN_PROGRESS, null, evidence, null, Map.of())), List.of(), List.of()));

        Document page = Html.page(mvc.perform(get("/reports/{id}", id).with(as(world.unitUserA())))
                .andExpect(status().isOk()));
        Element paragraph = page.selectFirst("p.evidence");
        assertThat(paragraph.select("a")).hasSize(1);
        Element link = paragraph.selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("https://syt.vn/tin/12");
        assertThat(link.attr("rel")).isEqualTo("noopener noreferrer");
        assertThat(paragraph.select("b")).as("markup typed is text, not HTML").isEmpty();
        assertThat(paragraph.text()).endsWith("Tin tại https://syt.vn/tin/12. <b>đậm</b> javascript:alert(1)");
    }

    @Test
    void addressesInTheReportsTextsAndNotesAndInAConsolidatedReportAreLinksToo() throws Exception {
        World world = fixtures.newWorld();
        RollupDataSet data = new RollupDataSet(planReader, planDrafting, planLifecycle, catalog, reportReader,
                reportDrafting, reportLifecycle, transactions);
        RollupDataSet.Plan plan = data.plan(world, List.of("Tuyên truyền"), List.of(new RollupDataSet.Activity(0,
                "Đăng tin", world.unitA(), List.of(1), List.of(0), Map.of(0, 10))));
        long id = reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.Q1);
        ReportDetails report = reportReader.details(world.unitUserA(), id);
        reportDrafting.save(world.unitUserA(), id, report.version(), new ReportCommand(
                "Kết quả: https://syt.vn/ket-qua <i>x</i>", null, null, "Đề xuất javascript:alert(1)",
                "Xem http://syt.vn/ke-hoach.", List.of(new ReportCommand.Entry(report.entries().get(0).activityKey(),
                        ActivityStatus.IN_PROGRESS, null, null, "Ghi chú https://syt.vn/ghi-chu", Map.of())),
                List.of(), List.of()));

        Document page = Html.page(mvc.perform(get("/reports/{id}", id).with(as(world.unitUserA())))
                .andExpect(status().isOk()));
        assertSafeLinks(page, "https://syt.vn/ket-qua", "http://syt.vn/ke-hoach", "https://syt.vn/ghi-chu");
        assertThat(page.select("main i")).as("markup typed is text").isEmpty();
        assertThat(page.text()).contains("Đề xuất javascript:alert(1)");

        long consolidation = consolidations.open(world.office(), plan.id(), ReportPeriod.Q1);
        consolidations.save(world.office(), consolidation, consolidations.details(world.office(), consolidation)
                .version(), new ConsolidationCommand("Tổng hợp tại https://syt.vn/tong-hop", null, null,
                        "javascript:alert(2)", "Tiếp theo: https://syt.vn/quy-2"));
        Document consolidated = Html.page(mvc.perform(get("/consolidations/{id}", consolidation)
                .with(as(world.office()))).andExpect(status().isOk()));
        assertSafeLinks(consolidated, "https://syt.vn/tong-hop", "https://syt.vn/quy-2");
        assertThat(consolidated.select("#texts").text()).contains("javascript:alert(2)");
    }

    /** Exactly these links among the texts shown, each opening apart from the application. */
    private static void assertSafeLinks(Document page, String... hrefs) {
        var links = page.select("a.evidence-link");
        assertThat(links).extracting(a -> a.attr("href")).containsExactlyInAnyOrder(hrefs);
        assertThat(links).allSatisfy(a -> assertThat(a.attr("rel")).isEqualTo("noopener noreferrer"));
    }
}
