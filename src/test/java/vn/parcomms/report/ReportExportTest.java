package vn.parcomms.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;

@IntegrationTest
class ReportExportTest {

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

    World world;
    IssuedPlan plan;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
        plan = planFixtures.issuedPlan(world, 2099);
    }

    /** The unit files a report for the period with the same figure for every activity due. */
    long filed(ReportPeriod period, int figure) {
        long id = reportDrafting.open(world.unitUserA(), plan.id(), period);
        ReportDetails report = reportReader.details(world.unitUserA(), id);
        List<ReportCommand.Entry> entries = new ArrayList<>();
        for (ReportDetails.EntryView e : report.entries()) {
            Map<Long, Integer> figures = new HashMap<>();
            e.figures().forEach(f -> figures.put(f.indicatorId(), figure));
            entries.add(new ReportCommand.Entry(e.activityKey(), ActivityStatus.DONE, null, "Công văn 12/TTYT-TCHC",
                    null, figures));
        }
        long version = reportDrafting.save(world.unitUserA(), id, report.version(), new ReportCommand(
                "Đã đăng tin bài về CCHC.", "Nhân lực còn mỏng.", "Thiếu kinh phí.", "Bổ sung kinh phí.",
                "Tiếp tục đăng tin.", entries, List.of(), List.of()));
        reportLifecycle.submit(world.unitUserA(), id, version);
        return id;
    }

    @Test
    void aUnitReportDownloadsAsAWordBaoCaoWithItsFiguresAsNumbersInATable() throws Exception {
        long id = filed(ReportPeriod.Q1, 5);
        var response = mvc.perform(get("/reports/{id}/export.docx", id).with(as(world.unitUserA())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.matchesPattern(
                        ".*filename=\"BC-Trung-tam-Y-te-A-T[0-9A-Za-z-]+-2099-Q1\\.docx\".*")))
                .andReturn().getResponse();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("BÁO CÁO", "Kết quả thực hiện công tác thông tin, tuyên truyền CCHC quý I năm 2099",
                    "TRUNG TÂM Y TẾ A", "SỞ Y TẾ", "I. Kết quả thực hiện", "Đã đăng tin bài về CCHC.",
                    "II. Tồn tại, hạn chế và nguyên nhân", "Nhân lực còn mỏng.", "III. Khó khăn, vướng mắc",
                    "Thiếu kinh phí.", "IV. Đề xuất, kiến nghị", "Bổ sung kinh phí.", "V. Nhiệm vụ kỳ tới",
                    "Tiếp tục đăng tin.", "Nơi nhận:", "(để tổng hợp);", "THỦ TRƯỞNG ĐƠN VỊ", "./.");
            assertThat(text).contains("Văn phòng Sở Y tế");
            XWPFTableRow row = activityRow(doc, "Đăng tin về CCHC trên trang thông tin điện tử");
            // columns: STT, content, activity, status, indicator, target, this period, cumulative, evidence
            assertThat(row.getCell(3).getText()).isEqualTo("Đã hoàn thành");
            assertThat(row.getCell(5).getText()).isEqualTo("12");
            assertThat(row.getCell(6).getText()).isEqualTo("5");
            assertThat(row.getCell(7).getText()).isEqualTo("5");
            assertThat(row.getCell(8).getText()).contains("Công văn 12/TTYT-TCHC");
        }
    }

    @Test
    void aSixMonthReportPrintsThePeriodFigureAndTheCumulativeOne() throws Exception {
        filed(ReportPeriod.Q1, 5);
        long h1 = filed(ReportPeriod.H1, 3);
        byte[] body = mvc.perform(get("/reports/{id}/export.docx", h1).with(as(world.office())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(body));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("CCHC 6 tháng năm 2099");
            XWPFTableRow row = activityRow(doc, "Tổ chức hội nghị đối thoại với người bệnh");
            assertThat(row.getCell(6).getText()).isEqualTo("3");
            assertThat(row.getCell(7).getText()).isEqualTo("3");
        }
    }

    @Test
    void theSameReportDownloadsAsASearchablePdf() throws Exception {
        long id = filed(ReportPeriod.Q1, 5);
        var response = mvc.perform(get("/reports/{id}/export.pdf", id).with(as(world.reviewer())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("-2099-Q1.pdf")))
                .andReturn().getResponse();
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            // table cells wrap inside their columns: compare with the line breaks as spaces
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("BÁO CÁO", "quý I năm 2099", "I. Kết quả thực hiện", "V. Nhiệm vụ kỳ tới",
                    "Đăng tin về CCHC trên trang thông tin điện tử", "Lũy kế", "12 5 5", "THỦ TRƯỞNG ĐƠN VỊ", "./.");
        }
    }

    @Test
    void exportsFollowTheAccessRulesOfTheReportPage() throws Exception {
        long id = filed(ReportPeriod.Q1, 5);
        World other = fixtures.newWorld();
        for (CurrentUser outsider : List.of(world.unitUserB(), other.unitUserA(), other.office(), other.reviewer())) {
            mvc.perform(get("/reports/{id}/export.docx", id).with(as(outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/reports/{id}/export.pdf", id).with(as(outsider))).andExpect(status().isForbidden());
        }
        for (CurrentUser insider : List.of(world.unitUserA(), world.office(), world.leader(), world.reviewer())) {
            mvc.perform(get("/reports/{id}/export.docx", id).with(as(insider))).andExpect(status().isOk());
        }
        mvc.perform(get("/reports/{id}/export.pdf", 99_999_999L).with(as(world.office())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theReportPageOffersBothDownloads() throws Exception {
        long id = filed(ReportPeriod.Q1, 5);
        var page = Html.page(mvc.perform(get("/reports/{id}", id).with(as(world.unitUserA())))
                .andExpect(status().isOk()));
        assertThat(page.select("#report-export a").eachAttr("href"))
                .containsExactly("/reports/" + id + "/export.docx", "/reports/" + id + "/export.pdf");
    }

    private static XWPFTableRow activityRow(XWPFDocument doc, String activity) {
        for (XWPFTable table : doc.getTables()) {
            if (table.getRow(0).getTableCells().size() == 9 && table.getRow(0).getCell(7).getText().equals("Lũy kế")) {
                for (XWPFTableRow row : table.getRows()) {
                    if (row.getCell(2).getText().equals(activity)) {
                        return row;
                    }
                }
            }
        }
        throw new AssertionError("no row for " + activity);
    }
}
