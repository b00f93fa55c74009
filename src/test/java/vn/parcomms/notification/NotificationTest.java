package vn.parcomms.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * In-app notifications made from the lifecycle events, on the real database: who is told of each
 * step, that each user sees only their own, read and unread, and the office's one-click reminder.
 * Plans of 2099 have every deadline ahead; plans of 2025 every deadline behind (overdue).
 */
@IntegrationTest
class NotificationTest {

    @Autowired
    NotificationService notifications;
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

    private List<NotificationKind> kinds(CurrentUser user) {
        return notifications.mine(user).stream().map(Notification::kind).toList();
    }

    @Test
    void submittingAndIssuingAPlanTellsTheLeaderThenTheOfficeAndTheLeadUnits() {
        planFixtures.issuedPlan(world, 2099);

        assertThat(kinds(world.leader())).containsExactly(NotificationKind.PLAN_SUBMITTED);
        assertThat(kinds(world.office())).containsExactly(NotificationKind.PLAN_ISSUED);
        assertThat(kinds(world.unitUserA())).containsExactly(NotificationKind.PLAN_ISSUED);
        assertThat(kinds(world.unitUserB())).containsExactly(NotificationKind.PLAN_ISSUED);
        assertThat(kinds(world.reviewer())).isEmpty();
        assertThat(notifications.mine(world.unitUserA()).get(0).link()).startsWith("/plans/");
    }

    @Test
    void aSubmittedReportTellsTheOfficeAndAReturnTellsTheUnitWithTheReasonThenTheAcceptance() {
        IssuedPlan plan = planFixtures.issuedPlan(world, 2099);
        long id = submittedQ1(plan);

        Notification submitted = notifications.mine(world.office()).get(0);
        assertThat(submitted.kind()).isEqualTo(NotificationKind.REPORT_SUBMITTED);
        assertThat(submitted.link()).isEqualTo("/reports/" + id);
        assertThat(submitted.period()).isEqualTo("Q1");
        assertThat(submitted.read()).isFalse();
        assertThat(kinds(world.unitUserB())).doesNotContain(NotificationKind.REPORT_SUBMITTED);

        reportLifecycle.returnForRevision(world.office(), id, reportReader.details(world.office(), id).version(),
                "Thiếu minh chứng hội nghị");
        Notification returned = notifications.mine(world.unitUserA()).get(0);
        assertThat(returned.kind()).isEqualTo(NotificationKind.REPORT_RETURNED);
        assertThat(returned.reason()).isEqualTo("Thiếu minh chứng hội nghị");
        assertThat(kinds(world.unitUserB())).doesNotContain(NotificationKind.REPORT_RETURNED);

        reportLifecycle.submit(world.unitUserA(), id, reportReader.details(world.unitUserA(), id).version());
        reportLifecycle.accept(world.office(), id, reportReader.details(world.office(), id).version());
        assertThat(notifications.mine(world.unitUserA()).get(0).kind()).isEqualTo(NotificationKind.REPORT_ACCEPTED);
    }

