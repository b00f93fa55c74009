package vn.parcomms.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.catalog.ChannelView;
import vn.parcomms.catalog.IndicatorView;
import vn.parcomms.consolidation.ConsolidationService;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.report.ActivityStatus;
import vn.parcomms.report.ReportCommand;
import vn.parcomms.report.ReportDetails;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Csv;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;

/**
 * The province view's exports on a hand-checked province of 2099 (judged today, so every 2099
 * deadline is still ahead): Sở Nội vụ (no plan, nothing sent) and Sở Y tế (plan issued 06/02/2099,
 * targets 12 + 8 + 20 = 40 news items on one channel). Unit A files Q1 with 5 on its first-quarter
 * activity (accepted); the agency sends its Q1 consolidated report on 18/03/2099 (deadline Fri
 * 20/03/2099, on time) and Home Affairs accepts it. So for Q1: 2 agencies expected, 1 sent, 1 on
 * time, 1 not yet due (50.0 % complete, 100.0 % on time); the other periods 2 not yet due each
 * (0.0 %, no timeliness); over the year 8 expected, 1 sent, 1 on time, 7 not yet due (12.5 %,
 * 100.0 %). Province totals up to Q1: target 12 + 20 = 32 (the activities due by Q1, as on the
 * dashboard; the 8 of quarters 2-3 come in from the 6 months), actual 5.
 */
