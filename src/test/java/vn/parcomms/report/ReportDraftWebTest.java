package vn.parcomms.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;

/**
 * The report form's background save, its one-file uploads and deleting a draft opened by mistake
 * (ADR 0027): the same access and validation as the form's save, the version carried and checked,
 * and drafts only.
 */
@IntegrationTest
class ReportDraftWebTest {

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
    JdbcClient jdbc;

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

    MockHttpServletRequestBuilder draft(CurrentUser user, long version, String... changes) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", String.valueOf(version));
        values.put("resultsSummary", "Đang viết dở: đã đăng 5 tin bài.");
        values.put("entries[0].activityKey", plan.unitAFirstQuarter().toString());
        values.put("entries[0].status", "IN_PROGRESS");
        values.put("entries[0].figures[" + plan.indicatorId() + "]", "5");
        for (int i = 0; i < changes.length; i += 2) {
            values.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/reports/{id}/draft", reportId).with(as(user)).with(csrf())
                .accept(MediaType.APPLICATION_JSON);
        values.forEach(request::param);
        return request;
    }

    // ------------------------------------------------------------ background save

    @Test
    void theBackgroundSaveKeepsWhatWasTypedAndAnswersTheNewVersionAndTheTime() throws Exception {
        long before = version();
        mvc.perform(draft(world.unitUserA(), before))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(org.hamcrest.Matchers.greaterThan((int) before)))
                .andExpect(jsonPath("$.message").value(containsString("Đã lưu nháp lúc")));
        ReportDetails saved = reportReader.details(world.unitUserA(), reportId);
        assertThat(saved.resultsSummary()).isEqualTo("Đang viết dở: đã đăng 5 tin bài.");
        assertThat(saved.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(saved.version()).isGreaterThan(before);
    }

