package vn.parcomms.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
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
import vn.parcomms.catalog.IndicatorView;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.report.ActivityStatus;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.support.Csv;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/**
 * The dashboard writes its numbers as the page's language does (issue 14, point 6; ADR 0031): a
 * target of 1200 with 325 done is "1.200" and "27,1 %" in Vietnamese, "1,200" and "27.1%" in
 * English; the English page names the indicator and its unit in English; the XLSX keeps numbers
 * numeric with number formats and the share as a real fraction; the CSV stays machine-readable.
 */
@IntegrationTest
class NumberFormatsWebTest {

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
    RollupDataSet.Plan plan;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
        RollupDataSet data = new RollupDataSet(planReader, planDrafting, planLifecycle, catalog, reportReader,
                reportDrafting, reportLifecycle, transactions);
        plan = data.plan(world, List.of("Tuyên truyền cải cách hành chính"),
                List.of(new RollupDataSet.Activity(0, "Đăng tin trên trang thông tin điện tử", world.unitA(),
                        List.of(1), List.of(0), Map.of(0, 1200))));
        long report = data.file(world.unitUserA(), plan, ReportPeriod.Q1,
                Map.of(plan.keys().get(0), new RollupDataSet.Entry(ActivityStatus.IN_PROGRESS, Map.of(0, 325))),
                LocalDateTime.of(2025, 3, 15, 9, 0));
        data.accept(world, report);
    }

    private Element indicatorRow(String lang) throws Exception {
        Document page = Html.page(mvc.perform(get("/rollups?plan=" + plan.id() + "&period=Q1&lang=" + lang)
                .with(as(world.office()))).andExpect(status().isOk()));
        return page.selectFirst("#indicators-table tr[data-indicator=" + plan.indicators().get(0) + "]");
    }

    @Test
    void theVietnamesePageGroupsThousandsWithADotAndWritesTheShareWithACommaAndASpace() throws Exception {
        Element row = indicatorRow("vi");
        assertThat(row.select("td").get(1).text()).isEqualTo("1.200");
        assertThat(row.selectFirst("a").text()).isEqualTo("325");
        assertThat(row.select("td").get(3).wholeText()).isEqualTo("27,1\u00a0%");
    }

    @Test
    void theEnglishPageGroupsThousandsWithACommaAndWritesTheShareWithAPointAndNoSpace() throws Exception {
        Element row = indicatorRow("en");
        assertThat(row.select("td").get(1).text()).isEqualTo("1,200");
        assertThat(row.select("td").get(3).text()).isEqualTo("27.1%");
    }

    @Test
    void theEnglishDashboardNamesTheIndicatorAndItsUnitInEnglish() throws Exception {
        IndicatorView indicator = catalog.indicator(world.office(), plan.indicators().get(0));
        assertThat(indicator.nameEn()).isNotBlank().isNotEqualTo(indicator.name());
        assertThat(indicator.unitEn()).as("V134 gives the shared units their English names").isNotBlank()
                .isNotEqualTo(indicator.unit());
        Element english = indicatorRow("en");
        assertThat(english.selectFirst("th").text()).isEqualTo(indicator.nameEn());
        assertThat(english.select("td").get(0).text()).isEqualTo(indicator.unitEn());
        Element vietnamese = indicatorRow("vi");
        assertThat(vietnamese.selectFirst("th").text()).isEqualTo(indicator.name());
        assertThat(vietnamese.select("td").get(0).text()).isEqualTo(indicator.unit());
    }

    @Test
    void theWorkbookKeepsNumbersNumericWithNumberFormatsAndTheShareAsAFraction() throws Exception {
        byte[] xlsx = mvc.perform(get("/rollups/export.xlsx?plan=" + plan.id() + "&period=Q1")
                .with(as(world.office()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = null;
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                Sheet s = book.getSheetAt(i);
                if (s.getRow(0) != null && s.getRow(0).getCell(0).getStringCellValue().equals("Chỉ tiêu")) {
                    sheet = s;
                    break;
                }
            }
            assertThat(sheet).as("the indicators sheet").isNotNull();
            Row row = sheet.getRow(1);
            Cell target = row.getCell(2);
            assertThat(target.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(target.getNumericCellValue()).isEqualTo(1200.0);
            assertThat(target.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            Cell share = row.getCell(4);
            assertThat(share.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(share.getNumericCellValue()).isEqualTo(0.271, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
    }

    @Test
    void theCsvKeepsMachineReadableNumbers() throws Exception {
        byte[] csv = mvc.perform(get("/rollups/export.csv?table=indicators&plan=" + plan.id() + "&period=Q1")
                .with(as(world.office()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = Csv.rows(csv);
        assertThat(rows.get(1).subList(2, 5)).containsExactly("1200", "325", "27.1");
    }
}
