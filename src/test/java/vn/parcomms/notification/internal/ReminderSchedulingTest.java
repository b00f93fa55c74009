package vn.parcomms.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.account.AccountService;
import vn.parcomms.account.UserCommand;
import vn.parcomms.account.UserView;
import vn.parcomms.notification.NotificationKind;
import vn.parcomms.notification.internal.NotificationScheduling.ScheduledJobs;
import vn.parcomms.report.ReportListing;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.report.UnitReportRow;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;

/**
 * The deadline reminders and their e-mail, driven as the timers would drive them but with a
 * fixed clock: two schedulers (two app instances, each with its own ShedLock provider) on the
 * one test database, run at the same moment and again, send each reminder once. E-mail goes to
 * a GreenMail SMTP server inside the test.
 */
@IntegrationTest
class ReminderSchedulingTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    AccountService accounts;
    @Autowired
    ReportListing reportListing;
    @Autowired
    NotificationStore store;
    @Autowired
    MessageSource messages;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures planFixtures;

    World world;
    String unitAMail;
    LocalDate q1Deadline;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
        unitAMail = world.unitUserA().username() + "@example.test";
        UserView unitA = accounts.view(world.admin(), world.unitUserA().id());
        accounts.update(world.admin(), unitA.id(), unitA.version(), new UserCommand(unitA.username(),
                unitA.fullName(), unitAMail, unitA.orgNodeId(), unitA.role()));
        planFixtures.issuedPlan(world, 2099);
        q1Deadline = reportListing.myReports(world.unitUserA()).stream()
                .filter(r -> r.period() == ReportPeriod.Q1).map(UnitReportRow::deadline).findFirst().orElseThrow();
    }

    /** One app instance: its own lock provider, reminder job and mail job, all on the shared database. */
    private ScheduledJobs instance(Clock clock) {
        NotificationWriter writer = new NotificationWriter(store, clock, true);
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(ServerSetupTest.SMTP.getPort());
        return new ScheduledJobs(new DefaultLockingTaskExecutor(NotificationScheduling.lockProvider(dataSource)),
                new ReminderJob(accounts, reportListing, writer, clock, 3),
                new MailJob(store, sender, messages, transactions, clock, "https://parcomms.example", "noreply@example.test"));
    }

    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(7, 0).atZone(ZONE).toInstant(), ZONE);
    }

    private void releaseLocks() {
        // Each test starts as a new day would: the previous run's "at least" hold has passed.
        jdbc.sql("delete from shedlock where name like 'notification-%'").update();
    }

    /** Runs the same job on both instances at the same moment. */
    private static void together(Runnable first, Runnable second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<?> a = pool.submit(() -> {
                start.await();
                first.run();
                return null;
            });
            Future<?> b = pool.submit(() -> {
                start.await();
                second.run();
                return null;
            });
            start.countDown();
            a.get();
            b.get();
        } finally {
            pool.shutdownNow();
        }
    }

    private long reminders(CurrentUser user, NotificationKind kind) {
        return jdbc.sql("select count(*) from notification where recipient_id = :id and kind = :kind")
                .param("id", user.id()).param("kind", kind.name()).query(Long.class).single();
    }

    private List<MimeMessage> mailsTo(String address) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void twoSchedulersSendEachReminderOnceThreeDaysBeforeTheDeadline() throws Exception {
        releaseLocks();
        Clock clock = at(q1Deadline.minusDays(3));
        ScheduledJobs one = instance(clock);
        ScheduledJobs two = instance(clock);

        together(one::reminders, two::reminders);
        together(one::mail, two::mail);
        releaseLocks();
        // A second run the same day on either instance (a restart, a clock skew) sends nothing twice.
        two.reminders();
        together(one::mail, two::mail);

        assertThat(reminders(world.unitUserA(), NotificationKind.REMINDER_DUE)).isEqualTo(1);
        assertThat(reminders(world.unitUserB(), NotificationKind.REMINDER_DUE)).isEqualTo(1);
        List<MimeMessage> mails = mailsTo(unitAMail);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("Sắp đến hạn nộp báo cáo Quý I năm 2099");
        assertThat(((String) mails.get(0).getContent())).contains("https://parcomms.example/reports");
        // unitB's account has no address: notified in the app only.
        assertThat(reminders(world.office(), NotificationKind.REMINDER_DUE)).isZero();
    }

    @Test
    void theDayAfterAMissedDeadlineTheUnitIsRemindedOnceThatItIsOverdue() throws Exception {
        releaseLocks();
        Clock dayAfter = at(q1Deadline.plusDays(1));
        // The report listing reads "now" from the application's clock (2026): in 2099 the report is
        // not yet overdue there, so the job's own day decides; the unit still owes the report.
        ScheduledJobs one = instance(dayAfter);
        ScheduledJobs two = instance(dayAfter);

        together(one::reminders, two::reminders);
        together(one::mail, two::mail);

        assertThat(reminders(world.unitUserA(), NotificationKind.REMINDER_OVERDUE)).isEqualTo(1);
        assertThat(reminders(world.unitUserA(), NotificationKind.REMINDER_DUE)).isZero();
        assertThat(mailsTo(unitAMail)).hasSize(1);
        assertThat(mailsTo(unitAMail).get(0).getSubject()).contains("Đã quá hạn nộp báo cáo Quý I năm 2099");
    }

    @Test
    void onOtherDaysNoReminderIsSent() {
        releaseLocks();
        instance(at(q1Deadline.minusDays(10))).reminders();
        instance(at(q1Deadline)).reminders();
        assertThat(reminders(world.unitUserA(), NotificationKind.REMINDER_DUE)).isZero();
        assertThat(reminders(world.unitUserA(), NotificationKind.REMINDER_OVERDUE)).isZero();
    }

    @Test
    void withoutSmtpConfiguredNoMailIsQueued() {
        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
        // The application's own writer (no spring.mail.host in this context): in-app only.
        context.getBean(NotificationWriter.class).write(List.of(new vn.parcomms.account.Recipient(
                world.unitUserA().id(), "A", unitAMail, world.unitA())), 0, NotificationKind.REMINDER_DUE, "X", null,
                null, null, "/reports", null);
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = :id and mail_state is not null")
                .param("id", world.unitUserA().id()).query(Long.class).single()).isZero();
    }
}
