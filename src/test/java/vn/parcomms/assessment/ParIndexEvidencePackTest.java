package vn.parcomms.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.consolidation.ConsolidationDeadlineService;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.report.ActivityStatus;
import vn.parcomms.report.ReportCommand;
import vn.parcomms.report.ReportDetails;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.rollup.RollupDataSet;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Csv;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/**
 * The evidence pack (one ZIP per node and year) listed and opened: its file names, the index
 * against the entries, the sheet's points against the page's, the self-scored and appraised points
 * of a hand-computed appraisal with the files uploaded with the self-assessment, the PDFs with
 * PDFBox; on the demo department, on the rollup's hand-checked world with one evidence file
 * uploaded, and for every role.
 */
@IntegrationTest
class ParIndexEvidencePackTest {

    private static final String SAFE_NAME = "[A-Za-z0-9][A-Za-z0-9._-]*";

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
    ParIndexService assessments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConsolidationDeadlineService consolidationDeadlines;
    @Autowired
    SelfAssessmentService sheets;
    @Autowired
    SelfAssessmentLifecycle lifecycle;
    @Autowired
    java.time.Clock clock;

    World world;
    RollupDataSet.HandChecked data;
    String planLabel;
    long yearReport;

    @BeforeEach
    void setUp() throws IOException {
        world = fixtures.newWorld();
        RollupDataSet set = new RollupDataSet(planReader, planDrafting, planLifecycle, catalog, reportReader,
                reportDrafting, reportLifecycle, transactions);
        data = set.handChecked(world);
        planLabel = planReader.details(world.office(), data.plan().id()).numberAndSymbol();
        yearReport = fileWithEvidence(world.unitUserA(), data.plan().id(), "Ảnh hội nghị tập huấn.png");
        set.accept(world, yearReport);
    }