@IntegrationTest
class ProvinceExportTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    MockMvc mvc;
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
    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    CatalogService catalog;
    @Autowired
    TransactionTemplate transactions;

    World w;
    IssuedPlan plan;
    String planNumber;
    IndicatorView indicator;
    ChannelView channel;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
        plan = planFixtures.issuedPlan(w, 2099);
        PlanDetails details = planReader.details(w.office(), plan.id());
        planNumber = details.header().docNumber() + "/" + details.header().docSymbol();
        indicator = catalog.indicators(w.office()).get(0);
        channel = catalog.channels(w.office()).get(0);
        long a1 = file(w.unitUserA(), 5);
        reportLifecycle.accept(w.office(), a1, reportReader.details(w.office(), a1).version());
        long q1 = consolidations.open(w.office(), plan.id(), ReportPeriod.Q1);
        consolidations.submit(w.office(), q1, version(q1));
        consolidations.approve(w.leader(), q1, version(q1));
        Clock march18 = Clock.fixed(LocalDateTime.of(2099, 3, 18, 10, 0).atZone(VIETNAM).toInstant(), VIETNAM);
        transactions.executeWithoutResult(tx -> consolidations.withClock(march18).send(w.office(), q1, version(q1)));
        consolidations.accept(w.reviewer(), q1, version(q1));
    }

    long version(long id) {
        return consolidations.details(w.office(), id).version();
    }

    long file(CurrentUser unit, int figure) {
        long id = reportDrafting.open(unit, plan.id(), ReportPeriod.Q1);
        ReportDetails report = reportReader.details(unit, id);
        List<ReportCommand.Entry> entries = new ArrayList<>();
        for (ReportDetails.EntryView e : report.entries()) {
            Map<Long, Integer> figures = new HashMap<>();
            e.figures().forEach(f -> figures.put(f.indicatorId(), figure));
            entries.add(new ReportCommand.Entry(e.activityKey(), ActivityStatus.DONE, null, "Công văn 1/TTYT", null,
                    figures));
        }
        long version = reportDrafting.save(unit, id, report.version(), new ReportCommand("Đã thực hiện.", null, null,
                null,
                null, entries, List.of(), List.of()));
        reportLifecycle.submit(unit, id, version);
        return id;
    }

    String agencyName(long id) {
        return id == w.homeAffairs() ? "Sở Nội vụ " + code() : "Sở Y tế " + code();
    }

    /** The world's code, from the reviewer's user name ("t123-4-reviewer" → "T123-4"). */
    String code() {
        return w.reviewer().username().substring(0, w.reviewer().username().lastIndexOf("-reviewer")).toUpperCase();
    }

    static List<Object> row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        List<Object> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            values.add(cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                    : cell.getStringCellValue());
        }
        return values;
    }

    @Test
    void theWorkbookHoldsEveryTableOfThePageCellByCell() throws Exception {
        var response = mvc.perform(get("/rollups/province/export.xlsx").param("year", "2099").param("period", "Q1")
                        .param("province", String.valueOf(w.province())).with(as(w.reviewer())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"province-Tinh-thu-" + code() + "-2099-Q1.xlsx\"");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            Sheet agencies = book.getSheetAt(0);
            assertThat(agencies.getSheetName()).isEqualTo("Các cơ quan");
            assertThat(row(agencies, 0)).containsExactly("Cơ quan", "Kế hoạch", "Số, ký hiệu", "Ngày ban hành",
                    "Quý I năm 2099: Tình trạng", "Quý I năm 2099: Ngày gửi", "Quý I năm 2099: Thời hạn",
                    "6 tháng năm 2099: Tình trạng", "6 tháng năm 2099: Ngày gửi", "6 tháng năm 2099: Thời hạn",
                    "9 tháng năm 2099: Tình trạng", "9 tháng năm 2099: Ngày gửi", "9 tháng năm 2099: Thời hạn",
                    "Năm 2099: Tình trạng", "Năm 2099: Ngày gửi", "Năm 2099: Thời hạn",
                    "Gồm số liệu của đơn vị tiền thân");
            // Home Affairs receives the reports and sends none to itself (issue 14, point 7c).
            assertThat(row(agencies, 1)).containsExactly(agencyName(w.homeAffairs()), "Chưa có kế hoạch", "", "",
                    "Cơ quan tổng hợp (không gửi)", "", "", "Cơ quan tổng hợp (không gửi)", "", "",
                    "Cơ quan tổng hợp (không gửi)", "", "", "Cơ quan tổng hợp (không gửi)", "", "", "");
            assertThat(row(agencies, 2)).containsExactly(agencyName(w.agency()), "Đã ban hành", planNumber,
                    "06/02/2099", "Đã tiếp nhận", "18/03/2099", "Đúng hạn", "Chưa lập", "", "Chưa đến hạn",
                    "Chưa lập", "", "Chưa đến hạn", "Chưa lập", "", "Chưa đến hạn", "");
            assertThat(agencies.getLastRowNum()).as("no totals row").isEqualTo(2);

            Sheet timeliness = book.getSheetAt(1);
            assertThat(timeliness.getSheetName()).isEqualTo("Đầy đủ và đúng hạn");
            assertThat(row(timeliness, 0)).containsExactly("Kỳ báo cáo", "Hạn gửi", "Phải gửi", "Đã gửi", "Đúng hạn",
                    "Chậm", "Quá hạn", "Chưa đến hạn", "Tỷ lệ đầy đủ (%)", "Tỷ lệ đúng hạn (%)");
            assertThat(row(timeliness, 1)).containsExactly("Quý I năm 2099", "20/03/2099", 1.0, 1.0, 1.0, 0.0, 0.0,
                    0.0, 1.0, 1.0);
            // Shares are real fractions shown as percentages (ADR 0031); counts are grouped whole numbers.
            assertThat(timeliness.getRow(1).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(timeliness.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(row(timeliness, 2)).containsExactly("6 tháng năm 2099", "19/06/2099", 1.0, 0.0, 0.0, 0.0, 0.0,
                    1.0, 0.0, "");
            assertThat(row(timeliness, 3)).containsExactly("9 tháng năm 2099", "21/09/2099", 1.0, 0.0, 0.0, 0.0, 0.0,
                    1.0, 0.0, "");
            assertThat(row(timeliness, 4)).containsExactly("Năm 2099", "21/12/2099", 1.0, 0.0, 0.0, 0.0, 0.0, 1.0,
                    0.0, "");
            assertThat(row(timeliness, 5)).containsExactly("Tổng cộng", "", 4.0, 1.0, 1.0, 0.0, 0.0, 3.0, 0.25,
                    1.0);
            assertThat(timeliness.getRow(5).getCell(2).getCellStyle().getFontIndex())
                    .as("the totals row is bold like the header")
                    .isEqualTo(timeliness.getRow(0).getCell(2).getCellStyle().getFontIndex());

            Sheet indicators = book.getSheetAt(2);
            assertThat(row(indicators, 0)).containsExactly("Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện");
            assertThat(row(indicators, 1)).containsExactly(indicator.name(), indicator.unit(), 32.0, 5.0);
            assertThat(row(indicators, 2)).containsExactly("Tổng cộng", "", 32.0, 5.0);

            Sheet channels = book.getSheetAt(3);
            assertThat(row(channels, 0)).containsExactly("Hình thức", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch",
                    "Thực hiện");
            assertThat(row(channels, 1)).containsExactly(channel.name(), indicator.name(), indicator.unit(), 32.0,
                    5.0);
            assertThat(channels.getLastRowNum()).isEqualTo(1);

            Sheet coverage = book.getSheetAt(4);
            assertThat(row(coverage, 0)).containsExactly("Nội dung", "Số cơ quan", "Cơ quan thực hiện");
            assertThat(coverage.getLastRowNum()).as("the province issued no plan").isZero();
        }
    }

    @Test
    void eachTableDownloadsAsCsvWithThePagesFiltersInTheChosenLanguage() throws Exception {
        var response = mvc.perform(get("/rollups/province/export.csv").param("year", "2099").param("period", "Q1")
                        .param("table", "timeliness").with(as(w.reviewer())))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"province-Tinh-thu-" + code() + "-2099-Q1-timeliness.csv\"");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(Csv.rows(bytes)).hasSize(6);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        assertThat(lines).containsExactly(
                "Kỳ báo cáo,Hạn gửi,Phải gửi,Đã gửi,Đúng hạn,Chậm,Quá hạn,Chưa đến hạn,Tỷ lệ đầy đủ (%),Tỷ lệ đúng hạn (%)",
                // whole percentages are written without ".0", as on the dashboard's CSV
                "Quý I năm 2099,20/03/2099,1,1,1,0,0,0,100,100",
                "6 tháng năm 2099,19/06/2099,1,0,0,0,0,1,0,",
                "9 tháng năm 2099,21/09/2099,1,0,0,0,0,1,0,",
                "Năm 2099,21/12/2099,1,0,0,0,0,1,0,",
                "Tổng cộng,,4,1,1,0,0,3,25,100");

        // The period filter moves the totals: up to the 6 months unit A's Q1 figure is still all there is.
        byte[] indicators = mvc.perform(get("/rollups/province/export.csv").param("year", "2099")
                        .param("period", "H1").param("table", "indicators").param("lang", "en")
                        .with(as(w.reviewer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String name = indicator.nameEn() == null ? indicator.name() : indicator.nameEn();
        assertThat(Csv.rows(indicators)).containsExactly(List.of("Indicator", "Unit", "Target", "Actual"),
                List.of(name, indicator.unitEn() == null ? indicator.unit() : indicator.unitEn(), "40", "5"),
                List.of("Total", "", "40", "5"));

        byte[] agencies = mvc.perform(get("/rollups/province/export.csv").param("year", "2099")
                        .param("table", "agencies").with(as(w.reviewer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Csv.rows(agencies).get(2)).startsWith(agencyName(w.agency()), "Đã ban hành", planNumber, "06/02/2099",
                "Đã tiếp nhận", "18/03/2099", "Đúng hạn");
    }

    @Test
    void thePageOffersTheDownloadsWithItsFilters() throws Exception {
        Document page = Html.page(mvc.perform(get("/rollups/province").param("year", "2099").param("period", "Q1")
                .with(as(w.reviewer()))).andExpect(status().isOk()));
        assertThat(page.selectFirst("#export-xlsx").attr("href")).isEqualTo("/rollups/province/export.xlsx?province="
                + w.province() + "&year=2099&period=Q1");
        assertThat(page.select("#exports a[href*=export.csv]")).extracting(a -> a.attr("href")).containsExactly(
                csvLink("agencies"), csvLink("timeliness"), csvLink("indicators"), csvLink("channels"),
                csvLink("coverage"));
        var row = page.selectFirst("#agencies-table tr[data-agency=" + w.agency() + "] td[data-period=Q1]");
        assertThat(row.attr("data-timeliness")).isEqualTo("ON_TIME");
        assertThat(row.text()).contains("Gửi ngày 18/03/2099", "Đúng hạn");
        var q1 = page.selectFirst("#timeliness-table tr[data-period=Q1]");
        assertThat(q1.selectFirst(".deadline").text()).isEqualTo("20/03/2099");
        assertThat(q1.selectFirst(".expected").text()).as("the agency; Home Affairs sends none to itself").isEqualTo("1");
        assertThat(q1.selectFirst(".completeness").text()).isEqualTo("100 %");
        assertThat(page.selectFirst("#agencies-table tr[data-agency=" + w.homeAffairs() + "] td.receives").text())
                .startsWith("Cơ quan tổng hợp");
        assertThat(q1.selectFirst(".timeliness-percent").text()).isEqualTo("100 %");
    }

    String csvLink(String table) {
        return "/rollups/province/export.csv?province=" + w.province() + "&year=2099&period=Q1&table=" + table;
    }

    @Test
    void onlyTheReviewerOfTheProvinceDownloadsAndAnUnknownTableIsNotFound() throws Exception {
        for (CurrentUser other : List.of(w.admin(), w.office(), w.leader(), w.unitUserA())) {
            mvc.perform(get("/rollups/province/export.xlsx").param("year", "2099").with(as(other)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/rollups/province/export.csv").param("year", "2099").param("table", "agencies")
                    .with(as(other))).andExpect(status().isForbidden());
        }
        World elsewhere = fixtures.newWorld();
        mvc.perform(get("/rollups/province/export.xlsx").param("province", String.valueOf(w.province()))
                .param("year", "2099").with(as(elsewhere.reviewer()))).andExpect(status().isForbidden());
        mvc.perform(get("/rollups/province/export.csv").param("province", String.valueOf(w.province()))
                .param("year", "2099").param("table", "agencies").with(as(elsewhere.reviewer())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rollups/province").param("province", String.valueOf(w.province()))
                .with(as(elsewhere.reviewer()))).andExpect(status().isForbidden());
        // Without a province they get their own, which holds nothing of this one.
        String theirs = new String(mvc.perform(get("/rollups/province/export.csv").param("year", "2099")
                        .param("table", "agencies").with(as(elsewhere.reviewer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(theirs).doesNotContain(agencyName(w.agency())).contains("Sở Y tế");

        mvc.perform(get("/rollups/province/export.csv").param("year", "2099").param("table", "nonsense")
                .with(as(w.reviewer()))).andExpect(status().isNotFound());
    }
}
