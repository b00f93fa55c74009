package vn.parcomms.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.account.AccountService;
import vn.parcomms.notification.internal.NotificationStore;
import vn.parcomms.notification.internal.NotificationWriter;
import vn.parcomms.report.FollowUp;
import vn.parcomms.report.FollowUpStatus;
import vn.parcomms.report.ReportListing;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * A user's own notifications (never anyone else's: every query is by the signed-in account), and
 * the office's one-click reminder to the units overdue on a plan and period.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    /** The notifications page shows the latest ones. */
    public static final int PAGE_SIZE = 100;

    private final NotificationStore store;
    private final NotificationWriter writer;
    private final ReportListing reportListing;
    private final AccountService accounts;
    private final Clock clock;

    NotificationService(NotificationStore store, NotificationWriter writer, ReportListing reportListing,
            AccountService accounts, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.reportListing = reportListing;
        this.accounts = accounts;
        this.clock = clock;
    }

    public List<Notification> mine(CurrentUser user) {
        return store.latest(user.id(), PAGE_SIZE);
    }

    /** The navigation's count: one short statement. */
    public long unreadCount(CurrentUser user) {
        return store.unreadCount(user.id());
    }

    /** Marks one of the user's notifications read and returns where it leads; 404 for anyone else's. */
    @Transactional
    public String open(CurrentUser user, long id) {
        if (store.markRead(user.id(), id, clock.instant()) == 0) {
            throw new NotFoundException("notification", id);
        }
        return store.linkOf(user.id(), id);
    }

    @Transactional
    public void markRead(CurrentUser user, long id) {
        if (store.markRead(user.id(), id, clock.instant()) == 0) {
            throw new NotFoundException("notification", id);
        }
    }

    @Transactional
    public int markAllRead(CurrentUser user) {
        return store.markAllRead(user.id(), clock.instant());
    }

    /**
     * Reminds every unit overdue on the plan and period ("nhắc nhở"): a notification (and e-mail
     * when configured) to each of its UNIT accounts, and a line per unit in the reminder history.
     * The link opens the unit's report form when it has started one (the form shows the report
     * instead once it can no longer be edited), its list of reports otherwise.
     * The follow-up page's access rules apply (the office or leader of the plan's node, a reviewer).
     * Returns the number of units reminded.
     */
    @Transactional
    public int remindOverdue(CurrentUser user, long planId, ReportPeriod period) {
        if (!user.isAnyOf(Role.OFFICE, Role.LEADER)) {
            throw new vn.parcomms.shared.ForbiddenException(user.username() + " does not remind units");
        }
        FollowUp followUp = reportListing.followUp(user, planId, period, FollowUpStatus.OVERDUE, null);
        var now = clock.instant();
        for (FollowUp.Row row : followUp.rows()) {
            writer.write(accounts.recipients(Role.UNIT, List.of(row.unitNodeId())), user.id(),
                    NotificationKind.REMINDER_FROM_OFFICE, followUp.planLabel(), null, period.name(), followUp.year(),
                    row.reportId() == null ? "/reports" : "/reports/" + row.reportId() + "/edit", null);
            store.recordReminder(planId, period.name(), row.unitNodeId(), row.unitName(), user.id(), user.fullName(),
                    now);
        }
        return followUp.rows().size();
    }

    /** The latest one-click reminders of a plan and period, for the follow-up page. */
    public List<ReminderLine> reminderHistory(CurrentUser user, long planId, ReportPeriod period) {
        reportListing.followUp(user, planId, period, FollowUpStatus.OVERDUE, null);
        return store.reminders(planId, period.name(), 20).stream()
                .map(r -> new ReminderLine(r.unitName(), r.actorName(), r.sentAt())).toList();
    }

    /** One unit reminded by one user at one time. */
    public record ReminderLine(String unitName, String actorName, java.time.Instant sentAt) {
    }
}