    @Test
    void theDemoDepartmentsPackHoldsTheSheetTheIssuedPlanTheAcceptedReportsAndAnIndexOfThemAll() throws Exception {
        CurrentUser vanphong = demoUser("vanphong");
        ParIndex index = assessments.assess(vanphong, null, 2025);
        byte[] zip = mvc.perform(get("/rollups/par-index/" + index.nodeId() + "/2025/evidence.zip").with(as(vanphong)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"ho-so-minh-chung-So-Y-te-Thanh-pho-Ho-Chi-Minh-2025.zip\""))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, byte[]> files = unzip(zip);

        assertThat(files.keySet()).allMatch(n -> n.matches(SAFE_NAME), "ASCII file names");
        assertThat(files).containsKeys("00-bang-tu-cham-diem-2025.xlsx", "00-bang-tu-cham-diem-2025.pdf", "index.csv");
        String planFile = "01-TC1-ke-hoach-79a-KH-SYT.pdf";
        assertThat(files).containsKey(planFile);
        assertThat(pdfText(files.get(planFile))).contains("79a/KH-SYT");

        // The sheet: one row per criterion with the page's computed points, and the page's total.
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.get("00-bang-tu-cham-diem-2025.xlsx")))) {
            Sheet sheet = book.getSheetAt(0);
            // The sheet exactly as /rollups/par-index/self/export.xlsx writes it, and its history.
            assertThat(book.getSheetName(0)).isEqualTo("Tự chấm và thẩm định");
            assertThat(book.getSheetName(1)).isEqualTo("Lịch sử");
            assertThat(text(sheet.getRow(0))).containsExactly("Mã", "Tiêu chí thành phần", "Điểm tối đa",
                    "Điểm tính tự động", "Điểm tự chấm", "Lý do điều chỉnh", "Tài liệu kiểm chứng", "Điểm thẩm định",
                    "Ý kiến thẩm định", "Chênh lệch (thẩm định − tự chấm)");
            for (int i = 0; i < index.scores().size(); i++) {
                CriterionScore score = index.scores().get(i);
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue().trim()).isEqualTo(score.criterion().code());
                assertThat(row.getCell(1).getStringCellValue().trim()).isEqualTo(score.criterion().title());
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(score.criterion().maxPoints().doubleValue());
                assertThat(row.getCell(3).getNumericCellValue()).as(score.criterion().code())
                        .isEqualTo(score.points().doubleValue());
            }
            Row totals = sheet.getRow(index.scores().size() + 1);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(totals.getCell(3).getNumericCellValue()).isEqualTo(index.total().doubleValue());
            assertThat(sheet.getLastRowNum()).isEqualTo(index.scores().size() + 1);
        }
        assertThat(pdfText(files.get("00-bang-tu-cham-diem-2025.pdf")))
                .contains("BÁO CÁO", "Tự đánh giá, chấm điểm", index.scores().get(0).criterion().title());

        List<List<String>> csv = Csv.rows(files.get("index.csv"));
        assertThat(csv.get(0)).containsExactly("Mã tiêu chí", "Tiêu chí thành phần", "Tài liệu", "Số, ký hiệu",
                "Ngày", "Tên tệp");
        assertIndexMatchesEntries(csv, files);
        List<String> planRow = csv.stream().filter(r -> r.get(5).equals(planFile)).findFirst().orElseThrow();
        assertThat(planRow.subList(0, 2)).containsExactly("1", index.scores().get(0).criterion().title());
        assertThat(planRow.get(3)).isEqualTo("79a/KH-SYT");
        assertThat(planRow.get(4)).isEqualTo(date(index.plan().issued()));

        // The carried-out criterion names every accepted unit report of 79a/KH-SYT, each a PDF.
        List<List<String>> reports = csv.stream().filter(r -> r.get(0).equals("2")).toList();
        assertThat(reports).isNotEmpty();
        for (List<String> r : reports) {
            assertThat(r.get(5)).matches("\\d\\d-TC2-bao-cao-.*\\.pdf");
            assertThat(pdfText(files.get(r.get(5)))).contains("BÁO CÁO");
        }
        // Sở Y tế is an agency: its reports criterion names the consolidated reports it sent to Home Affairs.
        List<List<String>> consolidated = csv.stream().filter(r -> r.get(0).equals("3")).toList();
        assertThat(consolidated).as("the demo sent its first two consolidated reports").isNotEmpty();
        assertThat(consolidated).hasSize((int) consolidationDeadlines.agencyTimeliness(vanphong, index.nodeId(), 2025)
                .stream().filter(t -> t.sent()).count());
        for (List<String> r : consolidated) {
            assertThat(r.get(5)).matches("\\d\\d-TC3-bao-cao-tong-hop-.*\\.pdf");
            assertThat(pdfText(files.get(r.get(5)))).contains("BÁO CÁO");
        }
    }

    @Test
    void theAgencysPackNamesTheUploadedEvidenceFileUnderTheCarriedOutCriterionAndHoldsItsBytes() throws Exception {
        Map<String, byte[]> files = unzip(pack(world.office(), world.agency(), 2025));
        List<List<String>> csv = Csv.rows(files.get("index.csv"));
        assertIndexMatchesEntries(csv, files);

        String planFile = "01-TC1-ke-hoach-" + planLabel.replace('/', '-') + ".pdf";
        assertThat(pdfText(files.get(planFile))).contains(planLabel);
        // Four accepted reports (A Q1, A H1, B Q1, A year) and the file uploaded to the year's report.
        List<String> underTwo = csv.stream().filter(r -> r.get(0).equals("2")).map(r -> r.get(5)).toList();
        assertThat(underTwo).hasSize(5);
        String evidence = underTwo.stream().filter(n -> n.endsWith(".png")).findFirst().orElseThrow();
        assertThat(evidence).matches("\\d\\d-TC2-minh-chung-YEAR-Trung-tam-Y-te-A-.*-Anh-hoi-nghi-tap-huan\\.png");
        ReportDetails year = reportReader.details(world.office(), yearReport);
        long fileId = year.entries().stream().flatMap(e -> e.files().stream()).findFirst().orElseThrow().id();
        assertThat(files.get(evidence)).isEqualTo(reportReader.file(world.office(), yearReport, fileId).content());
        assertThat(files.keySet()).hasSize(3 + 1 + 5);
        // The agency has sent no consolidated report: nothing under the reports criterion.
        assertThat(csv).noneMatch(r -> r.get(0).equals("3"));
    }

    @Test
    void thePackHoldsTheSelfScoredAndAppraisedPointsAndTheFilesUploadedWithTheSelfAssessment() throws Exception {
        ParIndex computed = assessments.assess(world.office(), world.agency(), 2025);
        byte[] minutes = "%PDF-1.4\n1 0 obj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        byte[] photo = png(6);
        // The same minutes back criteria 1 and 2; a photo backs 2 only.
        sheets.save(world.office(), world.agency(), 2025, null, new SelfAssessmentCommand(List.of(
                new SelfAssessmentCommand.Entry("1", new BigDecimal("1"), "Kế hoạch ban hành bằng văn bản giấy",
                        List.of(), List.of()),
                new SelfAssessmentCommand.Entry("2", new BigDecimal("1.5"), "Bổ sung biên bản hội nghị", List.of(),
                        List.of()),
                new SelfAssessmentCommand.Entry("3", BigDecimal.ZERO, "Chưa gửi báo cáo tổng hợp", List.of(),
                        List.of())),
                List.of(new SelfAssessmentCommand.Upload("1", "Biên bản họp.pdf", minutes),
                        new SelfAssessmentCommand.Upload("2", "Biên bản họp.pdf", minutes),
                        new SelfAssessmentCommand.Upload("2", "Ảnh hội nghị.png", photo)),
                List.of()));
        lifecycle.submit(world.leader(), world.agency(), 2025, sheets.sheet(world.leader(), world.agency(), 2025).version());
        lifecycle.appraise(world.reviewer(), world.agency(), 2025,
                sheets.sheet(world.reviewer(), world.agency(), 2025).version(), new AppraisalCommand(List.of(
                        new AppraisalCommand.Entry("1", new BigDecimal("0.75"), "Ban hành sau hạn"),
                        new AppraisalCommand.Entry("2", new BigDecimal("1.5"), null),
                        new AppraisalCommand.Entry("3", BigDecimal.ZERO, null))));

        Map<String, byte[]> files = unzip(pack(world.reviewer(), world.agency(), 2025));
        // Hand-computed: self 1 + 1.5 + 0 = 2.5; appraised 0.75 + 1.5 + 0 = 2.25; difference −0.25 (criterion 1).
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.get("00-bang-tu-cham-diem-2025.xlsx")))) {
            Sheet sheet = book.getSheetAt(0);
            List<Double> self = new ArrayList<>();
            List<Double> appraised = new ArrayList<>();
            List<Double> difference = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                Row row = sheet.getRow(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(String.valueOf(i));
                assertThat(row.getCell(3).getNumericCellValue()).as("computed " + i)
                        .isEqualTo(computed.scores().get(i - 1).points().doubleValue());
                self.add(row.getCell(4).getNumericCellValue());
                appraised.add(row.getCell(7).getNumericCellValue());
                difference.add(row.getCell(9).getNumericCellValue());
            }
            assertThat(self).containsExactly(1.0, 1.5, 0.0);
            assertThat(appraised).containsExactly(0.75, 1.5, 0.0);
            assertThat(difference).containsExactly(-0.25, 0.0, 0.0);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Kế hoạch ban hành bằng văn bản giấy");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("Ban hành sau hạn");
            Row totals = sheet.getRow(4);
            assertThat(totals.getCell(1).getStringCellValue()).isEqualTo("Đã thẩm định");
            assertThat(totals.getCell(3).getNumericCellValue()).isEqualTo(computed.total().doubleValue());
            assertThat(totals.getCell(4).getNumericCellValue()).isEqualTo(2.5);
            assertThat(totals.getCell(7).getNumericCellValue()).isEqualTo(2.25);
            assertThat(totals.getCell(9).getNumericCellValue()).isEqualTo(-0.25);
            Sheet history = book.getSheetAt(1);
            assertThat(history.getRow(1).getCell(1).getStringCellValue()).isEqualTo(world.reviewer().fullName());
            assertThat(history.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Thẩm định");
            assertThat(history.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Gửi thẩm định");
        }
        String pdf = pdfText(files.get("00-bang-tu-cham-diem-2025.pdf")).replaceAll("\\s+", " ");
        assertThat(pdf).contains("Trạng thái: Đã thẩm định.",
                "Tổng cộng " + vi(computed.maximum()) + " " + vi(computed.total()) + " 2,5 2,25 -0,25",
                "Tiêu chí 1: Kế hoạch ban hành bằng văn bản giấy", "Tiêu chí 1, ý kiến thẩm định: Ban hành sau hạn",
                world.leader().fullName() + ": Gửi thẩm định");

        // The uploaded files: each under its criterion, the minutes written once and listed under both.
        List<List<String>> csv = Csv.rows(files.get("index.csv"));
        assertIndexMatchesEntries(csv, files);
        List<List<String>> uploaded = csv.stream().filter(r -> r.get(2).startsWith("Tệp minh chứng tự chấm")).toList();
        assertThat(uploaded).extracting(r -> r.get(0) + " " + r.get(2)).containsExactly(
                "1 Tệp minh chứng tự chấm Biên bản họp.pdf", "2 Tệp minh chứng tự chấm Biên bản họp.pdf",
                "2 Tệp minh chứng tự chấm Ảnh hội nghị.png");
        String minutesFile = uploaded.get(0).get(5);
        assertThat(minutesFile).matches("\\d\\d-TC1-minh-chung-tu-cham-Bien-ban-hop\\.pdf");
        assertThat(uploaded.get(1).get(5)).isEqualTo(minutesFile);
        assertThat(uploaded.get(2).get(5)).matches("\\d\\d-TC2-minh-chung-tu-cham-Anh-hoi-nghi\\.png");
        assertThat(uploaded).allSatisfy(r -> {
            assertThat(r.get(3)).as("no number").isEmpty();
            assertThat(r.get(4)).as("the upload date").isEqualTo(date(java.time.LocalDate.now(clock)));
        });
        assertThat(files.get(minutesFile)).isEqualTo(minutes);
        assertThat(files.get(uploaded.get(2).get(5))).isEqualTo(photo);
        // The agency's pack before (sheet, index, plan, four reports, the report's file) and the two files.
        assertThat(files.keySet()).hasSize(3 + 1 + 5 + 2);
        // The office downloads the same pack.
        assertThat(unzip(pack(world.office(), world.agency(), 2025)).keySet()).isEqualTo(files.keySet());
    }

    @Test
    void aDocumentBehindTwoCriteriaIsWrittenOnceAndIndexedUnderBoth() throws Exception {
        // unitA is no agency: its accepted reports back both the carried-out and the reports criterion.
        Map<String, byte[]> files = unzip(pack(world.unitUserA(), world.unitA(), 2025));
        List<List<String>> csv = Csv.rows(files.get("index.csv"));
        assertIndexMatchesEntries(csv, files);
        List<String> two = csv.stream().filter(r -> r.get(0).equals("2") && r.get(5).endsWith(".pdf")).map(r -> r.get(5))
                .toList();
        List<String> three = csv.stream().filter(r -> r.get(0).equals("3")).map(r -> r.get(5)).toList();
        assertThat(two).hasSize(3);
        assertThat(three).containsExactlyInAnyOrderElementsOf(two);
        assertThat(files.keySet()).hasSize(3 + 3 + 1);
        List<String> sent = List.of(data.aQ1(), data.aH1(), yearReport).stream()
                .map(id -> date(java.time.LocalDate.ofInstant(reportReader.details(world.unitUserA(), id).submittedAt(),
                        java.time.ZoneId.of("Asia/Ho_Chi_Minh"))))
                .toList();
        assertThat(csv.stream().filter(r -> r.get(0).equals("3")).map(r -> r.get(4)).toList())
                .as("each report with the date it was sent").containsExactlyInAnyOrderElementsOf(sent);
    }

    @Test
    void aNodeWithoutEvidenceGetsThePackWithTheSheetAndTheIndexOnly() throws Exception {
        Map<String, byte[]> files = unzip(pack(world.office(), world.agency(), 2024));
        assertThat(files.keySet()).containsExactly("00-bang-tu-cham-diem-2024.xlsx", "00-bang-tu-cham-diem-2024.pdf",
                "index.csv");
        List<List<String>> csv = Csv.rows(files.get("index.csv"));
        assertThat(csv).hasSize(3);
        assertIndexMatchesEntries(csv, files);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.get("00-bang-tu-cham-diem-2024.xlsx")))) {
            Row totals = book.getSheetAt(0).getRow(book.getSheetAt(0).getLastRowNum());
            assertThat(totals.getCell(3).getNumericCellValue()).isZero();
        }
    }

    @Test
    void theIndexFollowsTheUsersLanguageAndTheFileNamesStayVietnamese() throws Exception {
        byte[] zip = mvc.perform(get("/rollups/par-index/" + world.agency() + "/2025/evidence.zip?lang=en")
                .with(as(world.office()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, byte[]> files = unzip(zip);
        List<List<String>> csv = Csv.rows(files.get("index.csv"));
        assertThat(csv.get(0)).containsExactly("Code", "Criterion", "Document", "Number", "Date", "File name");
        assertThat(csv.get(1).get(2)).isEqualTo("Self-assessment sheet");
        assertThat(files).containsKey("00-bang-tu-cham-diem-2025.xlsx");
    }

    @Test
    void everyRoleGetsThePackOfTheNodeThePageShowsItAndNoOther() throws Exception {
        String agency = "/rollups/par-index/" + world.agency() + "/2025/evidence.zip";
        for (CurrentUser user : List.of(world.office(), world.leader(), world.reviewer())) {
            assertThat(unzip(mvc.perform(get(agency).with(as(user))).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsByteArray())).as(user.role().name()).containsKey("index.csv");
        }
        mvc.perform(get(agency).with(as(world.admin()))).andExpect(status().isForbidden());
        // A unit asks for the agency, or another unit: forbidden; its own node: its pack.
        mvc.perform(get(agency).with(as(world.unitUserA()))).andExpect(status().isForbidden());
        mvc.perform(get("/rollups/par-index/" + world.unitB() + "/2025/evidence.zip").with(as(world.unitUserA())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rollups/par-index/" + world.unitA() + "/2025/evidence.zip").with(as(world.unitUserA())))
                .andExpect(status().isOk());
        // The office and the leader see their own node only, as on the page; the reviewer any of the province.
        mvc.perform(get("/rollups/par-index/" + world.unitA() + "/2025/evidence.zip").with(as(world.office())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rollups/par-index/" + world.unitA() + "/2025/evidence.zip").with(as(world.leader())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rollups/par-index/" + world.unitA() + "/2025/evidence.zip").with(as(world.reviewer())))
                .andExpect(status().isOk());

        World other = fixtures.newWorld();
        for (CurrentUser user : List.of(other.office(), other.leader(), other.reviewer(), other.unitUserA(),
                other.admin())) {
            mvc.perform(get(agency).with(as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get(agency)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/rollups/par-index/" + world.agency() + "/1999/evidence.zip").with(as(world.office())))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void thePageOffersThePackOfTheNodeItShows() throws Exception {
        Document page = Html.page(mvc.perform(get("/rollups/par-index?year=2025&node=" + world.unitA())
                .with(as(world.reviewer()))).andExpect(status().isOk()));
        assertThat(page.selectFirst("#evidence-zip").attr("href"))
                .isEqualTo("/rollups/par-index/" + world.unitA() + "/2025/evidence.zip");
        assertThat(page.selectFirst("#evidence-zip").text()).isEqualTo("Tải hồ sơ minh chứng (ZIP)");
        for (CurrentUser user : List.of(world.office(), world.leader(), world.unitUserA())) {
            Document own = Html.page(mvc.perform(get("/rollups/par-index?year=2025").with(as(user)))
                    .andExpect(status().isOk()));
            long node = user.role() == Role.UNIT ? world.unitA() : world.agency();
            assertThat(own.selectFirst("#evidence-zip").attr("href")).as(user.role().name())
                    .isEqualTo("/rollups/par-index/" + node + "/2025/evidence.zip");
        }
    }

    // --- helpers ---

    byte[] pack(CurrentUser user, long node, int year) throws Exception {
        return mvc.perform(get("/rollups/par-index/" + node + "/" + year + "/evidence.zip").with(as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    /** Every file of the pack but the index is in the index, and every file the index names is in the pack. */
    static void assertIndexMatchesEntries(List<List<String>> csv, Map<String, byte[]> files) {
        List<String> named = csv.subList(1, csv.size()).stream().map(r -> r.get(5)).toList();
        assertThat(named).allMatch(files::containsKey, "files the index names are in the pack");
        assertThat(files.keySet().stream().filter(n -> !n.equals("index.csv")).toList())
                .allMatch(named::contains, "every file of the pack is in the index");
        assertThat(csv.subList(1, csv.size())).allMatch(r -> r.size() == 6);
    }

    /** The ZIP's files in order, names unique. */
    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertThat(files.put(e.getName(), in.readAllBytes())).as("unique " + e.getName()).isNull();
            }
        }
        assertThat(files).as("the ZIP opens").isNotEmpty();
        return files;
    }

    static String pdfText(byte[] pdf) throws IOException {
        assertThat(pdf).as("a PDF in the pack").isNotNull();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static List<String> text(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(c -> cells.add(c.getStringCellValue()));
        return cells;
    }

    static String date(java.time.LocalDate d) {
        return "%02d/%02d/%d".formatted(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    CurrentUser demoUser(String username) {
        return jdbc.sql("select id, username, full_name, role, org_node_id from user_account where username = ?")
                .param(username)
                .query((rs, i) -> new CurrentUser(rs.getLong("id"), rs.getString("username"),
                        rs.getString("full_name"), Role.valueOf(rs.getString("role")), rs.getLong("org_node_id")))
                .single();
    }

    /** A number as the PDF prints it: "1,5". */
    static String vi(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static byte[] png(int size) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB), "png", png);
        return png.toByteArray();
    }

    /** The unit's year report, every activity done, with one picture uploaded as evidence; submitted. */
    long fileWithEvidence(CurrentUser unit, long planId, String fileName) throws IOException {
        byte[] picture = png(4);
        return transactions.execute(tx -> {
            long id = reportDrafting.open(unit, planId, ReportPeriod.YEAR);
            ReportDetails report = reportReader.details(unit, id);
            List<ReportCommand.Entry> entries = report.entries().stream()
                    .map(e -> new ReportCommand.Entry(e.activityKey(), ActivityStatus.DONE, null, "Công văn 15/TTYT",
                            null, Map.<Long, Integer>of()))
                    .toList();
            UUID first = entries.get(0).activityKey();
            long version = reportDrafting.save(unit, id, report.version(), new ReportCommand("Đã thực hiện.", null, null,
                    null, null, entries, List.of(new ReportCommand.Upload(first, fileName, picture)), List.of()));
            reportLifecycle.submit(unit, id, version);
            return id;
        });
    }

}
