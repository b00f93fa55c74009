package vn.parcomms.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;

@IntegrationTest
class ReportWebTest {

    static final byte[] SMALL_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    ReportListing reportListing;
    @Autowired
    ReportDetailsReader reportReader;
    @Autowired
    ReportDrafting reportDrafting;

    World world;
    IssuedPlan plan;
    long reportId;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
        plan = planFixtures.issuedPlan(world, 2099);
        reportId = reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.Q1);
    }

    long version() {
        return reportReader.details(world.unitUserA(), reportId).version();
    }

    /**
     * The report form as the browser posts it: one entry (the Q1 activity of unit A); {@code changes}
     * are name/value pairs that replace (or, with an empty value, blank) the defaults.
     */
    MockMultipartHttpServletRequestBuilder form(CurrentUser user, long version, String... changes) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("version", String.valueOf(version));
        values.put("resultsSummary", "Đã đăng 5 tin bài về CCHC.");
        values.put("entries[0].activityKey", plan.unitAFirstQuarter().toString());
        values.put("entries[0].status", "DONE");
        values.put("entries[0].evidence", "Công văn số 12/TTYT-TCHC");
        values.put("entries[0].figures[" + plan.indicatorId() + "]", "5");
        for (int i = 0; i < changes.length; i += 2) {
            values.put(changes[i], changes[i + 1]);
        }
        MockMultipartHttpServletRequestBuilder request = multipart("/reports/{id}", reportId);
        request.with(as(user)).with(csrf());
        values.forEach(request::param);
        return request;
    }

    String figure() {
        return "entries[0].figures[" + plan.indicatorId() + "]";
    }

    void submitViaForm() throws Exception {
        mvc.perform(form(world.unitUserA(), version(), "submitReport", "1"))
                .andExpect(redirectedUrl("/reports/" + reportId));
    }

    // ------------------------------------------------------------ routes per role

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "OPERATOR", mode = EnumSource.Mode.EXCLUDE)
    void everyReportsRouteAnswersEveryRole(Role role) throws Exception {
        CurrentUser user = world.userWith(role);
        boolean reader = role != Role.ADMIN;
        mvc.perform(get("/reports").with(as(user)))
                .andExpect(reader ? status().isOk() : status().isForbidden());
        mvc.perform(get("/reports/{id}", reportId).with(as(user)))
                .andExpect(reader ? status().isOk() : status().isForbidden());
        if (role == Role.UNIT) {
            mvc.perform(get("/reports/{id}/edit", reportId).with(as(user))).andExpect(status().isOk());
        } else if (reader) {
            mvc.perform(get("/reports/{id}/edit", reportId).with(as(user)))
                    .andExpect(redirectedUrl("/reports/" + reportId));
        } else {
            mvc.perform(get("/reports/{id}/edit", reportId).with(as(user))).andExpect(status().isForbidden());
        }
        boolean setsDeadlines = role == Role.OFFICE || role == Role.LEADER;
        mvc.perform(get("/reports/deadlines").with(as(user)))
                .andExpect(setsDeadlines ? status().isOk() : status().isForbidden());
        mvc.perform(post("/reports/deadlines").with(as(user)).with(csrf()).param("year", "2099")
                        .param("period", "Q1").param("deadline", "2099-03-20"))
                .andExpect(role == Role.OFFICE ? status().is3xxRedirection() : status().isForbidden());
    }

    @Test
    void aRefusedDeadlineStaysInItsCardAsTypedWithTheReasonAndChangesNothing() throws Exception {
        // 1 March is before the Q1 cut-off (14 March): refused.
        Document page = Html.page(mvc.perform(post("/reports/deadlines").with(as(world.office())).with(csrf())
                .param("year", "2099").param("period", "Q1").param("deadline", "2099-03-01"))
                .andExpect(status().isOk()));
        assertThat(page.selectFirst("#deadline-Q1").attr("value")).isEqualTo("2099-03-01");
        assertThat(page.selectFirst("#deadline-Q1").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("[data-period=Q1] .invalid-feedback").text()).isNotBlank()
                .doesNotContain("Exception").doesNotContain("report.");
        assertThat(page.selectFirst("#deadline-H1").hasClass("is-invalid")).isFalse();

        Document after = Html.page(mvc.perform(get("/reports/deadlines").param("year", "2099").with(as(world.office())))
                .andExpect(status().isOk()));
        assertThat(after.selectFirst("#deadline-Q1").attr("value")).isNotEqualTo("2099-03-01");
        assertThat(after.selectFirst("#deadline-Q1").attr("type")).isEqualTo("text");
        assertThat(after.selectFirst("#deadline-Q1").attr("value")).matches("\\d{2}/\\d{2}/2099");

        // Not a date at all: kept as typed, and the message says how to type one (ADR 0031).
        Document unreadable = Html.page(mvc.perform(post("/reports/deadlines").with(as(world.office())).with(csrf())
                .param("year", "2099").param("period", "Q1").param("deadline", "32/03/2099"))
                .andExpect(status().isOk()));
        assertThat(unreadable.selectFirst("#deadline-Q1").attr("value")).isEqualTo("32/03/2099");
        assertThat(unreadable.selectFirst("[data-period=Q1] .invalid-feedback").text())
                .isEqualTo("Ngày không hợp lệ: nhập theo dạng dd/mm/yyyy, ví dụ 06/05/2025.");
        // Typed dd/mm/yyyy, it is saved.
        mvc.perform(post("/reports/deadlines").with(as(world.office())).with(csrf())
                        .param("year", "2099").param("period", "Q1").param("deadline", "20/03/2099"))
                .andExpect(status().is3xxRedirection());
        assertThat(Html.page(mvc.perform(get("/reports/deadlines").param("year", "2099").with(as(world.office())))
                .andExpect(status().isOk())).selectFirst("#deadline-Q1").attr("value")).isEqualTo("20/03/2099");
    }

    @Test
    void theUnitSeesItsPeriodsAndTheOfficeTheFollowUpPage() throws Exception {
        Document unitPage = Html.page(mvc.perform(get("/reports").with(as(world.unitUserA()))).andExpect(status().isOk()));
        assertThat(unitPage.select("#my-reports tbody tr")).extracting(e -> e.attr("data-period"))
                .containsExactly("Q1", "H1", "M9", "YEAR");
        assertThat(unitPage.select("#my-reports tbody tr").first().text()).contains("Quý I năm 2099", "Đang soạn");

        Document office = Html.page(mvc.perform(get("/reports").param("plan", String.valueOf(plan.id()))
                .param("period", "Q1").with(as(world.office()))).andExpect(status().isOk()));
        assertThat(office.select("#follow-up tbody tr")).extracting(e -> e.attr("data-unit"))
                .containsExactlyInAnyOrder(String.valueOf(world.unitA()), String.valueOf(world.unitB()));
        assertThat(office.select("#follow-up").text()).contains("Đang soạn", "Chưa lập");
        assertThat(office.select("#follow-up a[href=/reports/" + reportId + "]")).hasSize(1);
    }

    @Test
    void aUnitStartsAReportFromItsListAndLandsOnTheForm() throws Exception {
        mvc.perform(post("/reports").with(as(world.unitUserB())).with(csrf())
                        .param("plan", String.valueOf(plan.id())).param("period", "H1"))
                .andExpect(status().is3xxRedirection());
        assertThat(reportListing.findReportId(world.unitUserB(), plan.id(), ReportPeriod.H1)).isPresent();
    }

    // ------------------------------------------------------------ access

    @Test
    void aUnitUserCannotReadAnotherUnitsReportOrFileByChangingTheId() throws Exception {
        mvc.perform(form(world.unitUserA(), version()).file(new MockMultipartFile("entries[0].files", "bb.pdf",
                "application/pdf", SMALL_PDF))).andExpect(status().is3xxRedirection());
        long fileId = reportReader.details(world.unitUserA(), reportId).entries().get(0).files().get(0).id();

        CurrentUser other = world.unitUserB();
        mvc.perform(get("/reports/{id}", reportId).with(as(other))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/{id}/edit", reportId).with(as(other))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/{id}/files/{f}", reportId, fileId).with(as(other))).andExpect(status().isForbidden());
        mvc.perform(form(other, version())).andExpect(status().isForbidden());
        mvc.perform(post("/reports/{id}/submit", reportId).with(as(other)).with(csrf())
                .param("version", String.valueOf(version()))).andExpect(status().isForbidden());

        World elsewhere = fixtures.newWorld();
        mvc.perform(get("/reports/{id}", reportId).with(as(elsewhere.office()))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/{id}/files/{f}", reportId, fileId).with(as(elsewhere.reviewer())))
                .andExpect(status().isForbidden());
        // A file id of another report under this report's id is not found, never served.
        long otherReport = reportDrafting.open(other, plan.id(), ReportPeriod.Q1);
        mvc.perform(get("/reports/{id}/files/{f}", otherReport, fileId).with(as(other)))
                .andExpect(status().isNotFound());
    }

    @Test
    void transitionsAreRefusedToTheWrongRole() throws Exception {
        submitViaForm();
        long version = version();
        for (CurrentUser user : new CurrentUser[] {world.leader(), world.reviewer(), world.unitUserA()}) {
            mvc.perform(post("/reports/{id}/accept", reportId).with(as(user)).with(csrf())
                    .param("version", String.valueOf(version))).andExpect(status().isForbidden());
            mvc.perform(post("/reports/{id}/return", reportId).with(as(user)).with(csrf())
                    .param("version", String.valueOf(version)).param("reason", "x")).andExpect(status().isForbidden());
        }
        mvc.perform(post("/reports/{id}/submit", reportId).with(as(world.office())).with(csrf())
                .param("version", String.valueOf(version))).andExpect(status().isForbidden());
        assertThat(reportReader.details(world.office(), reportId).status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void theOfficeReturnsWithAReasonAndAcceptsTheCorrectedReport() throws Exception {
        submitViaForm();
        mvc.perform(post("/reports/{id}/return", reportId).with(as(world.office())).with(csrf())
                        .param("version", String.valueOf(version())).param("reason", ""))
                .andExpect(redirectedUrl("/reports/" + reportId));
        assertThat(reportReader.details(world.office(), reportId).status()).isEqualTo(ReportStatus.SUBMITTED);

        mvc.perform(post("/reports/{id}/return", reportId).with(as(world.office())).with(csrf())
                        .param("version", String.valueOf(version())).param("reason", "Bổ sung minh chứng."))
                .andExpect(redirectedUrl("/reports/" + reportId));
        Document returned = Html.page(mvc.perform(get("/reports/{id}/edit", reportId).with(as(world.unitUserA())))
                .andExpect(status().isOk()));
        assertThat(returned.select("#return-reason").text()).contains("Bổ sung minh chứng.");

        submitViaForm();
        mvc.perform(post("/reports/{id}/accept", reportId).with(as(world.office())).with(csrf())
                .param("version", String.valueOf(version()))).andExpect(redirectedUrl("/reports/" + reportId));
        Document accepted = Html.page(mvc.perform(get("/reports/{id}", reportId).with(as(world.unitUserA()))));
        assertThat(accepted.select("#report-status").text()).isEqualTo("Đã tiếp nhận");
        assertThat(accepted.select("a[href=/reports/" + reportId + "/edit]")).isEmpty();
        assertThat(accepted.select("#history li")).hasSize(5);
    }

    // ------------------------------------------------------------ form behaviour

    @Test
    void aFailedValidationKeepsEverythingTyped() throws Exception {
        Document page = Html.page(mvc.perform(multipart("/reports/{id}", reportId).with(as(world.unitUserA()))
                        .with(csrf()).param("version", String.valueOf(version()))
                        .param("resultsSummary", "Nội dung đã nhập")
                        .param("entries[0].activityKey", plan.unitAFirstQuarter().toString())
                        .param("entries[0].status", "DONE").param("entries[0].note", "Ghi chú đã nhập")
                        .param("entries[0].figures[" + plan.indicatorId() + "]", "-3"))
                .andExpect(status().isOk()));
        assertThat(page.selectFirst("textarea#resultsSummary").text()).isEqualTo("Nội dung đã nhập");
        assertThat(page.selectFirst("textarea[name=entries[0].note]").text()).isEqualTo("Ghi chú đã nhập");
        assertThat(page.selectFirst("input[name=entries[0].figures[" + plan.indicatorId() + "]]").val()).isEqualTo("-3");
        assertThat(page.select(".invalid-feedback").text()).contains("số nguyên từ 0");

        Document typo = Html.page(mvc.perform(form(world.unitUserA(), version(), figure(), "2,5"))
                .andExpect(status().isOk()));
        assertThat(typo.selectFirst("input[name=entries[0].figures[" + plan.indicatorId() + "]]").val()).isEqualTo("2,5");
        assertThat(reportReader.details(world.unitUserA(), reportId).resultsSummary()).isNull();
    }

    @Test
    void submittingAnIncompleteReportKeepsTheDraftAndSaysWhatIsMissing() throws Exception {
        Document page = Html.page(mvc.perform(form(world.unitUserA(), version(), "entries[0].status", "",
                "submitReport", "1")).andExpect(status().isOk()));
        assertThat(page.select(".alert-danger").text()).contains("còn 1 mục cần bổ sung",
                "Chưa cập nhật tình trạng thực hiện");
        // Beside its field too, not only at the top.
        assertThat(page.selectFirst("select[name=entries[0].status]").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("select[name=entries[0].status] + .invalid-feedback").text())
                .contains("Chưa cập nhật tình trạng thực hiện", "Đăng tin về CCHC");
        ReportDetails saved = reportReader.details(world.unitUserA(), reportId);
        assertThat(saved.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(saved.resultsSummary()).isEqualTo("Đã đăng 5 tin bài về CCHC.");
        assertThat(page.selectFirst("input[name=version]").val()).isEqualTo(String.valueOf(saved.version()));
    }

    @Test
    void aStaleFormGetsAConflictMessageAndKeepsWhatWasTyped() throws Exception {
        long opened = version();
        mvc.perform(form(world.unitUserA(), opened)).andExpect(status().is3xxRedirection());
        Document page = Html.page(mvc.perform(form(world.unitUserA(), opened, "resultsSummary", "Bản thứ hai"))
                .andExpect(status().isConflict()));
        assertThat(page.select(".alert-danger").text()).contains("vừa được người khác lưu");
        assertThat(page.selectFirst("textarea#resultsSummary").text()).isEqualTo("Bản thứ hai");
        assertThat(reportReader.details(world.unitUserA(),
                reportId).resultsSummary()).isEqualTo("Đã đăng 5 tin bài về CCHC.");
    }

    @Test
    void aDoubleClickOnSubmitSubmitsOnce() throws Exception {
        mvc.perform(form(world.unitUserA(), version())).andExpect(status().is3xxRedirection());
        long version = version();
        for (int click = 0; click < 2; click++) {
            mvc.perform(post("/reports/{id}/submit", reportId).with(as(world.unitUserA())).with(csrf())
                    .param("version", String.valueOf(version))).andExpect(redirectedUrl("/reports/" + reportId));
        }
        assertThat(reportReader.details(world.unitUserA(), reportId).history())
                .filteredOn(e -> e.action().equals("SUBMITTED")).hasSize(1);
    }

    // ------------------------------------------------------------ uploads

    @Test
    void anExecutableRenamedPdfIsRefusedWithAMessage() throws Exception {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        Document page = Html.page(mvc.perform(form(world.unitUserA(), version())
                .file(new MockMultipartFile("entries[0].files", "bienban.pdf", "application/pdf", exe)))
                .andExpect(status().isOk()));
        assertThat(page.select(".invalid-feedback").text()).contains("bienban.pdf", "không phải PDF");
        assertThat(reportReader.details(world.unitUserA(), reportId).entries().get(0).files()).isEmpty();
    }

    @Test
    void aFileOfTenMegabytesAndOneByteIsRefused() throws Exception {
        byte[] big = new byte[EvidenceFileType.MAX_BYTES + 1];
        System.arraycopy(SMALL_PDF, 0, big, 0, SMALL_PDF.length);
        Document page = Html.page(mvc.perform(form(world.unitUserA(), version())
                .file(new MockMultipartFile("entries[0].files", "lon.pdf", "application/pdf", big)))
                .andExpect(status().isOk()));
        assertThat(page.select(".invalid-feedback").text()).contains("vượt quá 10 MB");
        assertThat(reportReader.details(world.unitUserA(), reportId).entries().get(0).files()).isEmpty();

        byte[] limit = Arrays.copyOf(big, EvidenceFileType.MAX_BYTES);
        mvc.perform(form(world.unitUserA(), version())
                .file(new MockMultipartFile("entries[0].files", "vua.pdf", "application/pdf", limit)))
                .andExpect(status().is3xxRedirection());
        assertThat(reportReader.details(world.unitUserA(), reportId).entries().get(0).files()).hasSize(1);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aWordFileThatInflatesToAGigabyteIsRefusedWithAMessage() throws Exception {
        byte[] bomb = EvidenceFileTypeTest.zipBomb(1024L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(EvidenceFileType.MAX_BYTES);
        Document page = Html.page(mvc.perform(form(world.unitUserA(), version())
                .file(new MockMultipartFile("entries[0].files", "bao-cao.docx", "application/octet-stream", bomb)))
                .andExpect(status().isOk()));
        assertThat(page.select(".invalid-feedback").text()).contains("bao-cao.docx", "giải nén ra quá lớn");
        assertThat(reportReader.details(world.unitUserA(), reportId).entries().get(0).files()).isEmpty();
    }

    @Test
    void aReportHoldsAtMostTenEvidenceFiles() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(form(world.unitUserA(), version())
                    .file(new MockMultipartFile("entries[0].files", "bb" + i + ".pdf", "application/pdf", SMALL_PDF)))
                    .andExpect(status().is3xxRedirection());
        }
        Document page = Html.page(mvc.perform(form(world.unitUserA(), version())
                .file(new MockMultipartFile("entries[0].files", "bb11.pdf", "application/pdf", SMALL_PDF)))
                .andExpect(status().isOk()));
        assertThat(page.text()).contains("tối đa 10 tệp minh chứng");
        assertThat(reportReader.details(world.unitUserA(), reportId).entries().get(0).files()).hasSize(10);
        // Deleting one makes room for one.
        long first = reportReader.details(world.unitUserA(), reportId).entries().get(0).files().get(0).id();
        mvc.perform(form(world.unitUserA(), version(), "deleteFile", String.valueOf(first)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(world.unitUserA(), version())
                .file(new MockMultipartFile("entries[0].files", "bb11.pdf", "application/pdf", SMALL_PDF)))
                .andExpect(status().is3xxRedirection());
        assertThat(reportReader.details(world.unitUserA(), reportId).entries().get(0).files()).hasSize(10);
    }

    @Test
    void aRightToLeftOverrideIsRemovedFromAnUploadedFileName() throws Exception {
        mvc.perform(form(world.unitUserA(), version())
                        .file(new MockMultipartFile("entries[0].files", "bien\u202Efdp.exe\u2066ban.pdf", "application/pdf",
                                SMALL_PDF)))
                .andExpect(status().is3xxRedirection());
        String stored = reportReader.details(world.unitUserA(), reportId).entries().get(0).files().get(0).fileName();
        assertThat(stored).isEqualTo("bienfdp.exeban.pdf").doesNotContain("\u202E", "\u2066");
    }

    @Test
    void aSmallPdfIsStoredAndServedAsAnAttachmentToThoseWhoMayRead() throws Exception {
        mvc.perform(form(world.unitUserA(), version())
                        .file(new MockMultipartFile("entries[0].files", "Biên bản.pdf", "text/plain", SMALL_PDF)))
                .andExpect(redirectedUrl("/reports/" + reportId + "/edit"));
        ReportDetails.FileView file = reportReader.details(world.unitUserA(), reportId).entries().get(0).files().get(0);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        for (CurrentUser reader : new CurrentUser[] {world.unitUserA(), world.office(), world.leader(), world.reviewer()}) {
            mvc.perform(get("/reports/{id}/files/{f}", reportId, file.id()).with(as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                    .andExpect(content().bytes(SMALL_PDF));
        }
        mvc.perform(form(world.unitUserA(), version(), "deleteFile", String.valueOf(file.id())))
                .andExpect(status().is3xxRedirection());
        assertThat(reportReader.details(world.unitUserA(), reportId).entries().get(0).files()).isEmpty();
    }

    @Test
    void everyMissingItemIsNamedAtOnceBesideItsFieldAndAtTheTop() throws Exception {
        long sixMonths = reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.H1);
        ReportDetails report = reportReader.details(world.unitUserA(), sixMonths);
        assertThat(report.entries()).hasSize(2);
        MockMultipartHttpServletRequestBuilder request = multipart("/reports/{id}", sixMonths);
        request.with(as(world.unitUserA())).with(csrf()).param("version", String.valueOf(report.version()))
                .param("resultsSummary", "Tóm tắt đã gõ")
                .param("entries[0].activityKey", report.entries().get(0).activityKey().toString())
                .param("entries[0].status", "DONE").param("entries[0].evidence", "")
                .param("entries[1].activityKey", report.entries().get(1).activityKey().toString())
                .param("entries[1].status", "DROPPED").param("entries[1].dropReason", "")
                .param("submitReport", "1");
        Document page = Html.page(mvc.perform(request).andExpect(status().isOk()));
        assertThat(page.select(".alert-danger").text()).contains("còn 2 mục cần bổ sung",
                "cần minh chứng", report.entries().get(0).activityName(), "cần nêu lý do",
                report.entries().get(1).activityName());
        assertThat(page.selectFirst("textarea[name=entries[0].evidence]").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("input[name=entries[1].dropReason]").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("textarea[name=resultsSummary]").text()).isEqualTo("Tóm tắt đã gõ");
        assertThat(reportReader.details(world.unitUserA(), sixMonths).status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(reportReader.details(world.unitUserA(), sixMonths).resultsSummary()).isEqualTo("Tóm tắt đã gõ");
    }

    @Test
    void aFigureManyTimesItsTargetIsSavedButSentUpwardOnlyOnceConfirmed() throws Exception {
        Document page = Html.page(mvc.perform(form(world.unitUserA(), version(), figure(), "500", "submitReport", "1"))
                .andExpect(status().isOk()));
        assertThat(page.text()).contains("Số 500 lớn hơn nhiều lần chỉ tiêu cả năm (12)");
        assertThat(page.selectFirst("input[name=" + figure() + "]").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("#confirmFigures")).isNotNull();
        ReportDetails saved = reportReader.details(world.unitUserA(), reportId);
        assertThat(saved.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(saved.entries().get(0).figures().get(0).amount()).isEqualTo(500);

        // Within ten times the target nothing is asked.
        mvc.perform(form(world.unitUserA(), version(), figure(), "100")).andExpect(status().is3xxRedirection());
        mvc.perform(form(world.unitUserA(), version(), figure(), "500", "confirmFigures", "true", "submitReport", "1"))
                .andExpect(redirectedUrl("/reports/" + reportId));
        assertThat(reportReader.details(world.unitUserA(), reportId).status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void aDoneActivityWithOnlyAFileAsEvidenceCanBeSubmitted() throws Exception {
        mvc.perform(form(world.unitUserA(), version(), "entries[0].evidence", "", "submitReport", "1")
                        .file(new MockMultipartFile("entries[0].files", "anh.pdf", "application/pdf", SMALL_PDF)))
                .andExpect(redirectedUrl("/reports/" + reportId));
        assertThat(reportReader.details(world.unitUserA(), reportId).status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    // ------------------------------------------------------------ home page

    @Test
    void theUnitsHomePageRemindsOfOverdueReports() throws Exception {
        World late = fixtures.newWorld();
        planFixtures.issuedPlan(late, 2025);
        // The to-do list is the one place that says so (the reports card repeated it until issue 14).
        Document home = Html.page(mvc.perform(get("/").with(as(late.unitUserA()))).andExpect(status().isOk()));
        var due = home.select("#todo li[data-kind=REPORT_DUE]");
        assertThat(due).hasSize(4);
        assertThat(due.first().text()).contains("Quý I năm 2025", "quá hạn");
        assertThat(due.first().select(".badge.text-bg-danger")).hasSize(1);
        assertThat(home.select("#reports-card").text()).doesNotContain("quá hạn");
        Document office = Html.page(mvc.perform(get("/").with(as(late.office()))).andExpect(status().isOk()));
        assertThat(office.select("#todo li[data-kind=REPORT_DUE]")).isEmpty();
    }
}
