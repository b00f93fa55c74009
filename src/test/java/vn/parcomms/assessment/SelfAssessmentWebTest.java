package vn.parcomms.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/**
 * The self-assessment of an agency through the pages, on the default set (1 plan issued, 2
 * carried out, 3 reports on time; a node without a plan computes 0 on each): the office scores
 * with reasons and evidence, the leader submits, Home Affairs appraises or returns; who may do
 * what, another agency's sheet out of reach, stale forms, and the province overview.
 */
@IntegrationTest
class SelfAssessmentWebTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    SelfAssessmentService sheets;
    @Autowired
    SelfAssessmentLifecycle lifecycle;
    @Autowired
    ParIndexCriteriaService criteria;
    @Autowired
    JdbcClient jdbc;

    World w;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
    }

    AssessmentSheet sheet() {
        return sheets.sheet(w.office(), w.agency(), 2025);
    }

    org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder save(CurrentUser user, Long version, String... codePointsReason) {
        var b = multipart("/rollups/par-index/self").with(csrf()).with(as(user))
                .param("node", String.valueOf(w.agency())).param("year", "2025")
                .param("version", version == null ? "" : String.valueOf(version));
        for (int i = 0; i < codePointsReason.length / 3; i++) {
            b.param("entries[" + i + "].code", codePointsReason[3 * i])
                    .param("entries[" + i + "].selfPoints", codePointsReason[3 * i + 1])
                    .param("entries[" + i + "].reason", codePointsReason[3 * i + 2]);
        }
        return b;
    }

    MockHttpServletRequestBuilder step(String what, CurrentUser user, long version) {
        return post("/rollups/par-index/self/" + what).with(csrf()).with(as(user))
                .param("node", String.valueOf(w.agency())).param("year", "2025")
                .param("version", String.valueOf(version));
    }

    MockHttpServletRequestBuilder appraise(CurrentUser user, long version, String... codePointsComment) {
        var b = step("appraise", user, version);
        for (int i = 0; i < codePointsComment.length / 3; i++) {
            b.param("entries[" + i + "].code", codePointsComment[3 * i])
                    .param("entries[" + i + "].points", codePointsComment[3 * i + 1])
                    .param("entries[" + i + "].comment", codePointsComment[3 * i + 2]);
        }
        return b;
    }

    @Test
    void officeScoresWithReasonsAndEvidenceLeaderSubmitsAndHomeAffairsAppraises() throws Exception {
        Document empty = Html.page(mvc.perform(get("/rollups/par-index/self?year=2025").with(as(w.office())))
                .andExpect(status().isOk()));
        assertThat(empty.selectFirst("#self-status").attr("data-status")).isEqualTo("NONE");
        assertThat(empty.select("#self-table tr[data-criterion]").eachAttr("data-criterion"))
                .containsExactly("1", "2", "3");
        assertThat(empty.select("#self-form [data-entry]")).hasSize(3);

        // Different from the computed 0 without a reason: refused on the field, nothing saved.
        Document refused = Html.page(mvc.perform(save(w.office(), null, "1", "1", "", "2", "", "", "3", "", ""))
                .andExpect(status().isOk()));
        assertThat(refused.selectFirst("#reason-0").hasClass("is-invalid")).isTrue();
        assertThat(refused.selectFirst("#self-0").val()).isEqualTo("1");
        assertThat(sheet().status()).isEqualTo(AssessmentStatus.NONE);

        // With the reason, a link, a file and "1,5" typed the Vietnamese way.
        mvc.perform(save(w.office(), null, "1", "1", "Kế hoạch ban hành bằng văn bản giấy ngày 20/01", "2", "1,5",
                "Biên bản kiểm tra", "3", "", "")
                .file(new MockMultipartFile("entries[0].files", "Kế hoạch 12.pdf", "application/pdf", PDF))
                .param("entries[0].urls", "https://syt.example.vn/ke-hoach-12"))
                .andExpect(status().is3xxRedirection());
        AssessmentSheet draft = sheet();
        assertThat(draft.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(draft.selfTotal()).isEqualByComparingTo("2.5");
        assertThat(draft.computedTotal()).isEqualByComparingTo("0");
        AssessmentSheet.Row first = draft.rows().get(0);
        assertThat(first.adjusted()).isTrue();
        assertThat(first.selfReason()).isEqualTo("Kế hoạch ban hành bằng văn bản giấy ngày 20/01");
        assertThat(first.evidence()).extracting(AssessmentSheet.Evidence::kind).containsExactly("URL", "FILE");
        assertThat(first.evidence().get(1).label()).isEqualTo("Kế hoạch 12.pdf");
        assertThat(draft.may().edit()).isTrue();
        assertThat(sheets.sheet(w.leader(), w.agency(), 2025).may().submit()).isTrue();

        // The file opens for whoever reads the sheet; not for another agency's office.
        String fileUrl = "/rollups/par-index/self/files/" + first.evidence().get(1).target();
        assertThat(mvc.perform(get(fileUrl).with(as(w.reviewer()))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray()).isEqualTo(PDF);
        World other = fixtures.anotherAgency(w, "Sở Tài chính");
        mvc.perform(get(fileUrl).with(as(other.office()))).andExpect(status().isForbidden());

        // The office may not submit; the leader does.
        mvc.perform(step("submit", w.office(), draft.version())).andExpect(status().isForbidden());
        mvc.perform(step("submit", w.leader(), draft.version())).andExpect(status().is3xxRedirection());
        AssessmentSheet submitted = sheet();
        assertThat(submitted.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo(w.leader().fullName());
        assertThat(submitted.may().edit()).isFalse();

        // A submitted sheet cannot be changed by the office.
        Document locked = Html.page(mvc.perform(save(w.office(), submitted.version(), "1", "0", ""))
                .andExpect(status().isOk()));
        assertThat(locked.select(".alert-danger").text()).contains("không sửa được nữa");
        assertThat(sheet().selfTotal()).isEqualByComparingTo("2.5");

        // Home Affairs: a different score needs a comment.
        Document noComment = Html.page(mvc.perform(appraise(w.reviewer(), submitted.version(), "1", "1", "", "2",
                "1", "", "3", "0", "")).andExpect(status().isOk()));
        assertThat(noComment.selectFirst("#comment-1").hasClass("is-invalid")).isTrue();
        mvc.perform(appraise(w.reviewer(), submitted.version(), "1", "1", "", "2", "1",
                "Chỉ 2 trong 3 hoạt động có biên bản", "3", "0", "")).andExpect(status().is3xxRedirection());

        AssessmentSheet appraised = sheet();
        assertThat(appraised.status()).isEqualTo(AssessmentStatus.APPRAISED);
        assertThat(appraised.appraisedTotal()).isEqualByComparingTo("2");
        assertThat(appraised.difference()).isEqualByComparingTo("-0.5");
        assertThat(appraised.appraisedBy()).isEqualTo(w.reviewer().fullName());
        assertThat(appraised.history()).extracting(AssessmentSheet.HistoryLine::action)
                .containsExactly("APPRAISED", "SUBMITTED", "SAVED", "CREATED");

        Document page = Html.page(mvc.perform(get("/rollups/par-index/self?year=2025").with(as(w.leader())))
                .andExpect(status().isOk()));
        assertThat(page.select("#self-table tr[data-criterion] td.self").eachText()).containsExactly("1", "1,5", "0");
        assertThat(page.select("#self-table tr[data-criterion] td.appraised").eachText())
                .containsExactly("1", "1", "0");
        assertThat(page.select("#self-table tr[data-criterion] td.difference").eachText())
                .containsExactly("0", "-0,5", "0");
        assertThat(page.select("#self-history li").eachAttr("data-action"))
                .containsExactly("APPRAISED", "SUBMITTED", "SAVED", "CREATED");

        // Both columns and the difference in the PAR INDEX workbook and in the sheet's own.
        for (String url : List.of("/rollups/par-index/export.xlsx?year=2025",
                "/rollups/par-index/self/export.xlsx?year=2025")) {
            byte[] xlsx = mvc.perform(get(url).with(as(w.office()))).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsByteArray();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet self = book.getSheet("Tự chấm và thẩm định");
                assertThat(self).as(url).isNotNull();
                assertThat(self.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Điểm tự chấm");
                assertThat(self.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Điểm thẩm định");
                Row second = self.getRow(2);
                assertThat(second.getCell(0).getStringCellValue()).isEqualTo("2");
                assertThat(second.getCell(4).getNumericCellValue()).isEqualTo(1.5);
                assertThat(second.getCell(7).getNumericCellValue()).isEqualTo(1.0);
                assertThat(second.getCell(8).getStringCellValue()).isEqualTo("Chỉ 2 trong 3 hoạt động có biên bản");
                assertThat(second.getCell(9).getNumericCellValue()).isEqualTo(-0.5);
                Row totals = self.getRow(4);
                assertThat(totals.getCell(4).getNumericCellValue()).isEqualTo(2.5);
                assertThat(totals.getCell(7).getNumericCellValue()).isEqualTo(2.0);
                assertThat(self.getRow(1).getCell(6).getStringCellValue())
                        .contains("https://syt.example.vn/ke-hoach-12").contains("Kế hoạch 12.pdf")
                        .contains("http://localhost/rollups/par-index/self/files/");
            }
        }
    }

    @Test
    void homeAffairsReturnsWithAReasonAndTheOfficeScoresAgain() throws Exception {
        sheets.save(w.office(), w.agency(), 2025, null, new SelfAssessmentCommand(List.of(
                new SelfAssessmentCommand.Entry("1", BigDecimal.ONE, "Có văn bản", List.of(), List.of())), List.of(),
                List.of()));
        lifecycle.submit(w.leader(), w.agency(), 2025, sheet().version());
        long version = sheet().version();

        mvc.perform(step("return", w.reviewer(), version).param("reason", " ")).andExpect(status().is3xxRedirection());
        assertThat(sheet().status()).isEqualTo(AssessmentStatus.SUBMITTED);
        mvc.perform(step("return", w.leader(), version).param("reason", "Thiếu")).andExpect(status().isForbidden());
        mvc.perform(step("return", w.reviewer(), version).param("reason", "Thiếu tài liệu kiểm chứng tiêu chí 1"))
                .andExpect(status().is3xxRedirection());
        AssessmentSheet returned = sheet();
        assertThat(returned.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(returned.returnReason()).isEqualTo("Thiếu tài liệu kiểm chứng tiêu chí 1");
        assertThat(returned.may().edit()).isTrue();
        Document page = Html.page(mvc.perform(get("/rollups/par-index/self?year=2025").with(as(w.office())))
                .andExpect(status().isOk()));
        assertThat(page.selectFirst("#self-return-reason").text()).contains("Thiếu tài liệu kiểm chứng tiêu chí 1");
        mvc.perform(save(w.office(), returned.version(), "1", "", "", "2", "", "", "3", "", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(sheet().selfTotal()).isEqualByComparingTo("0");
        // The office of the node is told, and the reviewer of the province was told of the submission.
        assertThat(jdbc.sql("select count(*) from notification where kind = 'SELF_ASSESSMENT_RETURNED'"
                + " and recipient_id = :a").param("a", w.office().id()).query(Long.class).single()).isEqualTo(1L);
        assertThat(jdbc.sql("select count(*) from notification where kind = 'SELF_ASSESSMENT_SUBMITTED'"
                + " and recipient_id = :a").param("a", w.reviewer().id()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aStaleFormIsAConflictWithTheTypedValuesKept() throws Exception {
        mvc.perform(save(w.office(), null, "1", "", "", "2", "", "", "3", "", "")).andExpect(status().is3xxRedirection());
        long opened = sheet().version();
        mvc.perform(save(w.office(), opened, "1", "1", "Đồng nghiệp chấm", "2", "", "", "3", "", ""))
                .andExpect(status().is3xxRedirection());
        Document conflict = Html.page(mvc.perform(save(w.office(), opened, "1", "0.5", "Tôi chấm", "2", "", "", "3",
                "", "")).andExpect(status().isConflict()));
        assertThat(conflict.select(".alert-danger").text()).contains("người khác thay đổi");
        assertThat(conflict.selectFirst("#self-0").val()).isEqualTo("0.5");
        assertThat(sheet().rows().get(0).selfReason()).isEqualTo("Đồng nghiệp chấm");
        // Two first saves of the same empty sheet: the second one is a conflict too.
        World fresh = fixtures.anotherAgency(w, "Sở Xây dựng");
        sheets.save(fresh.office(), fresh.agency(), 2025, null, new SelfAssessmentCommand(List.of(), List.of(),
                List.of()));
        mvc.perform(multipart("/rollups/par-index/self").with(csrf()).with(as(fresh.office()))
                .param("node", String.valueOf(fresh.agency())).param("year", "2025").param("version", ""))
                .andExpect(status().isConflict());
    }

    @Test
    void aManualCriterionIsScoredByHandWithItsReason() throws Exception {
        criteria.add(w.admin(), 2025, null, new CriterionCommand("4", null, 40, "Sáng kiến tuyên truyền",
                new BigDecimal("1"), CriterionKind.MANUAL, Map.of()));
        mvc.perform(save(w.office(), null, "1", "", "", "2", "", "", "3", "", "", "4", "1.25", "Sáng kiến"))
                .andExpect(status().isOk());
        assertThat(sheet().status()).isEqualTo(AssessmentStatus.NONE);
        mvc.perform(save(w.office(), null, "1", "", "", "2", "", "", "3", "", "", "4", "0,75",
                "Chuyên mục CCHC trên đài phát thanh, 12 số")).andExpect(status().is3xxRedirection());
        AssessmentSheet s = sheet();
        AssessmentSheet.Row manual = s.rows().get(3);
        assertThat(manual.kind()).isEqualTo(CriterionKind.MANUAL);
        assertThat(manual.computedPoints()).isEqualByComparingTo("0");
        assertThat(manual.selfPoints()).isEqualByComparingTo("0.75");
        assertThat(s.selfTotal()).isEqualByComparingTo("0.75");
        assertThat(s.maximum()).isEqualByComparingTo("5");
    }

    @Test
    void eachRoleMayOnlyItsOwnStepsAndNoOtherNodesSheet() throws Exception {
        World other = fixtures.anotherAgency(w, "Sở Giáo dục");
        // Reading: the office, leader and reviewer read the agency; a unit, the administrator and another
        // agency's office do not.
        for (CurrentUser reader : List.of(w.office(), w.leader(), w.reviewer())) {
            mvc.perform(get("/rollups/par-index/self?year=2025&node=" + w.agency()).with(as(reader)))
                    .andExpect(status().isOk());
        }
        for (CurrentUser outsider : List.of(w.unitUserA(), w.admin(), other.office(), other.leader())) {
            mvc.perform(get("/rollups/par-index/self?year=2025&node=" + w.agency()).with(as(outsider)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/rollups/par-index/self/export.xlsx?year=2025&node=" + w.agency()).with(as(outsider)))
                    .andExpect(status().isForbidden());
        }
        // A unit reads its own (read-only) sheet.
        Document unit = Html.page(mvc.perform(get("/rollups/par-index/self?year=2025").with(as(w.unitUserA())))
                .andExpect(status().isOk()));
        assertThat(unit.select("#self-form")).isEmpty();
        // Editing: only the office of the node.
        for (CurrentUser notOffice : List.of(w.leader(), w.reviewer(), w.unitUserA(), w.admin(), other.office())) {
            mvc.perform(save(notOffice, null, "1", "", "")).andExpect(status().isForbidden());
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sheets.sheet(other.office(), w.agency(), 2025))
                .isInstanceOf(ForbiddenException.class);
        mvc.perform(save(w.office(), null, "1", "", "")).andExpect(status().is3xxRedirection());
        long v = sheet().version();
        for (CurrentUser notLeader : List.of(w.office(), w.reviewer(), w.unitUserA(), w.admin(), other.leader())) {
            mvc.perform(step("submit", notLeader, v)).andExpect(status().isForbidden());
        }
        lifecycle.submit(w.leader(), w.agency(), 2025, v);
        long submitted = sheet().version();
        for (CurrentUser notReviewer : List.of(w.office(), w.leader(), w.unitUserA(), w.admin(), other.office())) {
            mvc.perform(appraise(notReviewer, submitted, "1", "0", "")).andExpect(status().isForbidden());
            mvc.perform(step("return", notReviewer, submitted).param("reason", "x")).andExpect(status().isForbidden());
        }
        assertThat(sheet().status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(sheet().history()).extracting(AssessmentSheet.HistoryLine::action)
                .containsExactly("SUBMITTED", "SAVED", "CREATED");
    }

    @Test
    void theSheetsPdfHoldsBothColumnsTheDifferenceAndTheHistoryForWhoeverMayReadTheSheet() throws Exception {
        scored(w, "1", "1.5", "0");
        lifecycle.submit(w.leader(), w.agency(), 2025, sheet().version());
        appraised(w, "0.5", "1.5");
        // Hand-computed: self 1 + 1.5 + 0 = 2.5, appraised 0.5 + 1.5 + 0 = 2, difference −0.5.
        String url = "/rollups/par-index/self/export.pdf?year=2025&node=" + w.agency();
        for (CurrentUser reader : List.of(w.office(), w.leader(), w.reviewer())) {
            var response = mvc.perform(get(url).with(as(reader))).andExpect(status().isOk()).andReturn().getResponse();
            assertThat(response.getContentType()).isEqualTo("application/pdf");
            assertThat(response.getHeader("Content-Disposition")).as(reader.role().name())
                    .startsWith("attachment; filename=\"par-index-self-").endsWith("-2025.pdf\"");
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(response.getContentAsByteArray())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                assertThat(text).contains("BÁO CÁO", "Trạng thái: Đã thẩm định.", "Điểm tự chấm", "Điểm thẩm định",
                        "Chênh lệch", "Tổng cộng 4 0 2,5 2 -0,5", "Tiêu chí 2: Lý do",
                        "Tiêu chí 1, ý kiến thẩm định: Ý kiến", "Quá trình tự chấm điểm và thẩm định",
                        w.reviewer().fullName() + ": Thẩm định", w.leader().fullName() + ": Gửi thẩm định",
                        w.office().fullName() + ": Lưu bảng tự chấm");
                for (AssessmentSheet.Row r : sheet().rows()) {
                    assertThat(text).contains(r.title());
                }
            }
        }
        // The page offers it next to the XLSX.
        Document page = Html.page(mvc.perform(get("/rollups/par-index/self?year=2025").with(as(w.office())))
                .andExpect(status().isOk()));
        assertThat(page.selectFirst("#self-exports #self-export-pdf").attr("href"))
                .isEqualTo("/rollups/par-index/self/export.pdf?node=" + w.agency() + "&year=2025");
        // Access as the XLSX: a unit, the administrator and another agency's office and leader get 403.
        World other = fixtures.anotherAgency(w, "Sở Giáo dục");
        for (CurrentUser outsider : List.of(w.unitUserA(), w.admin(), other.office(), other.leader())) {
            mvc.perform(get(url).with(as(outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/rollups/par-index/self/export.xlsx?year=2025&node=" + w.agency()).with(as(outsider)))
                    .andExpect(status().isForbidden());
        }
        // A unit reads its own node's sheet, as a PDF too; the office and the leader not the unit's.
        mvc.perform(get("/rollups/par-index/self/export.pdf?year=2025").with(as(w.unitUserA())))
                .andExpect(status().isOk());
        mvc.perform(get("/rollups/par-index/self/export.pdf?year=2025&node=" + w.unitA()).with(as(w.office())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rollups/par-index/self/export.pdf?year=2025&node=" + w.unitA()).with(as(w.reviewer())))
                .andExpect(status().isOk());
        mvc.perform(get(url)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/rollups/par-index/self/export.pdf?year=1999&node=" + w.agency()).with(as(w.office())))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void theOverviewRanksTheAgenciesByAppraisedThenSelfScoreAndExportsIt() throws Exception {
        World second = fixtures.anotherAgency(w, "Sở Tài chính");
        World third = fixtures.anotherAgency(w, "Sở Xây dựng");
        // The agency: self 3, appraised 2. The second: self 2.5, appraised 2.5. The third: self 3.5, not appraised.
        scored(w, "1", "2", null);
        lifecycle.submit(w.leader(), w.agency(), 2025, sheets.sheet(w.leader(), w.agency(), 2025).version());
        appraised(w, "1", "1");
        scored(second, "0.5", "2", null);
        lifecycle.submit(second.leader(), second.agency(), 2025,
                sheets.sheet(second.leader(), second.agency(), 2025).version());
        appraised(second, "0.5", "2");
        scored(third, "1", "2", "0.5");

        Document page = Html.page(mvc.perform(get("/rollups/par-index/overview?year=2025").with(as(w.reviewer())))
                .andExpect(status().isOk()));
        var rows = page.select("#overview-table tbody tr");
        List<Long> order = rows.stream().map(r -> Long.parseLong(r.attr("data-node"))).toList();
        assertThat(order.subList(0, 3)).containsExactly(second.agency(), w.agency(), third.agency());
        assertThat(rows.get(0).selectFirst(".rank").text()).isEqualTo("1");
        assertThat(rows.get(0).selectFirst(".appraised").text()).isEqualTo("2,5");
        assertThat(rows.get(1).selectFirst(".difference").text()).isEqualTo("-1");
        assertThat(rows.get(2).selectFirst(".self").text()).isEqualTo("3,5");
        assertThat(rows.get(2).selectFirst(".appraised").text()).isEqualTo("–");
        // Home Affairs has no self-score: last, without a rank.
        assertThat(rows.get(3).attr("data-status")).isEqualTo("NONE");
        assertThat(rows.get(3).selectFirst(".rank").text()).isEqualTo("–");
        assertThat(page.select("#overview-chart .chart-row")).hasSize(3);
        assertThat(page.select("#overview-chart .chart-row").get(0).selectFirst(".value-appraised").text())
                .isEqualTo("Thẩm định: 2,5");
        assertThat(page.select("#overview-chart .chart-row").get(2).select("rect.bar-appraised")).isEmpty();
        assertThat(page.selectFirst("#overview-axis").text()).contains("4 điểm");

        byte[] xlsx = mvc.perform(get("/rollups/par-index/overview/export.xlsx?year=2025").with(as(w.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Hạng");
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).startsWith("Sở Tài chính");
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(2.5);
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(2.5);
            assertThat(sheet.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(-1.0);
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Đang tự chấm");
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void theOverviewIsForHomeAffairsAndTheProvinceAdministratorOnly() throws Exception {
        List<Supplier<MockHttpServletRequestBuilder>> routes = List.of(
                () -> get("/rollups/par-index/overview?year=2025"),
                () -> get("/rollups/par-index/overview/export.xlsx?year=2025"));
        for (Supplier<MockHttpServletRequestBuilder> route : routes) {
            for (CurrentUser allowed : List.of(w.reviewer(), w.admin())) {
                mvc.perform(route.get().with(as(allowed))).andExpect(status().isOk());
            }
            for (CurrentUser user : List.of(w.office(), w.leader(), w.unitUserA())) {
                var request = route.get().with(as(user));
                assertThat(mvc.perform(request).andReturn().getResponse().getStatus())
                        .as(user.role() + " " + request.buildRequest(new MockServletContext()).getRequestURI())
                        .isEqualTo(403);
            }
        }
    }

    private void scored(World world, String first, String second, String third) {
        sheets.save(world.office(), world.agency(), 2025, null, new SelfAssessmentCommand(List.of(
                new SelfAssessmentCommand.Entry("1", new BigDecimal(first), "Lý do", List.of(), List.of()),
                new SelfAssessmentCommand.Entry("2", new BigDecimal(second), "Lý do", List.of(), List.of()),
                new SelfAssessmentCommand.Entry("3", third == null ? null : new BigDecimal(third), "Lý do", List.of(),
                        List.of())), List.of(), List.of()));
    }

    private void appraised(World world, String first, String second) {
        AssessmentSheet s = sheets.sheet(world.reviewer(), world.agency(), 2025);
        lifecycle.appraise(world.reviewer(), world.agency(), 2025, s.version(), new AppraisalCommand(List.of(
                new AppraisalCommand.Entry("1", new BigDecimal(first), "Ý kiến"),
                new AppraisalCommand.Entry("2", new BigDecimal(second), "Ý kiến"),
                new AppraisalCommand.Entry("3", BigDecimal.ZERO, "Ý kiến"))));
    }
}
