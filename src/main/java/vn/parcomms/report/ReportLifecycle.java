package vn.parcomms.report;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.report.internal.ReportAccess;
import vn.parcomms.report.internal.ReportFileRepository;
import vn.parcomms.report.internal.ReportPlans;
import vn.parcomms.report.internal.UnitReport;
import vn.parcomms.report.internal.UnitReportRepository;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.Step;
import vn.parcomms.shared.security.CurrentUser;

/**
 * A unit report's status changes: the unit submits it, the OFFICE of the node that issued the plan
 * accepts or returns it. Access is checked before the version; each change writes its line of
 * history through the report's own transition method. A repeated click (an older version of a
 * report already where the click would take it) changes nothing and returns false.
 */
@Service
@Transactional(readOnly = true)
public class ReportLifecycle {

    private final UnitReportRepository reports;
    private final ReportFileRepository files;
    private final ReportAccess access;
    private final ReportPlans reportPlans;
    private final PeriodExpectations expectations;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    ReportLifecycle(UnitReportRepository reports, ReportFileRepository files, ReportAccess access,
            ReportPlans reportPlans, PeriodExpectations expectations, Clock clock, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.reports = reports;
        this.files = files;
        this.access = access;
        this.reportPlans = reportPlans;
        this.expectations = expectations;
        this.clock = clock;
    }

    /**
     * The same service reading time from another clock, for loading demo history with the dates it
     * would have had. The copy is not a Spring proxy: callers run it inside their own transaction.
     */
    public ReportLifecycle withClock(Clock other) {
        return new ReportLifecycle(reports, files, access, reportPlans, expectations, other, publisher);
    }

    /** Submits the report; false for a repeated request from the same click. */
    @Transactional
    public boolean submit(CurrentUser user, long id, long expectedVersion) {
        UnitReport report = access.loadReadable(user, id);
        ReportAccess.requireFiler(user, report);
        if (report.getVersion() != expectedVersion) {
            if (report.getStatus() == ReportStatus.SUBMITTED || report.getStatus() == ReportStatus.ACCEPTED) {
                return false;
            }
            throw new ConflictException("report", id);
        }
        PlanDetails plan = reportPlans.currentVersion(user, report.getPlanId());
        Map<UUID, String> due = new LinkedHashMap<>();
        ReportPlans.due(reportPlans.unitActivities(user, plan, report.getUnitNodeId()), report.getPeriod())
                .forEach(a -> due.put(a.key(), a.name()));
        Set<UUID> withFiles = files.rows(id).stream().map(ReportFileRepository.FileRow::getActivityKey)
                .collect(Collectors.toSet());
        report.submit(due, withFiles, Step.of(user, clock), expectations.ofPlan(plan).get(report.getPeriod()),
                clock.getZone());
        // Flushed, not saved: the report is managed, and a merge would not carry its new history line.
        reports.flush();
        published(UnitReportStepTaken.SUBMITTED, report, ReportPlans.label(plan), null, user);
        return true;
    }

    /** The office accepts a submitted report; it is read-only from then on. */
    @Transactional
    public boolean accept(CurrentUser user, long id, long expectedVersion) {
        UnitReport report = access.loadReadable(user, id);
        ReportAccess.requireDecider(user, report);
        if (report.getVersion() != expectedVersion) {
            if (report.getStatus() == ReportStatus.ACCEPTED) {
                return false;
            }
            throw new ConflictException("report", id);
        }
        report.accept(Step.of(user, clock));
        reports.flush();
        // Empty list would make "in ()": the first period has no earlier ones, so a period none equals.
        List<String> earlier = Arrays.stream(ReportPeriod.values())
                .filter(p -> p.ordinal() < report.getPeriod().ordinal()).map(Enum::name).toList();
        reports.freezeCumulative(report.getId(), earlier.isEmpty() ? List.of("-") : earlier);
        published(UnitReportStepTaken.ACCEPTED, report, planLabel(user, report), null, user);
        return true;
    }

    /** The office returns a submitted report with a reason; the unit corrects and submits again. */
    @Transactional
    public boolean returnForRevision(CurrentUser user, long id, long expectedVersion, String reason) {
        UnitReport report = access.loadReadable(user, id);
        ReportAccess.requireDecider(user, report);
        if (report.getVersion() != expectedVersion) {
            if (report.getStatus() == ReportStatus.RETURNED) {
                return false;
            }
            throw new ConflictException("report", id);
        }
        ReportDrafting.requireLength("reason", reason);
        report.returnForRevision(reason, Step.of(user, clock));
        reports.flush();
        published(UnitReportStepTaken.RETURNED, report, planLabel(user, report), report.getReturnReason(), user);
        return true;
    }

    private String planLabel(CurrentUser user, UnitReport report) {
        return ReportPlans.label(reportPlans.currentVersion(user, report.getPlanId()));
    }

    /** Tells listeners (notifications) of the step, in this transaction: they commit or roll back with it. */
    private void published(String step, UnitReport report, String planLabel, String reason, CurrentUser user) {
        publisher.publishEvent(new UnitReportStepTaken(step, report.getId(), report.getUnitNodeId(),
                report.getPlanNodeId(), report.getPlanId(), planLabel, report.getYear(), report.getPeriod(), reason, user.id()));
    }
}
