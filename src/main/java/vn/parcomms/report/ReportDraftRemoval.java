package vn.parcomms.report;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.report.internal.ReportAccess;
import vn.parcomms.report.internal.UnitReport;
import vn.parcomms.report.internal.UnitReportRepository;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.Step;
import vn.parcomms.shared.security.CurrentUser;

/**
 * A report opened by mistake is deleted by the unit user who opened it, while it is a draft that
 * was never submitted. Its entries, figures, files and history go with it; the deletion itself is
 * kept in {@code unit_report_deletion} and in the log (ADR 0027). Once submitted a report stays:
 * it may have been read, returned or counted.
 */
@Service
@Transactional(readOnly = true)
public class ReportDraftRemoval {

    private static final Logger log = LoggerFactory.getLogger(ReportDraftRemoval.class);

    private final UnitReportRepository reports;
    private final ReportAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReportDraftRemoval(UnitReportRepository reports, ReportAccess access, JdbcClient jdbc, Clock clock) {
        this.reports = reports;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the user may delete the report now (to show the button; {@link #delete} checks again). */
    public boolean mayDelete(CurrentUser user, long id) {
        UnitReport report = access.loadReadable(user, id);
        return isStarter(user, report) && neverSubmitted(report);
    }

    /** Whether the report is the user's own draft: what the confirmation page needs before asking. */
    public void requireDeletable(CurrentUser user, long id) {
        UnitReport report = access.loadReadable(user, id);
        requireStarter(user, report);
        requireNeverSubmitted(report);
    }

    @Transactional
    public void delete(CurrentUser user, long id, long expectedVersion) {
        UnitReport report = access.loadReadable(user, id);
        requireStarter(user, report);
        if (report.getVersion() != expectedVersion) {
            throw new ConflictException("report", id);
        }
        requireNeverSubmitted(report);
        Step step = Step.of(user, clock);
        jdbc.sql("""
                insert into unit_report_deletion (report_id, unit_node_id, plan_id, period, actor_id, actor_name, at)
                values (:report, :unit, :plan, :period, :actor, :name, :at)""")
                .param("report", id).param("unit", report.getUnitNodeId()).param("plan", report.getPlanId())
                .param("period", report.getPeriod().name()).param("actor", step.actorId())
                .param("name", step.actorName()).param("at", java.sql.Timestamp.from(step.at())).update();
        reports.delete(report);
        reports.flush();
        log.info("Report draft {} ({} {} of node {}) deleted by {}", id, report.getPeriod(), report.getYear(),
                report.getUnitNodeId(), user.username());
    }

    private void requireStarter(CurrentUser user, UnitReport report) {
        if (!isStarter(user, report)) {
            throw new ForbiddenException(user.username() + " did not open report " + report.getId());
        }
    }

    private boolean isStarter(CurrentUser user, UnitReport report) {
        if (!ReportAccess.canFile(user, report)) {
            return false;
        }
        Long starter = jdbc.sql("select actor_id from unit_report_event where report_id = :id and action = 'CREATED'")
                .param("id", report.getId()).query(Long.class).optional().orElse(null);
        return starter != null && starter == user.id();
    }

    private static boolean neverSubmitted(UnitReport report) {
        return report.getStatus() == ReportStatus.DRAFT && report.getFirstSubmittedAt() == null;
    }

    private static void requireNeverSubmitted(UnitReport report) {
        if (!neverSubmitted(report)) {
            throw new DomainException("report.error.deleteSubmitted");
        }
    }
}
