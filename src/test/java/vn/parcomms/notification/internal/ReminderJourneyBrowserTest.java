package vn.parcomms.notification.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.account.AccountService;
import vn.parcomms.account.UserCommand;
import vn.parcomms.account.UserView;
import vn.parcomms.notification.internal.NotificationScheduling.ScheduledJobs;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportListing;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.report.UnitReportRow;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Chromium;
import vn.parcomms.support.browser.JourneyMeter;

/**
 * The reminder journey with real e-mail: the application's mail settings point at a GreenMail
 * SMTP server inside the test (on a free port), so the app's own mail sender and notification
 * writer are used. The OFFICE reminds the overdue units with one click from its to-do list and
 * the follow-up page, each overdue unit's user receives one Vietnamese e-mail, and the unit
 * signs in through the e-mail's link straight to its report form. The timers are off in tests
 * (parcomms.notifications.scheduling=false): the test runs the jobs as the timers would, through
 * the same ShedLock lock on the test database.
 */
@Import(PlanFixtures.class)
class ReminderJourneyBrowserTest extends BrowserJourney {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(SMTP);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::getPort);
    }

    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures planFixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    ReportDrafting reportDrafting;
    @Autowired
    ReportListing reportListing;
    @Autowired
    NotificationWriter writer;
    @Autowired
    NotificationStore store;
    @Autowired
    JavaMailSender mailSender;
    @Autowired
    MessageSource messages;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {Chromium.DESKTOP_WIDTH, Chromium.PHONE_WIDTH})
    void theOfficeRemindsTheOverdueUnitsInOneClickAndTheUnitOpensItsFormFromTheEmail(int width) throws Exception {
        World w = fixtures.newWorld();
        boolean phone = width == Chromium.PHONE_WIDTH;
        int year = LocalDate.now(clock).getYear();
        IssuedPlan plan = planFixtures.issuedPlan(w, year);
        // Unit A started its Q1 report and left it as a draft; unit B never opened its own.
        long reportA = reportDrafting.open(w.unitUserA(), plan.id(), ReportPeriod.Q1);
        // Addresses from now on: the units' mailboxes hold the reminders only (not the plan's issue).
        String mailA = withAddress(w, w.unitUserA());
        String mailB = withAddress(w, w.unitUserB());
        releaseLocks();

        page = signedIn(w.office(), phone);
        JourneyMeter office = new JourneyMeter(page).start();
        office.click(page.locator("#todo li[data-kind=UNITS_OVERDUE] a[href*='period=Q1']"));
        assertThat(page.locator("#follow-up tr[data-unit='" + w.unitA() + "']")).isVisible();
        assertFitsTheScreenWidth();
        office.click(page.locator("#remind-overdue button[type=submit]"));
        assertThat(page.locator(".alert-success")).containsText("Đã nhắc nhở 2 đơn vị quá hạn.");
        assertFitsTheScreenWidth();
        System.out.println("JOURNEY office reminds the overdue units at " + width + " px: " + office);

        jobs(clock).mail();
        String subject = "Văn phòng nhắc nhở: báo cáo Quý I năm " + year;
        List<MimeMessage> toA = mailsTo(mailA);
        List<MimeMessage> toB = mailsTo(mailB);
        assertThat(toA).hasSize(1);
        assertThat(toB).hasSize(1);
        assertThat(toA.get(0).getSubject()).startsWith(subject).contains("đã quá hạn");
        assertThat(toB.get(0).getSubject()).startsWith(subject);
        String link = linkIn(toA.get(0));
        assertThat(link).isEqualTo(url("/reports/" + reportA + "/edit"));
        assertThat(linkIn(toB.get(0))).isEqualTo(url("/reports"));
        page.context().close();

        // Unit A follows the link, signed out: the sign-in page, then its report form.
        page = phone ? chromium.newPhonePage() : chromium.newDesktopPage();
        page.navigate(link);
        JourneyMeter unit = new JourneyMeter(page).start();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?continue=.*"));
        unit.fill(page.locator("#username"), w.unitUserA().username());
        unit.fill(page.locator("#password"), Fixtures.PASSWORD);
        unit.click(page.locator("main form button[type=submit]"));
        assertThat(page).hasURL(link);
        assertThat(page.locator("#submit-report")).isVisible();
        assertFitsTheScreenWidth();
        System.out.println("JOURNEY unit opens its form from the e-mail at " + width + " px: " + unit);

        assertThat(office.clicks()).isEqualTo(2);
        assertThat(office.screens()).isEqualTo(3);
        assertThat(unit.clicks()).isEqualTo(1);
        assertThat(unit.screens()).isEqualTo(2);
    }

    @Test
    void theScheduledRemindersReachTheUnitsMailboxOnceBeforeAndAfterTheDeadline() throws Exception {
        World w = fixtures.newWorld();
        int year = 2099;
        planFixtures.issuedPlan(w, year);
        String mailA = withAddress(w, w.unitUserA());
        LocalDate h1Deadline = deadline(w.unitUserA(), ReportPeriod.H1);
        LocalDate q1Deadline = deadline(w.unitUserA(), ReportPeriod.Q1);

        // Three days before the six-month deadline, run on two instances' timers (the lock released between,
        // as when the second fires after the first has finished): one e-mail.
        remindAndMailTwice(at(h1Deadline.minusDays(3)));
        // The day after the Q1 deadline: one e-mail that it is overdue.
        remindAndMailTwice(at(q1Deadline.plusDays(1)));

        List<MimeMessage> mails = mailsTo(mailA);
        assertThat(mails).hasSize(2);
        assertThat(mails).extracting(MimeMessage::getSubject).anySatisfy(subject -> assertThat(subject)
                .startsWith("Sắp đến hạn nộp báo cáo 6 tháng năm " + year + " theo kế hoạch"));
        assertThat(mails).extracting(MimeMessage::getSubject).anySatisfy(subject -> assertThat(subject)
                .startsWith("Đã quá hạn nộp báo cáo Quý I năm " + year + " theo kế hoạch"));
        for (MimeMessage mail : mails) {
            assertThat(linkIn(mail)).isEqualTo(url("/reports"));
        }
    }

    private void remindAndMailTwice(Clock day) {
        ScheduledJobs first = jobs(day);
        ScheduledJobs second = jobs(day);
        releaseLocks();
        first.reminders();
        first.mail();
        releaseLocks();
        second.reminders();
        second.mail();
    }

    /** The jobs as one app instance runs them: its lock provider, the app's writer and mail sender. */
    private ScheduledJobs jobs(Clock day) {
        return new ScheduledJobs(new DefaultLockingTaskExecutor(NotificationScheduling.lockProvider(dataSource)),
                new ReminderJob(accounts, reportListing, writer, day, 3),
                new MailJob(store, mailSender, messages, transactions, clock, url(""), "parcomms@example.test"));
    }

    private void releaseLocks() {
        jdbc.sql("delete from shedlock where name like 'notification-%'").update();
    }

    private LocalDate deadline(CurrentUser unit, ReportPeriod period) {
        return reportListing.myReports(unit).stream().filter(r -> r.period() == period)
                .map(UnitReportRow::deadline).findFirst().orElseThrow();
    }

    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(7, 0).atZone(ZONE).toInstant(), ZONE);
    }

    /** Gives the account an e-mail address of its own; returns it. */
    private String withAddress(World w, CurrentUser user) {
        String address = user.username() + "@example.test";
        UserView view = accounts.view(w.admin(), user.id());
        accounts.update(w.admin(), view.id(), view.version(), new UserCommand(view.username(), view.fullName(),
                address, view.orgNodeId(), view.role()));
        return address;
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The one address of this application in the e-mail's text. */
    private String linkIn(MimeMessage mail) throws Exception {
        Matcher m = Pattern.compile(Pattern.quote(url("")) + "\\S*").matcher((String) mail.getContent());
        assertThat(m.find()).as("a link to the application in the e-mail").isTrue();
        String link = m.group();
        assertThat(m.find()).isFalse();
        return link;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
