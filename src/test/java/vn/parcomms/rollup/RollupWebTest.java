package vn.parcomms.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.parcomms.plan.ActivityCommand;
import vn.parcomms.plan.ActivityView;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanHeader;
import vn.parcomms.plan.PlanItemView;
import vn.parcomms.report.ActivityStatus;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.security.CurrentUser;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.support.Csv;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/** The dashboard page and its exports per role, on the hand-checked data set of {@link RollupServiceTest}. */
@IntegrationTest
class RollupWebTest {

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

    World world;
    RollupDataSet dataSet;
    RollupDataSet.HandChecked data;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
        dataSet = new RollupDataSet(planReader, planDrafting, planLifecycle, catalog, reportReader, reportDrafting,
                reportLifecycle, transactions);
        data = dataSet.handChecked(world);
    }

    String query() {
        return "?plan=" + data.plan().id() + "&period=H1";
    }

    @Test
    void theOfficeSeesTheDashboardWithChartsTablesAndNumbersThatDrillDownToTheReports() throws Exception {
        Document page = Html.page(mvc.perform(get("/rollups" + query()).with(as(world.office())))
                .andExpect(status().isOk()));

        Element unitA = page.selectFirst("#timeliness-table tr[data-unit=" + world.unitA() + "]");
        assertThat(unitA.selectFirst("td[data-period=H1] a").attr("href")).isEqualTo("/reports/" + data.aH1());
        Element sub = page.selectFirst("#timeliness-table tr[data-unit=" + world.subUnitA() + "]");
        assertThat(sub.selectFirst("td[data-period=Q1] a").attr("href"))
                .startsWith("/reports?plan=" + data.plan().id() + "&period=Q1&status=OVERDUE&q=");
        Element indicator = page.selectFirst("#indicators-table tr[data-indicator=" + data.plan().indicators().get(0) + "]");
        assertThat(indicator.select("td").get(1).text()).isEqualTo("21");
        assertThat(indicator.selectFirst("a").text()).isEqualTo("7");
        assertThat(indicator.selectFirst("a").attr("href"))
                .isEqualTo("/reports?plan=" + data.plan().id() + "&period=H1&status=ACCEPTED");
        assertThat(page.selectFirst("#completion-overall").text()).contains("4 1 1 33,3 %");
        assertThat(page.select("canvas.rollup-chart")).hasSize(4);
        assertThat(page.select("canvas.rollup-chart")).allSatisfy(c ->
                assertThat(page.getElementById(c.attr("data-table"))).isNotNull());
        assertThat(page.select("script[src]")).extracting(e -> e.attr("src")).contains("/js/rollups.js");
        // Chart.js comes from the webjar (no CDN) and is served by the app itself.
        String chartJs = page.select("script[src]").stream().map(e -> e.attr("src"))
                .filter(src -> src.startsWith("/webjars/chart.js/") && src.endsWith("/dist/chart.umd.js"))
                .findFirst().orElseThrow();
        mvc.perform(get(chartJs).with(as(world.office()))).andExpect(status().isOk());
        assertThat(page.selectFirst("#export-xlsx").attr("href"))
                .isEqualTo("/rollups/export.xlsx?plan=" + data.plan().id() + "&period=H1");
    }

    @Test
    void theDrilledDownFollowUpPageListsTheUnitsBehindTheNumber() throws Exception {
        Document page = Html.page(mvc.perform(get("/reports?plan=" + data.plan().id() + "&period=H1&status=ACCEPTED")
                .with(as(world.office()))).andExpect(status().isOk()));

        assertThat(page.select("#follow-up tbody tr")).extracting(e -> e.attr("data-unit"))
                .containsExactly(String.valueOf(world.unitA()));
    }

    @Test
    void theWorkbookHasOneSheetPerTableWithBoldHeadersNumericCellsAndTotals() throws Exception {
        byte[] xlsx = mvc.perform(get("/rollups/export.xlsx" + query()).with(as(world.office())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.matchesPattern("attachment; filename=\"rollup-[A-Za-z0-9-]+-2025-H1\\.xlsx\"")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            // the seven tables of the plan, then the node's year-over-year table (issue 13)
            assertThat(book.getNumberOfSheets()).isEqualTo(8);
            assertThat(book.getSheetName(7)).isEqualTo("So sánh theo năm");
            assertThat(book.getSheetName(0)).isEqualTo("Tình hình gửi báo cáo");

            Sheet indicators = book.getSheetAt(1);
            Row head = indicators.getRow(0);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("Chỉ tiêu");
            assertThat(book.getFontAt(head.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            Row first = indicators.getRow(1);
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(21.0);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(7.0);
            assertThat(first.getCell(4).getNumericCellValue()).as("a real fraction, ADR 0031").isEqualTo(0.333);
            Row second = indicators.getRow(2);
            assertThat(second.getCell(2).getNumericCellValue()).isEqualTo(7.0);
            assertThat(second.getCell(3).getNumericCellValue()).isEqualTo(2.0);
            Row totals = indicators.getRow(3);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(totals.getCell(2).getNumericCellValue()).isEqualTo(28.0);
            assertThat(totals.getCell(3).getNumericCellValue()).isEqualTo(9.0);
            assertThat(book.getFontAt(totals.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(indicators.getLastRowNum()).isEqualTo(3);

            Sheet content = book.getSheetAt(2);
            assertThat(content.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("a) Tuyên truyền cải cách thủ tục hành chính");

            Sheet timeliness = book.getSheetAt(0);
            assertThat(cells(timeliness.getRow(0))).containsExactly("Đơn vị", "Quý I năm 2025", "6 tháng năm 2025",
                    "9 tháng năm 2025", "Năm 2025");
            Row filed = timeliness.getRow(timeliness.getLastRowNum());
            assertThat(filed.getCell(0).getStringCellValue()).isEqualTo("Số báo cáo đã gửi");
            // Q1: unitA and unitB accepted; H1: unitA accepted, unitB returned; M9: unitA late; year: none.
            assertThat(filed.getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(filed.getCell(2).getNumericCellValue()).isEqualTo(2.0);
            assertThat(filed.getCell(3).getNumericCellValue()).isEqualTo(1.0);
            assertThat(filed.getCell(4).getNumericCellValue()).isEqualTo(0.0);

            Sheet completion = book.getSheetAt(6);
            Row overall = completion.getRow(completion.getLastRowNum());
            assertThat(overall.getCell(1).getNumericCellValue()).isEqualTo(4.0);
            assertThat(overall.getCell(2).getNumericCellValue()).isEqualTo(1.0);
            assertThat(overall.getCell(3).getNumericCellValue()).isEqualTo(1.0);
            assertThat(overall.getCell(4).getNumericCellValue()).isEqualTo(0.333);
        }
    }

    @Test
    void theCsvIsUtf8WithABomAHeaderRowAndATotalsRow() throws Exception {
        byte[] csv = mvc.perform(get("/rollups/export.csv" + query() + "&table=completion").with(as(world.office())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"rollup-"
                        + fileLabel() + "-2025-H1-completion.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = Csv.rows(csv);
        assertThat(rows.get(0)).containsExactly("Đơn vị", "Nhiệm vụ đến hạn", "Không thực hiện", "Đã hoàn thành",
                "Tỷ lệ (%)");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(4)).containsExactly("Tổng cộng", "4", "1", "1", "33.3");

        byte[] english = mvc.perform(get("/rollups/export.csv" + query() + "&table=indicators&lang=en")
                .with(as(world.office()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> indicators = Csv.rows(english);
        assertThat(indicators.get(0)).containsExactly("Indicator", "Unit of measure", "Target", "Actual", "Share (%)");
        assertThat(indicators.get(indicators.size() - 1)).containsExactly("Total", "", "28", "9", "32.1");
    }

    @Test
    void anUnknownTableIsNotFound() throws Exception {
        mvc.perform(get("/rollups/export.csv" + query() + "&table=secrets").with(as(world.office())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aUnitSeesOnlyItsOwnRowAndFigures() throws Exception {
        Document page = Html.page(mvc.perform(get("/rollups" + query()).with(as(world.unitUserA())))
                .andExpect(status().isOk()));
        assertThat(page.select("#timeliness-table tbody tr")).extracting(e -> e.attr("data-unit"))
                .containsExactly(String.valueOf(world.unitA()));
        assertThat(page.select("#completion-table tbody tr")).extracting(e -> e.attr("data-unit"))
                .containsExactly(String.valueOf(world.unitA()));
        byte[] csv = mvc.perform(get("/rollups/export.csv" + query() + "&table=units").with(as(world.unitUserA())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("Trung tâm Y tế A").doesNotContain("Trung tâm Y tế B").doesNotContain("Khoa Khám bệnh");
        mvc.perform(get("/rollups" + query()).with(as(world.unitUserB()))).andExpect(status().isOk());
    }

    @Test
    void theReviewerOpensAnAgencysDashboardButNotAnotherProvincesAndAnAdminNone() throws Exception {
        Document page = Html.page(mvc.perform(get("/rollups" + query() + "&node=" + world.agency())
                .with(as(world.reviewer()))).andExpect(status().isOk()));
        assertThat(page.select("#timeliness-table tbody tr")).hasSize(3);
        assertThat(page.select("#node option[selected]").attr("value")).isEqualTo(String.valueOf(world.agency()));
        assertThat(page.selectFirst("#export-xlsx").attr("href"))
                .isEqualTo("/rollups/export.xlsx?node=" + world.agency() + "&plan=" + data.plan().id() + "&period=H1");
        mvc.perform(get(page.selectFirst("#export-xlsx").attr("href")).with(as(world.reviewer())))
                .andExpect(status().isOk());

        World other = fixtures.newWorld();
        mvc.perform(get("/rollups" + query() + "&node=" + world.agency()).with(as(other.reviewer())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rollups/export.xlsx" + query()).with(as(other.office()))).andExpect(status().isForbidden());
        mvc.perform(get("/rollups" + query()).with(as(other.office()))).andExpect(status().isForbidden());
        mvc.perform(get("/rollups").with(as(world.admin()))).andExpect(status().isForbidden());
        mvc.perform(get("/rollups/export.csv" + query()).with(as(world.admin()))).andExpect(status().isForbidden());
    }

    @Test
    void theListOfTheUnitsAddedActivitiesShowsEachWithItsUnitAndContentTextAndIsScopedLikeTheDashboard()
            throws Exception {
        World w = fixtures.newWorld();
        RollupDataSet.Plan dept = dataSet.plan(w, List.of("Tuyên truyền CCHC"), List.of(new RollupDataSet.Activity(0,
                "Đăng tin về CCHC", w.unitA(), List.of(1), List.of(0), Map.of(0, 10))));
        CurrentUser unit = w.unitUserA();
        long own = planDrafting.startImplementingPlan(unit, dept.id());
        PlanHeader h = planReader.details(unit, own).header();
        planDrafting.updateHeader(unit, own, planReader.details(unit, own).version(), new PlanHeader(h.year(),
                h.parentPlanId(), "06", "KH-TTYT", h.place(), LocalDate.of(RollupDataSet.YEAR, 2, 20), h.title(),
                h.parentBody(), h.issuingBody(), null, null, null, null, h.archiveLine(), h.signerAuthority(),
                "Lê Văn Đơn"));
        planDrafting.addItem(unit, own, planReader.details(unit, own).version(), ItemKind.CONTENT, null,
                "Nội dung riêng của trung tâm");
        PlanDetails draft = planReader.details(unit, own);
        List<PlanItemView> contents = draft.items(ItemKind.CONTENT);
        planDrafting.saveActivity(unit, own, draft.version(), null, new ActivityCommand(
                contents.get(contents.size() - 1).key(), "Phát tờ rơi tại trạm", w.unitA(), List.of(), null, null,
                List.of(1), null, List.of(dept.channels().get(0)), Map.of(dept.indicators().get(0), 3)));
        planLifecycle.submit(unit, own, planReader.details(unit, own).version());
        planLifecycle.issue(fixtures.leaderAt(unit.orgNodeId()), own, planReader.details(unit, own).version());
        Map<UUID, RollupDataSet.Entry> entries = new HashMap<>();
        for (ActivityView a : planReader.details(unit, own).activities()) {
            entries.put(a.key(), new RollupDataSet.Entry(ActivityStatus.DONE,
                    a.parentKey() == null ? Map.of(0, 7) : Map.of(0, 2)));
        }
        dataSet.accept(w, dataSet.file(unit, dept, ReportPeriod.Q1, entries, LocalDateTime.of(2025, 3, 15, 9, 0)));
        String query = "?plan=" + dept.id() + "&period=Q1";

        Document page = Html.page(mvc.perform(get("/rollups/added" + query).with(as(w.office())))
                .andExpect(status().isOk()));
        assertThat(page.select("#added-table tbody tr")).singleElement().satisfies(row -> {
            assertThat(row.select("td").get(0).text()).startsWith("Trung tâm Y tế A")
                    .endsWith(": b) Nội dung riêng của trung tâm");
            assertThat(row.select("td").get(3).text()).isEqualTo("7");
            assertThat(row.selectFirst("a").attr("href")).startsWith("/reports/");
        });
        assertThat(page.selectFirst("#back-to-dashboard").attr("href")).isEqualTo("/rollups" + query);
        // Few added activities: the dashboard lists them itself, and folds nothing.
        Document dashboard = Html.page(mvc.perform(get("/rollups" + query).with(as(w.office())))
                .andExpect(status().isOk()));
        assertThat(dashboard.select("#content-table tbody tr td:first-child").eachText())
                .anyMatch(label -> label.startsWith("Hoạt động do đơn vị bổ sung – Trung tâm Y tế A")
                        && label.endsWith(": b) Nội dung riêng của trung tâm"));
        assertThat(dashboard.getElementById("content-added")).isNull();

        mvc.perform(get("/rollups/added" + query).with(as(world.office()))).andExpect(status().isForbidden());
        mvc.perform(get("/rollups/added" + query).with(as(w.admin()))).andExpect(status().isForbidden());
        // Unit B has no activity in this plan: no dashboard, no list.
        mvc.perform(get("/rollups" + query).with(as(w.unitUserB()))).andExpect(status().isForbidden());
        mvc.perform(get("/rollups/added" + query).with(as(w.unitUserB()))).andExpect(status().isForbidden());
        Document ownUnit = Html.page(mvc.perform(get("/rollups/added" + query).with(as(unit)))
                .andExpect(status().isOk()));
        assertThat(ownUnit.select("#added-table tbody tr")).hasSize(1);
        mvc.perform(get("/rollups/added?plan=" + dept.id()).with(as(w.office()))).andExpect(status().isBadRequest());
        // Every role of the province, and the reviewer choosing the agency: the list answers as the dashboard does.
        for (CurrentUser user : List.of(w.admin(), w.office(), w.leader(), w.unitUserA(), w.unitUserB(), w.reviewer())) {
            String agency = user == w.reviewer() ? "&node=" + w.agency() : "";
            int dashboardStatus = mvc.perform(get("/rollups" + query + agency).with(as(user))).andReturn()
                    .getResponse().getStatus();
            mvc.perform(get("/rollups/added" + query + agency).with(as(user)))
                    .andExpect(status().is(dashboardStatus));
        }
    }

    String fileLabel() {
        return planReader.details(world.office(), data.plan().id()).numberAndSymbol().replace('/', '-');
    }

    static List<String> cells(Row row) {
        List<String> list = new ArrayList<>();
        row.forEach(c -> list.add(c.getStringCellValue()));
        return list;
    }
}
