package vn.parcomms.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.report.internal.ReportCalendar;
import vn.parcomms.report.internal.ReportDeadline;
import vn.parcomms.report.internal.ReportDeadlineRepository;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/** The deadlines a node's office gives its units, per year and period (read by office and leader). */
@Service
@Transactional(readOnly = true)
public class ReportDeadlines {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ReportDeadlineRepository deadlines;
    private final ReportCalendar calendar;

    ReportDeadlines(ReportDeadlineRepository deadlines, ReportCalendar calendar) {
        this.deadlines = deadlines;
        this.calendar = calendar;
    }

    /** The periods of a year for the user's node, with cut-offs and deadlines (office and leader). */
    public List<PeriodDeadline> deadlines(CurrentUser user, int year) {
        if (!user.isAnyOf(Role.OFFICE, Role.LEADER)) {
            throw new ForbiddenException(user.username() + " does not set report deadlines");
        }
        requireYear(year);
        Map<ReportPeriod, LocalDate> set = calendar.deadlinesOf(user.orgNodeId(), year);
        return Arrays.stream(ReportPeriod.values())
                .map(p -> new PeriodDeadline(p, year, p.cutOffStart(year), p.incrementStart(year), p.cutOffEnd(year),
                        set.get(p), p.defaultDeadline(year)))
                .toList();
    }

    /** The office of a node sets its units' deadline for one period: after the cut-off, within 60 days. */
    @Transactional
    public void setDeadline(CurrentUser user, int year, ReportPeriod period, LocalDate deadline) {
        if (!user.is(Role.OFFICE)) {
            throw new ForbiddenException(user.username() + " does not set report deadlines");
        }
        requireYear(year);
        LocalDate earliest = period.cutOffEnd(year).plusDays(1);
        LocalDate latest = period.cutOffEnd(year).plusDays(60);
        if (deadline == null || deadline.isBefore(earliest) || deadline.isAfter(latest)) {
            throw DomainException.onField("deadline", "report.error.deadlineRange", DATE.format(earliest),
                    DATE.format(latest));
        }
        Optional<ReportDeadline> row = deadlines.findByNodeIdAndYearAndPeriod(user.orgNodeId(), year, period);
        if (row.isPresent()) {
            row.get().moveTo(deadline);
        } else {
            deadlines.save(new ReportDeadline(user.orgNodeId(), year, period, deadline));
        }
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new NotFoundException("report year", year);
        }
    }
}