    @Test
    void everyRoleSeesItsOwnNotificationsPageAndTheUnreadCountInTheNavigation() throws Exception {
        planFixtures.issuedPlan(world, 2099);
        for (Role role : java.util.EnumSet.complementOf(java.util.EnumSet.of(Role.OPERATOR))) {
            var page = mvc.perform(get("/notifications").with(as(world.userWith(role))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            long unread = notifications.unreadCount(world.userWith(role));
            if (unread > 0) {
                assertThat(page).contains("id=\"nav-notifications\"").contains(">" + unread + "</span>");
            }
        }
        assertThat(notifications.unreadCount(world.unitUserA())).isEqualTo(1);
        assertThat(notifications.unreadCount(world.admin())).isZero();
    }

    @Test
    void openingANotificationMarksItReadAndLeadsToItsRecord() throws Exception {
        planFixtures.issuedPlan(world, 2099);
        Notification n = notifications.mine(world.unitUserA()).get(0);

        mvc.perform(post("/notifications/" + n.id() + "/open").with(as(world.unitUserA())).with(csrf()))
                .andExpect(redirectedUrl(n.link()));

        assertThat(notifications.mine(world.unitUserA()).get(0).read()).isTrue();
        assertThat(notifications.unreadCount(world.unitUserA())).isZero();
    }

    @Test
    void aUserCannotReadOrMarkAnotherUsersNotification() throws Exception {
        planFixtures.issuedPlan(world, 2099);
        Notification unitAs = notifications.mine(world.unitUserA()).get(0);

        for (CurrentUser other : List.of(world.unitUserB(), world.office(), world.admin(), world.reviewer())) {
            mvc.perform(post("/notifications/" + unitAs.id() + "/read").with(as(other)).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/notifications/" + unitAs.id() + "/open").with(as(other)).with(csrf()))
                    .andExpect(status().isNotFound());
            String page = mvc.perform(get("/notifications").with(as(other))).andReturn().getResponse()
                    .getContentAsString();
            assertThat(page).doesNotContain("/notifications/" + unitAs.id() + "/");
        }
        assertThat(notifications.mine(world.unitUserA()).get(0).read()).isFalse();
    }

    @Test
    void markAllReadClearsTheUsersOwnCountOnly() throws Exception {
        IssuedPlan plan = planFixtures.issuedPlan(world, 2099);
        submittedQ1(plan);
        assertThat(notifications.unreadCount(world.office())).isEqualTo(2);

        mvc.perform(post("/notifications/read-all").with(as(world.office())).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));

        assertThat(notifications.unreadCount(world.office())).isZero();
        assertThat(notifications.unreadCount(world.unitUserA())).isEqualTo(1);
    }

    @Test
    void theOfficeRemindsEveryOverdueUnitWithOneClickAndTheReminderIsRecorded() throws Exception {
        IssuedPlan plan = planFixtures.issuedPlan(world, 2025);

        String followUp = mvc.perform(get("/reports").param("plan", String.valueOf(plan.id())).param("period", "Q1")
                .with(as(world.office()))).andReturn().getResponse().getContentAsString();
        assertThat(followUp).contains("id=\"remind-overdue\"");

        mvc.perform(post("/notifications/remind").param("plan", String.valueOf(plan.id())).param("period", "Q1")
                        .with(as(world.office())).with(csrf()))
                .andExpect(redirectedUrl("/reports?plan=" + plan.id() + "&period=Q1&status=OVERDUE"));

        assertThat(kinds(world.unitUserA())).contains(NotificationKind.REMINDER_FROM_OFFICE);
        assertThat(kinds(world.unitUserB())).contains(NotificationKind.REMINDER_FROM_OFFICE);
        mvc.perform(get("/notifications/reminders").param("plan", String.valueOf(plan.id())).param("period", "Q1")
                        .with(as(world.office())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Trung tâm Y tế A")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(world.office().fullName())));
    }

    @Test
    void onlyTheOfficeOrLeaderOfThePlansNodeMayRemind() throws Exception {
        IssuedPlan plan = planFixtures.issuedPlan(world, 2025);
        World other = fixtures.anotherAgency(world, "Sở Tài chính");
        for (CurrentUser user : List.of(world.unitUserA(), world.reviewer(), world.admin(), other.office())) {
            mvc.perform(post("/notifications/remind").param("plan", String.valueOf(plan.id())).param("period", "Q1")
                    .with(as(user)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(kinds(world.unitUserA())).doesNotContain(NotificationKind.REMINDER_FROM_OFFICE);
        mvc.perform(post("/notifications/remind").param("plan", String.valueOf(plan.id())).param("period", "Q1")
                .with(as(world.leader())).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(kinds(world.unitUserA())).contains(NotificationKind.REMINDER_FROM_OFFICE);
        for (CurrentUser user : List.of(world.unitUserA(), world.admin(), other.office())) {
            mvc.perform(get("/notifications/reminders").param("plan", String.valueOf(plan.id())).param("period", "Q1")
                    .with(as(user))).andExpect(status().isForbidden());
        }
    }
}
