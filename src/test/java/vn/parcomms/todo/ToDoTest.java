package vn.parcomms.todo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.report.ActivityStatus;
import vn.parcomms.report.ReportCommand;
import vn.parcomms.report.ReportDetails;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;

/**
 * The home page's to-do list per role, on the real database, with plans of the current year
 * (some deadlines behind, the year's ahead) and of 2099 (every deadline ahead).
 */
@IntegrationTest
class ToDoTest {

    static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();

    @Autowired
    ToDoService toDos;
    @Autowired
    ReportDrafting reportDrafting;
    @Autowired
    ReportDetailsReader reportReader;
    @Autowired
    ReportLifecycle reportLifecycle;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures planFixtures;
    @Autowired
    MockMvc mvc;

    World world;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
    }

    private long submittedQ1(IssuedPlan plan) {
        CurrentUser unit = world.unitUserA();
        long id = reportDrafting.open(unit, plan.id(), ReportPeriod.Q1);
        ReportDetails report = reportReader.details(unit, id);
        List<ReportCommand.Entry> entries = new ArrayList<>();
        for (ReportDetails.EntryView e : report.entries()) {
            Map<Long, Integer> figures = new HashMap<>();
            e.figures().forEach(f -> figures.put(f.indicatorId(), 3));
            entries.add(new ReportCommand.Entry(e.activityKey(), ActivityStatus.DONE, null, "CV 1/TTYT", null, figures));
        }
        long version = reportDrafting.save(unit, id, report.version(),
                new ReportCommand("Đã đăng 3 tin.", null, null, null, null, entries, List.of(), List.of()));
        reportLifecycle.submit(unit, id, version);
        return id;
    }

    private List<ToDoItem> of(CurrentUser user, ToDoKind kind) {
        return toDos.of(user).stream().filter(t -> t.kind() == kind).toList();
    }

    /** Pages of one signed-in session, as a browser sends them (the session cookie or the mock session). */
    private final class Session {

        private final CurrentUser user;
        private jakarta.servlet.http.Cookie cookie;
        private org.springframework.mock.web.MockHttpSession mockSession;

        Session(CurrentUser user) {
            this.user = user;
        }

        Document get(String url) throws Exception {
            return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url));
        }

        void post(String url) throws Exception {
            send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
        }

        private Document send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
                throws Exception {
            request.with(as(user));
            if (cookie != null) {
                request.cookie(cookie);
            }
            if (mockSession != null) {
                request.session(mockSession);
            }
            var result = mvc.perform(request).andReturn();
            if (result.getResponse().getCookie("SESSION") != null) {
                cookie = result.getResponse().getCookie("SESSION");
            }
            if (cookie == null && result.getRequest().getSession(false) instanceof org.springframework.mock.web.MockHttpSession s) {
                mockSession = s;
            }
            return Jsoup.parse(result.getResponse().getContentAsString());
        }
    }

    @Test
    void theNavigationShowsTheCountOfTheHomePagesToDoListOnTheFollowingPagesAndForgetsItAfterAChange()
            throws Exception {
        IssuedPlan plan = planFixtures.issuedPlan(world, 2099);
        submittedQ1(plan);
        int count = toDos.of(world.office()).size();
        assertThat(count).isPositive();

        Session office = new Session(world.office());
        Document home = office.get("/");
        assertThat(home.select("#todo li")).hasSize(count);
        assertThat(home.select("#nav-home .badge").text()).isEqualTo(String.valueOf(count));
        Document plans = office.get("/plans");
        assertThat(plans.select("#nav-home .badge").text()).isEqualTo(String.valueOf(count));
        assertThat(plans.select("#nav-home .badge").attr("aria-label")).isEqualTo(count + " việc cần làm");

        // Whatever the user sends may change the list: the count is forgotten until the next home page.
        office.post("/notifications/read-all");
        assertThat(office.get("/plans").select("#nav-home .badge")).isEmpty();
        office.get("/");
        assertThat(office.get("/plans").select("#nav-home .badge").text()).isEqualTo(String.valueOf(count));

        // Nothing to do, no badge; the ADMIN has no list.
        Session unitB = new Session(world.unitUserB());
        assertThat(toDos.of(world.unitUserB())).isEmpty();
        unitB.get("/");
        assertThat(unitB.get("/plans").select("#nav-home .badge")).isEmpty();
        Session admin = new Session(world.admin());
        admin.get("/");
        assertThat(admin.get("/plans").select("#nav-home .badge")).isEmpty();
    }

    @Test
    void theOfficeSeesASubmittedReportToReviewThatOpensTheReportAndAnotherAgencysOfficeDoesNot() {
        IssuedPlan plan = planFixtures.issuedPlan(world, 2099);
        long id = submittedQ1(plan);
        World other = fixtures.anotherAgency(world, "Sở Tài chính");

        List<ToDoItem> toReview = of(world.office(), ToDoKind.REPORT_TO_REVIEW);
        assertThat(toReview).singleElement().satisfies(t -> {
            assertThat(t.link()).isEqualTo("/reports/" + id);
            assertThat(t.subject()).startsWith("Trung tâm Y tế A");
            assertThat(t.period()).isEqualTo("Q1");
        });
        assertThat(of(other.office(), ToDoKind.REPORT_TO_REVIEW)).isEmpty();
        assertThat(of(world.leader(), ToDoKind.REPORT_TO_REVIEW)).isEmpty();
    }

    @Test
    void aReturnedReportIsOnTheUnitsListWithTheReasonAndOnTheOfficesAsWaitingForTheUnit() {
        IssuedPlan plan = planFixtures.issuedPlan(world, 2099);
        long id = submittedQ1(plan);
        reportLifecycle.returnForRevision(world.office(), id, reportReader.details(world.office(), id).version(),
                "Thiếu số liệu quý I");

        assertThat(of(world.unitUserA(), ToDoKind.REPORT_RETURNED)).singleElement().satisfies(t -> {
            assertThat(t.reason()).isEqualTo("Thiếu số liệu quý I");
            assertThat(t.link()).isEqualTo("/reports/" + id);
        });
        assertThat(of(world.unitUserB(), ToDoKind.REPORT_RETURNED)).isEmpty();
        assertThat(of(world.office(), ToDoKind.REPORT_RETURNED_TO_UNIT)).extracting(ToDoItem::link)
                .containsExactly("/reports/" + id);
        assertThat(of(world.office(), ToDoKind.REPORT_TO_REVIEW)).isEmpty();
    }

    @Test
    void aUnitSeesItsReportsDueWithDaysLeftAndOverdueOnesThatOpenTheReport() {
        planFixtures.issuedPlan(world, THIS_YEAR);

        List<ToDoItem> due = of(world.unitUserA(), ToDoKind.REPORT_DUE);
        assertThat(due).isNotEmpty();
        assertThat(due).allSatisfy(t -> {
            assertThat(t.number()).isLessThanOrEqualTo(ToDoService.DUE_WITHIN_DAYS);
            // Not started yet: opened (created) by posting the plan and period, as the report list does.
            assertThat(t.opensByForm()).isTrue();
            assertThat(t.period()).isNotNull();
        });
        assertThat(due).anySatisfy(t -> assertThat(t.number()).isNegative());
    }

    @Test
    void theOfficeSeesItsOverdueUnitsPerPlanAndPeriodLeadingToTheFilteredFollowUp() {
        IssuedPlan plan = planFixtures.issuedPlan(world, THIS_YEAR);

        List<ToDoItem> overdue = of(world.office(), ToDoKind.UNITS_OVERDUE);
        assertThat(overdue).isNotEmpty();
        assertThat(overdue).anySatisfy(t -> {
            assertThat(t.period()).isEqualTo("Q1");
            assertThat(t.number()).isEqualTo(2);
            assertThat(t.link()).isEqualTo("/reports?plan=" + plan.id() + "&period=Q1&status=OVERDUE");
        });
        assertThat(of(world.unitUserA(), ToDoKind.UNITS_OVERDUE)).isEmpty();
    }

    @Test
    void theReviewerSeesTheAgenciesOfItsOwnProvinceOverdue() {
        planFixtures.issuedPlan(world, THIS_YEAR);
        World elsewhere = fixtures.newWorld();

        List<ToDoItem> overdue = of(world.reviewer(), ToDoKind.AGENCY_OVERDUE);
        assertThat(overdue).anySatisfy(t -> assertThat(t.subject()).startsWith("Sở Y tế"));
        assertThat(of(elsewhere.reviewer(), ToDoKind.AGENCY_OVERDUE))
                .noneSatisfy(t -> assertThat(t.subject()).isEqualTo(overdue.get(0).subject()));
    }

    @Test
    void everyRoleGetsItsHomePageAndOnlyTheAdministratorHasNoToDoList() throws Exception {
        IssuedPlan plan = planFixtures.issuedPlan(world, 2099);
        long id = submittedQ1(plan);
        for (Role role : java.util.EnumSet.complementOf(java.util.EnumSet.of(Role.OPERATOR))) {
            String page = mvc.perform(get("/").with(as(world.userWith(role)))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            if (role == Role.ADMIN) {
                assertThat(page).doesNotContain("id=\"todo\"");
            } else {
                assertThat(page).contains("id=\"todo\"");
            }
            if (role == Role.OFFICE) {
                assertThat(page).contains("href=\"/reports/" + id + "\"").contains("data-kind=\"REPORT_TO_REVIEW\"");
            } else {
                assertThat(page).doesNotContain("data-kind=\"REPORT_TO_REVIEW\"");
            }
        }
    }
}
