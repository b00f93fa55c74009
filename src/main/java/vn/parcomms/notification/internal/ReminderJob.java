package vn.parcomms.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.account.AccountService;
import vn.parcomms.account.Recipient;
import vn.parcomms.notification.NotificationKind;
import vn.parcomms.report.FollowUpStatus;
import vn.parcomms.report.ReportListing;
import vn.parcomms.report.UnitReportRow;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * The deadline reminders of one day: to every unit account whose report is not submitted, N days
 * before the deadline (N = {@code parcomms.notifications.reminder-days-before}) and on the day
 * after it. Each reminder has a key (plan, period, deadline, which one), written at most once
 * per account, so a second run the same day, on this instance or another, sends nothing twice.
 * The day comes from the injected clock.
 */
@Component
public class ReminderJob {

    private final AccountService accounts;
    private final ReportListing reportListing;
    private final NotificationWriter writer;
    private final Clock clock;
    private final int daysBefore;

    public ReminderJob(AccountService accounts, ReportListing reportListing, NotificationWriter writer, Clock clock,
            @Value("${parcomms.notifications.reminder-days-before:3}") int daysBefore) {
        this.accounts = accounts;
        this.reportListing = reportListing;
        this.writer = writer;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    /** Writes today's reminders; returns how many notifications were written. */
    @Transactional
    public int run() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<Recipient>> byUnit = new LinkedHashMap<>();
        accounts.allActive(Role.UNIT).forEach(r -> byUnit.computeIfAbsent(r.orgNodeId(), k -> new java.util.ArrayList<>())
                .add(r));
        int written = 0;
        for (var unit : byUnit.entrySet()) {
            Recipient first = unit.getValue().get(0);
            // Read as the unit itself: its reporting duties, its reports, their deadlines.
            CurrentUser asUnit = new CurrentUser(first.id(), "reminder", first.fullName(), Role.UNIT, unit.getKey());
            for (UnitReportRow row : reportListing.myReports(asUnit)) {
                if (!owes(row.status())) {
                    continue;
                }
                long days = ChronoUnit.DAYS.between(today, row.deadline());
                NotificationKind kind = days == daysBefore ? NotificationKind.REMINDER_DUE
                        : days == -1 ? NotificationKind.REMINDER_OVERDUE : null;
                if (kind == null) {
                    continue;
                }
                String key = kind.name() + ":" + row.planId() + ":" + row.period() + ":" + row.deadline();
                written += writer.write(unit.getValue(), 0, kind, row.planLabel(), null, row.period().name(),
                        row.year(), row.reportId() == null ? "/reports" : "/reports/" + row.reportId() + "/edit", key);
            }
        }
        return written;
    }

    private static boolean owes(FollowUpStatus status) {
        return status == FollowUpStatus.NOT_STARTED || status == FollowUpStatus.DRAFT
                || status == FollowUpStatus.RETURNED || status == FollowUpStatus.OVERDUE;
    }
}
