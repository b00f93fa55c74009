package vn.parcomms.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.jsoup.nodes.Document;
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
import vn.parcomms.rollup.RollupDataSet;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Csv;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/**
 * The PAR INDEX exports on the rollup's hand-checked 2025 data set, scored by the default rule
 * (plan by 31 January: on time 1, late 0.5, none 0; carried out above 90 % 2, from 70 % 1, below 0;
 * all reports on time 1, else 0):
 * <pre>
 * plan      issued 06/02/2025, after 31/01/2025                       0.5 of 1
 * carried   due 4, dropped 1, done 1 → 1/3 = 33.3 %                   0   of 2
 * reports   12 cells (3 units × 4 periods), on time: unitA Q1,        0   of 1
 *           unitB Q1, unitB H1 (returned, but first sent on time)
 * total                                                               0.5 of 4
 * </pre>
 */
@IntegrationTest
class ParIndexExportTest {

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
    RollupDataSet.HandChecked data;
    String planLabel;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
        data = new RollupDataSet(planReader, planDrafting, planLifecycle, catalog, reportReader, reportDrafting,
                reportLifecycle,
                transactions).handChecked(world);
        planLabel = planReader.details(world.office(), data.plan().id()).numberAndSymbol();
    }

    byte[] xlsx(CurrentUser user, String query) throws Exception {
        return mvc.perform(get("/rollups/par-index/export.xlsx" + query).with(as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    List<List<String>> csv(CurrentUser user, String query) throws Exception {
        return Csv.rows(mvc.perform(get("/rollups/par-index/export.csv" + query).with(as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    }

    @Test
    void theWorkbookHoldsTheScoreSummaryAndEachPointsEvidenceCellByCell() throws Exception {
        byte[] bytes = mvc.perform(get("/rollups/par-index/export.xlsx?year=2025").with(as(world.office())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition",
                        Matchers.matchesPattern("attachment; filename=\"par-index-So-Y-te-T[0-9]+-[0-9]+-2025\\.xlsx\"")))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            // The four sheets of the computed score, then the self-score and appraisal beside it.
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3),
                    book.getSheetName(4)))
                    .containsExactly("Tổng hợp điểm", "Ban hành kế hoạch đúng hạn", "Mức độ thực hiện kế hoạch",
                            "Báo cáo định kỳ đúng hạn", "Tự chấm và thẩm định");

            Sheet summary = book.getSheetAt(0);
            assertThat(values(summary.getRow(0)))
                    .containsExactly("Tiêu chí thành phần", "Quy định áp dụng", "Kết quả", "Điểm", "Điểm tối đa");
            assertThat(bold(book, summary.getRow(0).getCell(0))).isTrue();
            // One row per criterion of the set in force (the default, the three-point rule migrated).
            assertThat(values(summary.getRow(1))).containsExactly("1. Ban hành kế hoạch đúng hạn",
                    "Ban hành kế hoạch trước ngày quy định: Hạn: tháng 1; Hạn: ngày 31; Điểm đúng hạn 1; Điểm chậm 0,5;"
                            + " Điểm không có 0",
                    "Ban hành ngày 06/02/2025, sau hạn 31/01/2025", 0.5, 1.0);
            assertThat(values(summary.getRow(2))).containsExactly("2. Tỷ lệ thực hiện kế hoạch",
                    "Tỷ lệ nhiệm vụ hoàn thành: Kiểu tính theo ngưỡng; Ngưỡng cao (%) 90; Điểm trên ngưỡng cao 2;"
                            + " Ngưỡng thấp (%) 70; Điểm giữa hai ngưỡng 1; Điểm dưới ngưỡng thấp 0",
                    "1/3 nhiệm vụ đến hạn đã hoàn thành", 0.0, 2.0);
            assertThat(values(summary.getRow(3))).containsExactly("3. Báo cáo định kỳ đúng hạn",
                    "Báo cáo định kỳ đúng hạn: Kiểu tính đủ các kỳ đúng hạn; Điểm đúng hạn 1; Điểm chậm 0",
                    "0/4 báo cáo đúng hạn", 0.0, 1.0);
            assertThat(values(summary.getRow(4))).containsExactly("Tổng cộng", "", "", 0.5, 4.0);
            assertThat(bold(book, summary.getRow(4).getCell(3))).isTrue();
            assertThat(summary.getRow(4).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(summary.getLastRowNum()).isEqualTo(4);

            Sheet plan = book.getSheetAt(1);
            assertThat(values(plan.getRow(0))).containsExactly("Kế hoạch", "Ngày ban hành", "Hạn ban hành", "Đúng hạn",
                    "Điểm", "Đường dẫn");
            assertThat(values(plan.getRow(1))).containsExactly(planLabel, "06/02/2025", "31/01/2025", "Không", 0.5,
                    "http://localhost/plans/" + data.plan().id());
            assertThat(plan.getLastRowNum()).isEqualTo(1);

            Sheet carried = book.getSheetAt(2);
            assertThat(values(carried.getRow(0))).containsExactly("Nhiệm vụ đến hạn", "Không thực hiện",
                    "Đã hoàn thành", "Tỷ lệ (%)", "Điểm", "Đường dẫn");
            assertThat(values(carried.getRow(1))).containsExactly(4.0, 1.0, 1.0, 0.333, 0.0,
                    "http://localhost/rollups?node=" + world.agency() + "&plan=" + data.plan().id() + "&period=YEAR");
            assertThat(carried.getLastRowNum()).isEqualTo(1);

            Sheet evidence = book.getSheetAt(3);
            assertThat(values(evidence.getRow(0)))
                    .containsExactly("Đơn vị", "Kỳ báo cáo", "Tình trạng", "Đúng hạn", "Đường dẫn");
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 1; r < evidence.getLastRowNum(); r++) {
                rows.add(values(evidence.getRow(r)));
            }
            // The agency is scored on its own consolidated reports to Home Affairs; it has sent none.
            String agency = agencyName();
            assertThat(rows).containsExactly(
                    List.of(agency, "Quý I năm 2025", "Quá hạn", "Không", ""),
                    List.of(agency, "6 tháng năm 2025", "Quá hạn", "Không", ""),
                    List.of(agency, "9 tháng năm 2025", "Quá hạn", "Không", ""),
                    List.of(agency, "Năm 2025", "Quá hạn", "Không", ""));
            assertThat(values(evidence.getRow(evidence.getLastRowNum())))
                    .containsExactly("Tổng cộng", "", "", 0.0, "");
        }
    }

    @Test
    void eachTableDownloadsAsACsvWithTheSameNumbersInTheUsersLanguage() throws Exception {
        mvc.perform(get("/rollups/par-index/export.csv?year=2025&table=reports").with(as(world.office())))
                .andExpect(header().string("Content-Disposition", Matchers.matchesPattern(
                        "attachment; filename=\"par-index-So-Y-te-T[0-9]+-[0-9]+-2025-reports\\.csv\"")));
        List<List<String>> evidence = csv(world.office(), "?year=2025&table=reports");
        assertThat(evidence.get(0)).containsExactly("Đơn vị", "Kỳ báo cáo", "Tình trạng", "Đúng hạn", "Đường dẫn");
        assertThat(evidence).hasSize(6);
        assertThat(evidence.get(2)).containsExactly(agencyName(), "6 tháng năm 2025", "Quá hạn", "Không", "");
        assertThat(evidence.get(5)).containsExactly("Tổng cộng", "", "", "0", "");

        List<List<String>> summary = csv(world.office(), "?year=2025&table=summary&lang=en");
        assertThat(summary.get(0)).containsExactly("Criterion", "Rule applied", "Value", "Points", "Maximum");
        assertThat(summary.get(1)).containsExactly("1. Ban hành kế hoạch đúng hạn",
                "Plan issued by a date: Deadline: month 1; Deadline: day 31; Points on time 1; Points late 0.5;"
                        + " Points for none 0",
                "Issued on 06/02/2025, after the deadline 31/01/2025", "0.5", "1");
        assertThat(summary.get(2).subList(2, 5)).containsExactly("1/3 activities due are done", "0", "2");
        assertThat(summary.get(4)).containsExactly("Total", "", "", "0.5", "4");

        assertThat(csv(world.office(), "?year=2025&table=carried&lang=vi").get(1))
                .containsExactly("4", "1", "1", "33.3", "0",
                        "http://localhost/rollups?node=" + world.agency() + "&plan=" + data.plan().id() + "&period=YEAR");
    }

    @Test
    void theExportsFollowThePagesYearAndANodeWithoutAPlanExportsNoPlanAndZeroPoints() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx(world.office(), "?year=2024")))) {
            assertThat(values(book.getSheetAt(1).getRow(1)))
                    .containsExactly("Chưa ban hành kế hoạch", "", "31/01/2024", "Không", 0.0, "");
            assertThat(values(book.getSheetAt(0).getRow(4))).containsExactly("Tổng cộng", "", "", 0.0, 4.0);
            Sheet evidence = book.getSheetAt(3);
            assertThat(evidence.getLastRowNum()).as("four consolidated reports, none sent, and the total").isEqualTo(5);
            assertThat(values(evidence.getRow(1))).containsExactly(agencyName(), "Quý I năm 2024", "Quá hạn", "Không", "");
        }
    }

    @Test
    void aUnitExportsOnlyItsOwnReportsAndTheReviewerAnyAgencyOfTheProvince() throws Exception {
        List<List<String>> unit = csv(world.unitUserA(), "?year=2025&table=reports");
        assertThat(unit.subList(1, unit.size() - 1)).extracting(r -> r.get(0)).containsOnly("Trung tâm Y tế A " + suffix());
        assertThat(unit).hasSize(6);
        // A unit asking for the agency still gets its own node, as on the page.
        assertThat(csv(world.unitUserA(), "?year=2025&table=reports&node=" + world.agency())).isEqualTo(unit);

        Document page = Html.page(mvc.perform(get("/rollups/par-index?year=2025&node=" + world.agency())
                .with(as(world.reviewer()))).andExpect(status().isOk()));
        assertThat(page.selectFirst("#par-index-total").text())
                .isEqualTo("Sở Y tế " + suffix() + ", năm 2025: 0,5 / 4 điểm");
        String href = page.selectFirst("#export-xlsx").attr("href");
        assertThat(href).isEqualTo("/rollups/par-index/export.xlsx?node=" + world.agency() + "&year=2025");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx(world.reviewer(),
                href.substring(href.indexOf('?')))))) {
            assertThat(book.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo(planLabel);
        }
        assertThat(page.selectFirst("#export-csv-reports").attr("href"))
                .isEqualTo("/rollups/par-index/export.csv?node=" + world.agency() + "&year=2025&table=reports");
        assertThat(page.select("#exports a")).hasSize(5);
        assertThat(csv(world.leader(), "?year=2025&table=plan").get(1).get(0)).isEqualTo(planLabel);
    }

    @Test
    void theAdministratorAndAnotherProvincesReviewerGetForbiddenAsOnThePage() throws Exception {
        String query = "?year=2025&node=" + world.agency();
        mvc.perform(get("/rollups/par-index/export.xlsx" + query).with(as(world.admin())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rollups/par-index/export.csv" + query + "&table=summary").with(as(world.admin())))
                .andExpect(status().isForbidden());

        World other = fixtures.newWorld();
        mvc.perform(get("/rollups/par-index" + query).with(as(other.reviewer()))).andExpect(status().isForbidden());
        mvc.perform(get("/rollups/par-index/export.xlsx" + query).with(as(other.reviewer())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rollups/par-index/export.csv" + query).with(as(other.reviewer())))
                .andExpect(status().isForbidden());
        // Another province's office asking for this agency gets its own (empty) assessment, never this one's.
        List<List<String>> otherPlan = csv(other.office(), query + "&table=plan");
        assertThat(otherPlan.get(1).get(0)).isEqualTo("Chưa ban hành kế hoạch");
        mvc.perform(get("/rollups/par-index/export.xlsx?year=2025")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anUnknownTableIsNotFoundAndTellsAForbiddenUserNothing() throws Exception {
        mvc.perform(get("/rollups/par-index/export.csv?year=2025&table=secrets").with(as(world.office())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/rollups/par-index/export.csv?year=2025&table=secrets").with(as(world.admin())))
                .andExpect(status().isForbidden());
    }

    String agencyName() {
        return "Sở Y tế " + suffix();
    }

    /** The unique suffix Fixtures gives this world's node names ("Sở Y tế T123-4" → "T123-4"). */
    String suffix() {
        return world.office().username().split("-office")[0].toUpperCase();
    }

    static String report(long id) {
        return "http://localhost/reports/" + id;
    }

    static boolean bold(XSSFWorkbook book, Cell cell) {
        return book.getFontAt(cell.getCellStyle().getFontIndex()).getBold();
    }

    /** A row's cells as the user sees them: strings, or doubles for numeric cells. */
    static List<Object> values(Row row) {
        List<Object> list = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            list.add(cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                    : cell.getStringCellValue());
        }
        return list;
    }
}