    @Test
    void theSavedAnswerIsInEnglishForAnEnglishPage() throws Exception {
        mvc.perform(draft(world.unitUserA(), version()).cookie(new jakarta.servlet.http.Cookie("parcomms-lang", "en")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value(containsString("Saved at")));
    }

    @Test
    void aBackgroundSaveOnAnOlderVersionIsAConflictAndOverwritesNothing() throws Exception {
        long opened = version();
        reportDrafting.save(world.unitUserA(), reportId, opened, new ReportCommand("Bản của đồng nghiệp", null, null,
                null, null, java.util.List.of(), java.util.List.of(), java.util.List.of()));
        mvc.perform(draft(world.unitUserA(), opened))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.conflict").value(true))
                .andExpect(jsonPath("$.message").value(containsString("Người khác vừa lưu")));
        assertThat(reportReader.details(world.unitUserA(), reportId).resultsSummary()).isEqualTo("Bản của đồng nghiệp");
    }

    @Test
    void aBadFigureIsRefusedBesideItsFieldAndNothingIsSaved() throws Exception {
        mvc.perform(draft(world.unitUserA(), version(), "entries[0].figures[" + plan.indicatorId() + "]", "2,5"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['entries[0].figures[" + plan.indicatorId() + "]']").exists());
        assertThat(reportReader.details(world.unitUserA(), reportId).resultsSummary()).isNull();
    }

    @Test
    void aSubmittedReportTakesNoBackgroundSave() throws Exception {
        mvc.perform(multipart("/reports/{id}", reportId).with(as(world.unitUserA())).with(csrf())
                        .param("version", String.valueOf(version())).param("resultsSummary", "Đã đăng 5 tin.")
                        .param("entries[0].activityKey", plan.unitAFirstQuarter().toString())
                        .param("entries[0].status", "DONE").param("entries[0].evidence", "Công văn 12/TTYT")
                        .param("entries[0].figures[" + plan.indicatorId() + "]", "5").param("submitReport", "1"))
                .andExpect(redirectedUrl("/reports/" + reportId));
        assertThat(reportReader.details(world.unitUserA(), reportId).status()).isEqualTo(ReportStatus.SUBMITTED);
        mvc.perform(draft(world.unitUserA(), version(), "resultsSummary", "Sửa sau khi gửi"))
                .andExpect(status().isUnprocessableContent());
        assertThat(reportReader.details(world.unitUserA(), reportId).resultsSummary()).isEqualTo("Đã đăng 5 tin.");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "OPERATOR", mode = EnumSource.Mode.EXCLUDE)
    void onlyTheReportingUnitSavesInTheBackground(Role role) throws Exception {
        CurrentUser user = world.userWith(role);
        var result = mvc.perform(draft(user, version()));
        if (role == Role.UNIT) {
            result.andExpect(status().isOk());
        } else {
            result.andExpect(status().isForbidden());
            assertThat(reportReader.details(world.unitUserA(), reportId).resultsSummary()).isNull();
        }
    }

    @Test
    void anotherUnitCannotSaveInTheBackground() throws Exception {
        mvc.perform(draft(world.unitUserB(), version())).andExpect(status().isForbidden());
        assertThat(reportReader.details(world.unitUserA(), reportId).resultsSummary()).isNull();
    }

    // ------------------------------------------------------------ one file a request

    org.springframework.test.web.servlet.RequestBuilder upload(CurrentUser user, String name, byte[] content) {
        var request = multipart("/reports/{id}/files", reportId).file(new MockMultipartFile("file", name,
                "application/pdf", content));
        request.param("activityKey", plan.unitAFirstQuarter().toString()).with(as(user)).with(csrf())
                .accept(MediaType.APPLICATION_JSON);
        return request;
    }

    @Test
    void filesAreAttachedOneRequestEachWithoutChangingTheVersion() throws Exception {
        long before = version();
        for (int i = 1; i <= 3; i++) {
            mvc.perform(upload(world.unitUserA(), "bien-ban-" + i + ".pdf", ReportWebTest.SMALL_PDF))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.fileName").value("bien-ban-" + i + ".pdf"))
                    .andExpect(jsonPath("$.url").value(containsString("/reports/" + reportId + "/files/")));
        }
        ReportDetails report = reportReader.details(world.unitUserA(), reportId);
        assertThat(report.entries().get(0).files()).extracting(f -> f.fileName())
                .containsExactlyInAnyOrder("bien-ban-1.pdf", "bien-ban-2.pdf", "bien-ban-3.pdf");
        assertThat(report.version()).as("what is typed in the form stays savable").isEqualTo(before);
    }

    @Test
    void aFileThatIsNotEvidenceIsRefusedWithAMessage() throws Exception {
        mvc.perform(upload(world.unitUserA(), "virus.pdf", "MZ not a pdf".getBytes()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.message").value(containsString("virus.pdf")));
        assertThat(reportReader.details(world.unitUserA(), reportId).entries().get(0).files()).isEmpty();
    }

    @Test
    void onlyTheReportingUnitAttachesFiles() throws Exception {
        for (CurrentUser other : java.util.List.of(world.unitUserB(), world.office(), world.leader(), world.reviewer(),
                world.admin())) {
            mvc.perform(upload(other, "x.pdf", ReportWebTest.SMALL_PDF)).andExpect(status().isForbidden());
        }
        assertThat(reportReader.details(world.unitUserA(), reportId).entries().get(0).files()).isEmpty();
    }

    // ------------------------------------------------------------ deleting a draft opened by mistake

    boolean exists() {
        return jdbc.sql("select count(*) from unit_report where id = :id").param("id", reportId).query(Long.class)
                .single() > 0;
    }

    @Test
    void theUnitUserWhoOpenedTheDraftDeletesItAfterAConfirmationPageAndTheDeletionIsRecorded() throws Exception {
        mvc.perform(upload(world.unitUserA(), "bien-ban.pdf", ReportWebTest.SMALL_PDF)).andExpect(status().isOk());
        Document edit = Html.page(mvc.perform(get("/reports/{id}/edit", reportId).with(as(world.unitUserA())))
                .andExpect(status().isOk()));
        assertThat(edit.select("a#delete-draft").attr("href")).isEqualTo("/reports/" + reportId + "/delete");
        Document confirm = Html.page(mvc.perform(get("/reports/{id}/delete", reportId).with(as(world.unitUserA())))
                .andExpect(status().isOk()));
        assertThat(confirm.select("#delete-confirmation").text()).contains("Xóa bản nháp báo cáo này?");
        assertThat(exists()).as("asking deletes nothing").isTrue();
        mvc.perform(post("/reports/{id}/delete", reportId).with(as(world.unitUserA())).with(csrf())
                        .param("version", String.valueOf(version())))
                .andExpect(redirectedUrl("/reports"));
        assertThat(exists()).isFalse();
        Map<String, Object> logged = jdbc.sql("select actor_id, period, unit_node_id from unit_report_deletion "
                + "where report_id = :id").param("id", reportId).query().singleRow();
        assertThat(logged).containsEntry("actor_id", world.unitUserA().id()).containsEntry("period", "Q1")
                .containsEntry("unit_node_id", world.unitA());
        assertThat(reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.Q1))
                .as("the period can be opened again").isNotEqualTo(reportId);
    }

    @Test
    void nobodyElseDeletesTheDraft() throws Exception {
        CurrentUser colleague = fixtures.userAt(world.unitA(), Role.UNIT);
        for (CurrentUser other : java.util.List.of(colleague, world.unitUserB(), world.office(), world.leader(),
                world.reviewer(), world.admin())) {
            mvc.perform(get("/reports/{id}/delete", reportId).with(as(other))).andExpect(status().isForbidden());
            mvc.perform(post("/reports/{id}/delete", reportId).with(as(other)).with(csrf())
                    .param("version", String.valueOf(version()))).andExpect(status().isForbidden());
        }
        assertThat(exists()).isTrue();
        Document colleaguesForm = Html.page(mvc.perform(get("/reports/{id}/edit", reportId).with(as(colleague)))
                .andExpect(status().isOk()));
        assertThat(colleaguesForm.select("#delete-draft")).as("no button for who may not").isEmpty();
    }

    @Test
    void aReportSubmittedOnceIsNotDeletedEvenWhenReturned() throws Exception {
        mvc.perform(multipart("/reports/{id}", reportId).with(as(world.unitUserA())).with(csrf())
                        .param("version", String.valueOf(version())).param("resultsSummary", "Đã đăng 5 tin.")
                        .param("entries[0].activityKey", plan.unitAFirstQuarter().toString())
                        .param("entries[0].status", "DONE").param("entries[0].evidence", "Công văn 12/TTYT")
                        .param("entries[0].figures[" + plan.indicatorId() + "]", "5").param("submitReport", "1"))
                .andExpect(redirectedUrl("/reports/" + reportId));
        reportLifecycle.returnForRevision(world.office(), reportId, version(), "Bổ sung minh chứng");
        assertThat(reportReader.details(world.unitUserA(), reportId).status()).isEqualTo(ReportStatus.RETURNED);
        mvc.perform(post("/reports/{id}/delete", reportId).with(as(world.unitUserA())).with(csrf())
                        .param("version", String.valueOf(version())))
                .andExpect(redirectedUrl("/reports/" + reportId));
        assertThat(exists()).isTrue();
        Document detail = Html.page(mvc.perform(get("/reports/{id}", reportId).with(as(world.unitUserA()))));
        assertThat(detail.select("#delete-draft")).isEmpty();
    }

    @Test
    void aDeletionOnAnOlderVersionIsAConflict() throws Exception {
        long opened = version();
        mvc.perform(draft(world.unitUserA(), opened)).andExpect(status().isOk());
        mvc.perform(post("/reports/{id}/delete", reportId).with(as(world.unitUserA())).with(csrf())
                .param("version", String.valueOf(opened))).andExpect(status().isConflict());
        assertThat(exists()).isTrue();
    }
}
