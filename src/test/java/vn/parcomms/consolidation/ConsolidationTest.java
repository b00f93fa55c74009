package vn.parcomms.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.consolidation.ConsolidationDetails.FigureRow;
import vn.parcomms.document.LibreOffice;
import vn.parcomms.report.ActivityStatus;
import vn.parcomms.report.ReportCommand;
import vn.parcomms.report.ReportDetails;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;

/**
 * A small hand-checked province: unit A files Q1 with 5 news items (accepted), unit B with 7
 * (returned first, so not counted, then resubmitted late and accepted).
 */
@IntegrationTest
class ConsolidationTest {

    static final String CONTENT = "Tuyên truyền kết quả cải cách thủ tục hành chính";

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
    TransactionTemplate transactions;

    World w;
    IssuedPlan plan;
    long reportA;
    long reportB;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
        plan = planFixtures.issuedPlan(w, 2099);
        reportA = file(null, w.unitUserA(), 5, "Nhân lực còn mỏng.");
        reportLifecycle.accept(w.office(), reportA, reportReader.details(w.office(), reportA).version());
        reportB = transactions.execute(tx -> file(late(), w.unitUserB(), 7, "Thiếu kinh phí in ấn."));
        reportLifecycle.returnForRevision(w.office(), reportB, reportReader.details(w.office(), reportB).version(),
                "Thiếu minh chứng");
    }

    /** The unit fills every activity due with the figure and submits; returns the report id. */
    long file(Clock clock, CurrentUser unit, int figure, String shortcomings) {
        return file(clock, unit, ReportPeriod.Q1, figure, shortcomings);
    }

    /** As above for a period, filed at the time of {@code clock} (null: now). */
    long file(Clock clock, CurrentUser unit, ReportPeriod period, int figure, String shortcomings) {
        ReportDrafting drafting = clock == null ? reportDrafting : reportDrafting.withClock(clock);
        ReportLifecycle lifecycle = clock == null ? reportLifecycle : reportLifecycle.withClock(clock);
        long id = drafting.open(unit, plan.id(), period);
        ReportDetails report = reportReader.details(unit, id);
        List<ReportCommand.Entry> entries = new ArrayList<>();
        for (ReportDetails.EntryView e : report.entries()) {
            Map<Long, Integer> figures = new HashMap<>();
            e.figures().forEach(f -> figures.put(f.indicatorId(), figure));
            entries.add(new ReportCommand.Entry(e.activityKey(), ActivityStatus.DONE, null, "Công văn 1/TTYT", null,
                    figures));
        }
        long version = drafting.save(unit, id, report.version(), new ReportCommand("Đã thực hiện.", shortcomings,
                null, "Đề nghị tập huấn.", null, entries, List.of(), List.of()));
        lifecycle.submit(unit, id, version);
        return id;
    }

    /** Reports filed at this time are filed a month after the Q1 deadline. */
    Clock late() {
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        return (Clock.fixed(LocalDate.of(2099, 4, 20).atStartOfDay(zone).toInstant(), zone));
    }

    /** Unit B (which first filed late) fixes its returned report and submits it again; the office accepts it. */
    void unitBResubmitsLateAndIsAccepted() {
        file(null, w.unitUserB(), 7, "Thiếu kinh phí in ấn.");
        assertThat(reportReader.details(w.office(), reportB).late()).isTrue();
        reportLifecycle.accept(w.office(), reportB, reportReader.details(w.office(), reportB).version());
    }

    long draft() {
        return consolidations.open(w.office(), plan.id(), ReportPeriod.Q1);
    }

    long version(long id) {
        return consolidations.details(w.office(), id).version();
    }

    static long total(List<FigureRow> rows, String group) {
        return rows.stream().filter(r -> r.group().endsWith(group)).mapToLong(FigureRow::total).sum();
    }

    @Test
    void theDraftCountsOnlyAcceptedReportsAndRefreshCountsOneAcceptedLater() {
        long id = draft();
        ConsolidationDetails report = consolidations.details(w.office(), id);
        assertThat(report.status()).isEqualTo(ConsolidationStatus.DRAFT);
        assertThat(report.units()).extracting(ConsolidationDetails.UnitResult::unitReportId)
                .as("unit B is listed with its activity due, without an accepted report").containsExactly(reportA, null);
        assertThat(report.units()).extracting(ConsolidationDetails.UnitResult::activitiesDone).containsExactly(1L, 0L);
        assertThat(report.byContent()).hasSize(1);
        assertThat(total(report.byContent(), CONTENT)).isEqualTo(5);
        assertThat(report.byChannel()).hasSize(1);
        assertThat(report.byChannel().get(0).total()).isEqualTo(5);
        assertThat(report.shortcomings()).startsWith("Trung tâm Y tế A").endsWith(": Nhân lực còn mỏng.")
                .doesNotContain("kinh phí");

        unitBResubmitsLateAndIsAccepted();
        assertThat(total(consolidations.details(w.office(), id).byContent(), CONTENT))
                .as("figures stay as drafted until refreshed").isEqualTo(5);
        consolidations.refreshFigures(w.office(), id, version(id));
        report = consolidations.details(w.office(), id);
        assertThat(total(report.byContent(), CONTENT)).isEqualTo(12);
        assertThat(report.byChannel().get(0).total()).isEqualTo(12);
        assertThat(report.units()).extracting(ConsolidationDetails.UnitResult::activitiesDone).containsExactly(1L, 1L);
        assertThat(report.shortcomings()).as("the texts stay as the office wrote them")
                .doesNotContain("kinh phí");
        assertThat(report.history()).extracting(ConsolidationDetails.EventView::action)
                .containsExactly("CREATED", "REFRESHED");
    }

    @Test
    void aSixMonthReportSumsTheCumulativeFiguresOfTheUnitsAcceptedForSixMonths() {
        unitBResubmitsLateAndIsAccepted();
        // unit A, 6 months: 3 more on its Q1 activity and 3 on its Q2–Q3 activity, on top of Q1's 5
        long h1 = file(null, w.unitUserA(), ReportPeriod.H1, 3, null);
        reportLifecycle.accept(w.office(), h1, reportReader.details(w.office(), h1).version());
        long id = consolidations.open(w.office(), plan.id(), ReportPeriod.H1);
        ConsolidationDetails report = consolidations.details(w.office(), id);
        assertThat(report.units()).extracting(ConsolidationDetails.UnitResult::unitReportId)
                .as("unit B has no 6-month report; its activity is due").containsExactly(h1, null);
        assertThat(total(report.byContent(), CONTENT))
                .as("cumulative as on the dashboard: unit B's accepted Q1 counts in the 6 months").isEqualTo(5 + 3 + 3 + 7);
        assertThat(report.units().get(0).activities()).isEqualTo(2);
    }

    @Autowired
    vn.parcomms.organization.OrganizationService organizations;

    String nodeName(long id) {
        return organizations.find(id).name();
    }

    /** Submits and approves the Q1 draft; returns its id. */
    long approved() {
        long id = draft();
        consolidations.submit(w.office(), id, version(id));
        consolidations.approve(w.leader(), id, version(id));
        return id;
    }

    @Test
    void beforeSendingTheOfficeSeesWhichUnitsAreNotAcceptedAndMustConfirmToSendWithoutThem() throws Exception {
        long id = approved();
        ConsolidationDetails report = consolidations.details(w.office(), id);
        assertThat(report.coverage().accepted()).containsExactly(nodeName(w.unitA()));
        assertThat(report.coverage().returned()).containsExactly(nodeName(w.unitB()));
        Document page = Html.page(mvc.perform(get("/consolidations/{id}", id).with(as(w.office())))
                .andExpect(status().isOk()));
        assertThat(page.selectFirst("#coverage-returned").text()).contains(nodeName(w.unitB()));
        assertThat(page.selectFirst("#send-incomplete #confirmIncomplete")).isNotNull();

        Object refused = mvc.perform(post("/consolidations/{id}/send", id).param("version", "" + version(id))
                        .with(csrf()).with(as(w.office())))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("flashError");
        assertThat(refused).hasFieldOrPropertyWithValue("key", "consolidation.error.confirmIncomplete");
        assertThat(consolidations.details(w.office(), id).status()).isEqualTo(ConsolidationStatus.APPROVED);

        mvc.perform(post("/consolidations/{id}/send", id).param("version", "" + version(id))
                        .param("confirmIncomplete", "true").param("noteCoverage", "true").with(csrf())
                        .with(as(w.office())))
                .andExpect(status().is3xxRedirection());
        report = consolidations.details(w.office(), id);
        assertThat(report.status()).isEqualTo(ConsolidationStatus.SENT);
        assertThat(report.coverageNote()).isEqualTo("1/2");
        assertThat(report.frozenAt()).isNotNull();
        byte[] docx = mvc.perform(get("/consolidations/{id}/export.docx", id).with(as(w.office())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("Số liệu tổng hợp từ báo cáo đã được tiếp nhận của 1/2 đơn vị.");
        }
    }

    @Test
    void aSentReportKeepsItsFiguresWhenUnitsDataChangeAndACorrectionIsANewVersion() throws Exception {
        long id = approved();
        consolidations.send(w.office(), id, version(id), true, false);
        unitBResubmitsLateAndIsAccepted();

        ConsolidationDetails sent = consolidations.details(w.office(), id);
        assertThat(sent.byIndicator()).extracting(FigureRow::total).containsExactly(5L);
        assertThat(total(sent.byContent(), CONTENT)).as("as sent, not recomputed").isEqualTo(5);
        assertThat(sent.differences()).anySatisfy(d -> {
            assertThat(d.table()).isEqualTo("INDICATOR");
            assertThat(d.sent()).isEqualTo(5);
            assertThat(d.now()).isEqualTo(12);
        });
        assertThat(consolidations.details(w.reviewer(), id).differences()).as("only the agency is told").isEmpty();
        assertThat(sent.can().correct()).isTrue();
        Document page = Html.page(mvc.perform(get("/consolidations/{id}", id).with(as(w.office())))
                .andExpect(status().isOk()));
        assertThat(page.selectFirst("#differences")).isNotNull();
        assertThat(page.selectFirst("#frozen-at")).isNotNull();

        String location = mvc.perform(post("/consolidations/{id}/correct", id).param("version", "" + version(id))
                        .with(csrf()).with(as(w.office())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long correction = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ConsolidationDetails next = consolidations.details(w.office(), correction);
        assertThat(next.versionNo()).isEqualTo(2);
        assertThat(next.correctionOf()).isEqualTo(id);
        assertThat(next.status()).isEqualTo(ConsolidationStatus.DRAFT);
        assertThat(total(next.byContent(), CONTENT)).isEqualTo(12);
        assertThat(next.resultsSummary()).isEqualTo(sent.resultsSummary());

        ConsolidationDetails old = consolidations.details(w.office(), id);
        assertThat(old.status()).isEqualTo(ConsolidationStatus.SENT);
        assertThat(total(old.byContent(), CONTENT)).isEqualTo(5);
        assertThat(old.correctedBy()).isEqualTo(correction);
        assertThat(old.can().correct()).as("one correction at a time").isFalse();
        assertThat(old.history()).extracting(ConsolidationDetails.EventView::action).contains("SENT", "CORRECTED");
        assertThatThrownBy(() -> consolidations.correct(w.office(), id, version(id)))
                .isInstanceOf(DomainException.class);
        // The draft of the office opens on the newest version.
        assertThat(consolidations.open(w.office(), plan.id(), ReportPeriod.Q1)).isEqualTo(correction);
    }

    @Test
    void aReportHomeAffairsReturnsIsComputedAgainUntilItIsSentAgain() {
        long id = approved();
        consolidations.send(w.office(), id, version(id), true, false);
        consolidations.returnForRevision(w.reviewer(), id, version(id), "Thiếu số liệu đơn vị B");
        unitBResubmitsLateAndIsAccepted();
        consolidations.refreshFigures(w.office(), id, version(id));
        ConsolidationDetails returned = consolidations.details(w.office(), id);
        assertThat(returned.frozenAt()).isNull();
        assertThat(total(returned.byContent(), CONTENT)).isEqualTo(12);
        consolidations.submit(w.office(), id, version(id));
        consolidations.approve(w.leader(), id, version(id));
        consolidations.send(w.office(), id, version(id));
        assertThat(consolidations.details(w.office(), id).frozenAt()).isNotNull();
        assertThat(total(consolidations.details(w.reviewer(), id).byContent(), CONTENT)).isEqualTo(12);
    }

    @Test
    void theWholeJourneyFromDraftToAcceptedWithTheRightRoleAtEachStep() throws Exception {
        long id = draft();
        World other = fixtures.newWorld();
        // draft: only the node's office submits
        for (CurrentUser wrong : List.of(w.leader(), w.reviewer(), w.unitUserA(), other.office())) {
            mvc.perform(post("/consolidations/{id}/submit", id).param("version", "" + version(id)).with(csrf())
                    .with(as(wrong))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/consolidations/{id}/submit", id).param("version", "" + version(id)).with(csrf())
                .with(as(w.office()))).andExpect(redirectedUrl("/consolidations/" + id));
        assertThat(stateOf(id)).isEqualTo(ConsolidationStatus.SUBMITTED);
        assertThatThrownBy(() -> consolidations.save(w.office(), id, version(id), new ConsolidationCommand("x", null,
                null, null, null))).isInstanceOf(DomainException.class);
        // submitted: only the node's leader approves or returns
        for (CurrentUser wrong : List.of(w.office(), w.reviewer(), other.leader())) {
            mvc.perform(post("/consolidations/{id}/approve", id).param("version", "" + version(id)).with(csrf())
                    .with(as(wrong))).andExpect(status().isForbidden());
        }
        consolidations.returnForRevision(w.leader(), id, version(id), "Bổ sung số liệu");
        assertThat(stateOf(id)).isEqualTo(ConsolidationStatus.RETURNED);
        consolidations.submit(w.office(), id, version(id));
        assertThatThrownBy(() -> consolidations.send(w.office(), id, version(id))).isInstanceOf(DomainException.class);
        mvc.perform(post("/consolidations/{id}/approve", id).param("version", "" + version(id)).with(csrf())
                .with(as(w.leader()))).andExpect(redirectedUrl("/consolidations/" + id));
        assertThat(stateOf(id)).isEqualTo(ConsolidationStatus.APPROVED);
        // Home Affairs does not see it before it is sent
        mvc.perform(get("/consolidations/{id}", id).with(as(w.reviewer()))).andExpect(status().isForbidden());
        assertThatThrownBy(() -> consolidations.accept(w.reviewer(), id, version(id)))
                .isInstanceOf(DomainException.class);
        consolidations.send(w.leader(), id, version(id));
        assertThat(stateOf(id)).isEqualTo(ConsolidationStatus.SENT);
        // sent: a reviewer of the province accepts; not one of another province, not the office
        for (CurrentUser wrong : List.of(other.reviewer(), w.office(), w.leader())) {
            mvc.perform(post("/consolidations/{id}/accept", id).param("version", "" + version(id)).with(csrf())
                    .with(as(wrong))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/consolidations/{id}/accept", id).param("version", "" + version(id)).with(csrf())
                .with(as(w.reviewer()))).andExpect(redirectedUrl("/consolidations/" + id));
        assertThat(stateOf(id)).isEqualTo(ConsolidationStatus.ACCEPTED);
        // accepted: read-only for everyone
        assertThatThrownBy(() -> consolidations.refreshFigures(w.office(), id, version(id)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> consolidations.returnForRevision(w.reviewer(), id, version(id), "x"))
                .isInstanceOf(DomainException.class);
        mvc.perform(get("/consolidations/{id}/edit", id).with(as(w.office())))
                .andExpect(redirectedUrl("/consolidations/" + id));
        var history = consolidations.details(w.reviewer(), id).history();
        assertThat(history).extracting(ConsolidationDetails.EventView::action).containsExactly("CREATED", "SUBMITTED",
                "RETURNED", "SUBMITTED", "APPROVED", "SENT", "ACCEPTED");
        assertThat(history.get(2).reason()).isEqualTo("Bổ sung số liệu");
        assertThat(history.get(6).actorName()).isEqualTo(w.reviewer().fullName());
    }

    @Test
    void homeAffairsReturnsASentReportWithAReasonAndTheOfficeCanEditItAgain() throws Exception {
        long id = draft();
        consolidations.submit(w.office(), id, version(id));
        consolidations.approve(w.leader(), id, version(id));
        consolidations.send(w.office(), id, version(id));
        assertThatThrownBy(() -> consolidations.returnForRevision(w.reviewer(), id, version(id), " "))
                .isInstanceOf(DomainException.class);
        mvc.perform(post("/consolidations/{id}/return", id).param("version", "" + version(id))
                .param("reason", "Thiếu số liệu theo hình thức").with(csrf()).with(as(w.reviewer())))
                .andExpect(redirectedUrl("/consolidations/" + id));
        var page = Html.page(mvc.perform(get("/consolidations/{id}", id).with(as(w.office())))
                .andExpect(status().isOk()));
        assertThat(page.select("#return-reason").text()).contains("Thiếu số liệu theo hình thức");
        assertThat(page.select("#edit")).hasSize(1);
        assertThat(page.select("#accept")).isEmpty();
    }

    @Test
    void aDoubleClickOnEveryTransitionIsOneStepWithTheSuccessMessageAndNoConflictPage() throws Exception {
        long id = draft();
        doubleClick(id, "submit", w.office(), "consolidation.submitted");
        doubleClick(id, "return", w.leader(), "consolidation.returned", "reason", "Bổ sung số liệu");
        doubleClick(id, "submit", w.office(), "consolidation.submitted");
        doubleClick(id, "approve", w.leader(), "consolidation.approved");
        doubleClick(id, "send", w.leader(), "consolidation.sent", "confirmIncomplete", "true");
        doubleClick(id, "return", w.reviewer(), "consolidation.returned", "reason", "Thiếu đơn vị B");
        doubleClick(id, "submit", w.office(), "consolidation.submitted");
        doubleClick(id, "approve", w.leader(), "consolidation.approved");
        doubleClick(id, "send", w.office(), "consolidation.sent", "confirmIncomplete", "true");
        doubleClick(id, "accept", w.reviewer(), "consolidation.accepted");
        assertThat(stateOf(id)).isEqualTo(ConsolidationStatus.ACCEPTED);
        assertThat(consolidations.details(w.reviewer(), id).history()).extracting(ConsolidationDetails.EventView::action)
                .containsExactly("CREATED", "SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED", "SENT", "RETURNED",
                        "SUBMITTED", "APPROVED", "SENT", "ACCEPTED");
    }

    @Test
    void twoClicksSentAtOnceAreOneSubmissionAndNeitherGetsAConflictPage() throws Exception {
        long id = draft();
        long version = version(id);
        int clicks = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clicks);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<org.springframework.mock.web.MockHttpServletResponse>> answers =
                    new ArrayList<>();
            for (int i = 0; i < clicks; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/consolidations/{id}/submit", id).param("version", "" + version)
                            .with(csrf()).with(as(w.office()))).andReturn().getResponse();
                }));
            }
            start.countDown();
            for (var answer : answers) {
                var response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(response.getStatus()).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).isEqualTo("/consolidations/" + id);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(stateOf(id)).isEqualTo(ConsolidationStatus.SUBMITTED);
        assertThat(consolidations.details(w.office(), id).history()).extracting(ConsolidationDetails.EventView::action)
                .containsExactly("CREATED", "SUBMITTED");
    }

    @Test
    void aStaleTransitionAfterSomeoneElsesStepIsStillAConflict() throws Exception {
        long id = draft();
        long beforeSubmit = version(id);
        consolidations.submit(w.office(), id, beforeSubmit);
        // The leader's page showed the draft; the office's submission came in between.
        mvc.perform(post("/consolidations/{id}/approve", id).param("version", "" + beforeSubmit).with(csrf())
                .with(as(w.leader()))).andExpect(status().isConflict());
        long beforeReturn = version(id);
        consolidations.returnForRevision(w.leader(), id, beforeReturn, "Bổ sung số liệu");
        // The office's own earlier submission is no longer the latest step: its old page conflicts.
        mvc.perform(post("/consolidations/{id}/submit", id).param("version", "" + beforeSubmit).with(csrf())
                .with(as(w.office()))).andExpect(status().isConflict());
        // The same user's same step, but someone else's change came after it.
        consolidations.save(w.office(), id, version(id), new ConsolidationCommand("Sửa", null, null, null, null));
        mvc.perform(post("/consolidations/{id}/return", id).param("version", "" + beforeReturn).param("reason", "x")
                .with(csrf()).with(as(w.leader()))).andExpect(status().isConflict());
        assertThat(stateOf(id)).isEqualTo(ConsolidationStatus.RETURNED);
    }

    /** The same form sent twice with the page's version: both end on the report with the success message, one step is taken. */
    private void doubleClick(long id, String transition, CurrentUser user, String successKey, String... parameters)
            throws Exception {
        long version = version(id);
        for (int click = 0; click < 2; click++) {
            var request = post("/consolidations/{id}/" + transition, id).param("version", "" + version).with(csrf())
                    .with(as(user));
            for (int i = 0; i < parameters.length; i += 2) {
                request.param(parameters[i], parameters[i + 1]);
            }
            mvc.perform(request).andExpect(redirectedUrl("/consolidations/" + id))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute(
                            "flashSuccess", org.hamcrest.Matchers.hasToString(
                                    org.hamcrest.Matchers.containsString("key=" + successKey + ","))));
        }
    }

    @Test
    void someoneWhoMayNotChangeTheReportIsForbiddenEvenWithAStaleVersion() throws Exception {
        long id = draft();
        long stale = version(id);
        consolidations.save(w.office(), id, stale, new ConsolidationCommand("Bản mới", null, null, null, null));
        // The leader reads the report but does not write its texts: a 409 would tell them it changed.
        mvc.perform(post("/consolidations/{id}", id).param("version", "" + stale)
                .param("resultsSummary", "Bản của lãnh đạo").with(csrf()).with(as(w.leader())))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> consolidations.submit(w.leader(), id, stale)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> consolidations.approve(w.office(), id, stale))
                .isInstanceOf(ForbiddenException.class);
        assertThat(consolidations.details(w.office(), id).resultsSummary()).isEqualTo("Bản mới");
    }

    @Test
    void aStaleFormIsAConflictThatKeepsWhatTheUserTyped() throws Exception {
        long id = draft();
        long stale = version(id);
        consolidations.save(w.office(), id, stale, new ConsolidationCommand("Bản của người khác", null, null, null,
                null));
        var result = mvc.perform(post("/consolidations/{id}", id).param("version", "" + stale)
                .param("resultsSummary", "Bản tôi vừa gõ").with(csrf()).with(as(w.office())))
                .andExpect(status().isConflict());
        var page = Html.page(result);
        assertThat(page.select("#resultsSummary").text()).isEqualTo("Bản tôi vừa gõ");
        assertThat(page.select(".alert-danger").text()).isNotBlank();
        assertThat(consolidations.details(w.office(), id).resultsSummary()).isEqualTo("Bản của người khác");
        assertThatThrownBy(() -> consolidations.submit(w.office(), id, stale)).isInstanceOf(ConflictException.class);
    }

    @Test
    void accessFollowsRoleAndOrganisation() throws Exception {
        long id = draft();
        World other = fixtures.newWorld();
        for (CurrentUser user : List.of(w.unitUserA(), w.admin())) {
            mvc.perform(get("/consolidations").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/consolidations/{id}", id).with(as(user))).andExpect(status().isForbidden());
        }
        for (CurrentUser outsider : List.of(other.office(), other.leader(), other.reviewer())) {
            mvc.perform(get("/consolidations/{id}", id).with(as(outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/consolidations/{id}/export.docx", id).with(as(outsider)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/consolidations/{id}", id).param("version", "" + version(id)).with(csrf())
                    .with(as(outsider))).andExpect(status().isForbidden());
            assertThat(Html.page(mvc.perform(get("/consolidations").with(as(outsider))).andExpect(status().isOk()))
                    .select("#consolidations a").eachAttr("href")).doesNotContain("/consolidations/" + id);
        }
        assertThat(Html.page(mvc.perform(get("/consolidations").with(as(w.leader()))).andExpect(status().isOk()))
                .select("#consolidations a").eachAttr("href")).contains("/consolidations/" + id);
        mvc.perform(get("/consolidations/{id}", 99_999_999L).with(as(w.office()))).andExpect(status().isNotFound());
        // drafting: the office of the plan's node only
        mvc.perform(post("/consolidations").param("plan", "" + plan.id()).param("period", "Q1").with(csrf())
                .with(as(w.office()))).andExpect(redirectedUrl("/consolidations/" + id));
        for (CurrentUser wrong : List.of(w.leader(), other.office(), w.unitUserA())) {
            mvc.perform(post("/consolidations").param("plan", "" + plan.id()).param("period", "H1").with(csrf())
                    .with(as(wrong))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/consolidations/new").with(as(w.office()))).andExpect(status().isOk());
        mvc.perform(get("/consolidations/new").with(as(w.reviewer()))).andExpect(status().isForbidden());
    }

    @Test
    void theConsolidatedReportDownloadsAsWordAndPdfWithItsFiguresAsTables() throws Exception {
        unitBResubmitsLateAndIsAccepted();
        long id = draft();
        var response = mvc.perform(get("/consolidations/{id}/export.docx", id).with(as(w.leader())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.matchesPattern(
                        ".*filename=\"BC-TH-So-Y-te-T[0-9A-Za-z-]+-2099-Q1\\.docx\".*")))
                .andReturn().getResponse();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("BÁO CÁO", "Kết quả thực hiện công tác thông tin, tuyên truyền CCHC quý I năm 2099",
                    "SỞ Y TẾ", "I. Kết quả thực hiện", "II. Tồn tại, hạn chế và nguyên nhân", "Nhân lực còn mỏng.",
                    "Thiếu kinh phí in ấn.", "IV. Đề xuất, kiến nghị", "V. Nhiệm vụ kỳ tới", "Nơi nhận:",
                    "Sở Nội vụ (để tổng hợp);", "THỦ TRƯỞNG CƠ QUAN", "./.");
            XWPFTable byContent = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Nội dung")).findFirst().orElseThrow();
            assertThat(byContent.getRow(1).getCell(0).getText()).endsWith(CONTENT);
            assertThat(byContent.getRow(1).getCell(3).getText()).isEqualTo("12");
            XWPFTable byUnit = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Đơn vị")).findFirst().orElseThrow();
            assertThat(byUnit.getRows()).hasSize(4);
            assertThat(byUnit.getRow(3).getCell(0).getText()).isEqualTo("Tổng cộng");
            assertThat(byUnit.getRow(3).getCell(1).getText()).isEqualTo("2");
        }
        byte[] pdf = mvc.perform(get("/consolidations/{id}/export.pdf", id).with(as(w.office())))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("BÁO CÁO", "quý I năm 2099", CONTENT, "Tổng cộng", "Sở Nội vụ", "./.");
        }
    }

    // ------------------------------------------------ the number it is sent with (register of outgoing documents)

    /** Sends the approved report through the form as the office, with the numbering fields given. */
    org.springframework.test.web.servlet.MvcResult sendWith(long id, String... numberingFields) throws Exception {
        var request = post("/consolidations/{id}/send", id).with(as(w.office())).with(csrf())
                .param("version", String.valueOf(version(id))).param("confirmIncomplete", "true");
        for (int i = 0; i < numberingFields.length; i += 2) {
            request.param(numberingFields[i], numberingFields[i + 1]);
        }
        return mvc.perform(request).andExpect(redirectedUrl("/consolidations/" + id)).andReturn();
    }

    /**
     * The number typed when sending, as Word would show it: LibreOffice (standing in for Word, see
     * LibreOfficePaginationTest) renders the DOCX to PDF and the header reads "Số: 15/BC-SYT" and
     * the date in words. Skipped where LibreOffice is not installed (failed where it is required).
     */
    @Test
    void theNumberAndDateSentWithAreInLibreOfficesRenderingOfTheDocx() throws Exception {
        LibreOffice libreOffice = LibreOffice.required();
        long id = approved();
        sendWith(id, "numbering", "typed", "docNumber", "15", "docSymbol", "BC-SYT", "issuedOn", "20/04/2099");
        byte[] docx = mvc.perform(get("/consolidations/{id}/export.docx", id).with(as(w.reviewer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Path folder = Path.of("target", "libreoffice-consolidation");
        LibreOffice.emptyFolder(folder);
        Path file = Files.write(folder.resolve("consolidation-" + id + ".docx"), docx);
        Path pdf = libreOffice.toPdf(List.of(file), folder.resolve("pdf")).get(0);
        try (PDDocument rendered = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(rendered).replaceAll("\\s+", " ");
            assertThat(text).contains("Số: 15/BC-SYT", "ngày 20 tháng 4 năm 2099");
        }
    }

    @Test
    void sendingTakesTheRegistersNextNumberPrintsItAndACorrectionTakesTheOneAfter() throws Exception {
        long id = approved();
        ConsolidationDetails before = consolidations.details(w.office(), id);
        assertThat(before.numbering().suggestedSymbol()).as("from the plan's KH-SYT").isEqualTo("BC-SYT");
        assertThat(before.numbering().nextNumber()).isEqualTo(1);

        sendWith(id, "numbering", "next", "docSymbol", "BC-SYT", "issuedOn", "15/04/2099");
        ConsolidationDetails sent = consolidations.details(w.reviewer(), id);
        assertThat(sent.status()).isEqualTo(ConsolidationStatus.SENT);
        assertThat(sent.numbering().numberAndSymbol()).isEqualTo("1/BC-SYT");
        assertThat(sent.numbering().issuedOn()).isEqualTo(LocalDate.of(2099, 4, 15));

        var docx = mvc.perform(get("/consolidations/{id}/export.docx", id).with(as(w.reviewer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("Số: 1/BC-SYT", "ngày 15 tháng 4 năm 2099");
        }
        Document register = Html.page(mvc.perform(get("/register").param("year", "2099").with(as(w.office())))
                .andExpect(status().isOk()));
        assertThat(register.select("a[href=/consolidations/" + id + "]").text()).isEqualTo("1/BC-SYT");
        assertThat(Html.page(mvc.perform(get("/consolidations/{id}", id).with(as(w.office()))))
                .select("#consolidation-number").text()).isEqualTo("Số 1/BC-SYT, ngày 15/04/2099");

        long correction = consolidations.correct(w.office(), id, version(id));
        consolidations.submit(w.office(), correction, version(correction));
        consolidations.approve(w.leader(), correction, version(correction));
        sendWith(correction, "numbering", "next", "docSymbol", "BC-SYT", "issuedOn", "20/04/2099");
        assertThat(consolidations.details(w.office(), correction).numbering().numberAndSymbol()).isEqualTo("2/BC-SYT");
        assertThat(consolidations.details(w.office(), id).numbering().numberAndSymbol())
                .as("the report first sent keeps its number").isEqualTo("1/BC-SYT");
    }

    @Test
    void aNumberTheRegisterHoldsOrABadDateIsRefusedOnTheFormAndTheReportStaysUnsentWithWhatWasTyped() throws Exception {
        long first = approved();
        sendWith(first, "numbering", "typed", "docNumber", "7", "docSymbol", "BC-SYT", "issuedOn", "15/04/2099");
        assertThat(consolidations.details(w.office(), first).numbering().numberAndSymbol()).isEqualTo("7/BC-SYT");

        long correction = consolidations.correct(w.office(), first, version(first));
        consolidations.submit(w.office(), correction, version(correction));
        consolidations.approve(w.leader(), correction, version(correction));
        var taken = sendWith(correction, "numbering", "typed", "docNumber", "7", "docSymbol", "BC-SYT",
                "issuedOn", "16/04/2099");
        assertThat(((vn.parcomms.shared.web.Flash.MessageRef) taken.getFlashMap().get("flashError")).key())
                .isEqualTo("register.error.numberTaken");
        assertThat(taken.getFlashMap().get("sendForm")).hasFieldOrPropertyWithValue("docNumber", "7");
        assertThat(stateOf(correction)).isEqualTo(ConsolidationStatus.APPROVED);

        var badDate = sendWith(correction, "numbering", "next", "docSymbol", "BC-SYT", "issuedOn", "31/02/2099");
        assertThat(((vn.parcomms.shared.web.Flash.MessageRef) badDate.getFlashMap().get("flashError")).key())
                .isEqualTo("consolidation.error.dateInvalid");
        assertThat(stateOf(correction)).isEqualTo(ConsolidationStatus.APPROVED);

        sendWith(correction, "numbering", "next", "docSymbol", "BC-SYT", "issuedOn", "16/04/2099");
        assertThat(consolidations.details(w.office(), correction).numbering().numberAndSymbol())
                .as("the refused sends took nothing from the register: the next after the typed 7").isEqualTo("8/BC-SYT");
    }

    @Test
    void aReportSentAgainAfterHomeAffairsReturnedItKeepsItsNumberAndWithoutAChoiceItHasNone() throws Exception {
        long id = approved();
        sendWith(id, "numbering", "next", "docSymbol", "BC-SYT", "issuedOn", "15/04/2099");
        consolidations.returnForRevision(w.reviewer(), id, version(id), "Bổ sung số liệu");
        consolidations.submit(w.office(), id, version(id));
        consolidations.approve(w.leader(), id, version(id));
        sendWith(id, "numbering", "next", "docSymbol", "BC-SYT", "issuedOn", "25/04/2099");
        ConsolidationDetails again = consolidations.details(w.office(), id);
        assertThat(again.numbering().numberAndSymbol()).isEqualTo("1/BC-SYT");
        assertThat(again.numbering().issuedOn()).isEqualTo(LocalDate.of(2099, 4, 15));
        assertThat(Html.page(mvc.perform(get("/register").param("year", "2099").with(as(w.office()))))
                .select("a[href=/consolidations/" + id + "]")).hasSize(1);

        long correction = consolidations.correct(w.office(), id, version(id));
        consolidations.submit(w.office(), correction, version(correction));
        consolidations.approve(w.leader(), correction, version(correction));
        sendWith(correction);
        assertThat(consolidations.details(w.office(), correction).numbering().docNumber())
                .as("sent without choosing a number: the clerk writes it in").isNull();
    }

    ConsolidationStatus stateOf(long id) {
        return consolidations.details(w.office(), id).status();
    }
}
