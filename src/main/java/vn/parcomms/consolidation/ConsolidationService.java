package vn.parcomms.consolidation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.consolidation.ConsolidationDetails.UnitResult;
import vn.parcomms.consolidation.internal.ConsolidatedReport;
import vn.parcomms.consolidation.internal.ConsolidatedReportRepository;
import vn.parcomms.consolidation.internal.ConsolidationQueries;
import vn.parcomms.consolidation.internal.ConsolidationQueries.PlanRef;
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.PlanFilter;
import vn.parcomms.plan.PlanService;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * Consolidated reports of a node (Báo cáo tổng hợp): drafted from the accepted unit reports of the
 * node's plan for a period, written by the node's office, approved by its leader, sent to Home
 * Affairs and accepted there. Every method checks role and organisation scope on what it loads.
 */
@Service
@Transactional(readOnly = true)
public class ConsolidationService {

    private final ConsolidatedReportRepository reports;
    private final ConsolidationQueries queries;
    private final OrganizationService organizations;
    private final PlanService plans;
    private final Clock clock;

    ConsolidationService(ConsolidatedReportRepository reports, ConsolidationQueries queries,
            OrganizationService organizations, PlanService plans, Clock clock) {
        this.reports = reports;
        this.queries = queries;
        this.organizations = organizations;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * The same service reading "now" from another clock, for tests that send at a fixed time. The
     * copy is not a Spring proxy: callers run it inside their own transaction.
     */
    public ConsolidationService withClock(Clock other) {
        return new ConsolidationService(reports, queries, organizations, plans, other);
    }

    /** The issued (or closed) plans of the office's own node: what it consolidates reports for. */
    public List<PlanSummary> planChoices(CurrentUser user) {
        if (!user.is(Role.OFFICE)) {
            throw new ForbiddenException(user.username() + " does not draft consolidated reports");
        }
        List<PlanSummary> result = new java.util.ArrayList<>(
                plans.list(user, new PlanFilter(null, user.orgNodeId(), PlanStatus.ISSUED, false)));
        result.addAll(plans.list(user, new PlanFilter(null, user.orgNodeId(), PlanStatus.CLOSED, false)));
        return result.stream().filter(p -> p.issuingNodeId() == user.orgNodeId()).toList();
    }

    /** Who has a consolidated reports page: the office and leader of a node, Home Affairs. */
    public static boolean mayRead(CurrentUser user) {
        return user.isAnyOf(Role.OFFICE, Role.LEADER, Role.REVIEWER);
    }

    public List<ConsolidationRow> list(CurrentUser user) {
        requireReader(user);
        return queries.list(organizations.scopePath(user), user.is(Role.REVIEWER));
    }

    /**
     * Opens the node's consolidated report for an issued plan of the node and a period, drafting it
     * from the accepted unit reports when it does not exist yet. Returns its id.
     */
    @Transactional
    public long open(CurrentUser user, long planId, ReportPeriod period) {
        if (!user.is(Role.OFFICE)) {
            throw new ForbiddenException(user.username() + " does not draft consolidated reports");
        }
        PlanRef plan = queries.plan(planId);
        if (plan == null) {
            throw new NotFoundException("plan", planId);
        }
        if (plan.issuingNodeId() != user.orgNodeId()) {
            throw new ForbiddenException("plan " + planId + " is not issued by the node of " + user.username());
        }
        if (!plan.status().equals("ISSUED") && !plan.status().equals("CLOSED")) {
            throw new DomainException("consolidation.error.planNotIssued");
        }
        var existing = reports.findByNodeIdAndPlanIdAndPeriod(plan.issuingNodeId(), planId, period);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        Instant now = clock.instant();
        ConsolidatedReport report;
        try {
            report = reports.saveAndFlush(new ConsolidatedReport(plan.issuingNodeId(), planId, plan.year(), period, now));
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // A colleague of the same office drafted it at the same moment: theirs stands.
            throw new vn.parcomms.shared.ConflictException("consolidated report", planId + "/" + period);
        }
        queries.draftSources(report.getId(), planId, period, organizations.pathOf(plan.issuingNodeId()));
        report.write(gathered(queries.units(report.getId())));
        queries.event(report.getId(), "CREATED", user.id(), user.fullName(), now, null);
        return report.getId();
    }

    /** The units' texts, one paragraph each, attributed: "TTYT TP Bà Rịa: …". */
    static ConsolidationCommand gathered(List<UnitResult> units) {
        return new ConsolidationCommand(attributed(units, UnitResult::resultsSummary),
                attributed(units, UnitResult::shortcomings), attributed(units, UnitResult::difficulties),
                attributed(units, UnitResult::proposals), attributed(units, UnitResult::nextTasks));
    }

    private static String attributed(List<UnitResult> units, Function<UnitResult, String> text) {
        StringBuilder result = new StringBuilder();
        for (UnitResult unit : units) {
            String value = text.apply(unit);
            if (value != null && !value.isBlank()) {
                if (!result.isEmpty()) {
                    result.append('\n');
                }
                result.append(unit.unitName()).append(": ").append(value.strip().replaceAll("\\s*\\R\\s*", " "));
            }
        }
        return result.toString();
    }

    public ConsolidationDetails details(CurrentUser user, long id) {
        ConsolidatedReport report = load(id);
        requireReadable(user, report);
        OrgNodeView node = organizations.find(report.getNodeId());
        String parentName = node.parentId() == null ? "" : organizations.find(node.parentId()).name();
        PlanRef plan = queries.plan(report.getPlanId());
        boolean ownOffice = user.is(Role.OFFICE) && user.orgNodeId() == report.getNodeId();
        boolean ownLeader = user.is(Role.LEADER) && user.orgNodeId() == report.getNodeId();
        var status = report.getStatus();
        var can = new ConsolidationDetails.Permissions(ownOffice && status.isEditable(),
                ownOffice && status.isEditable(), ownLeader && status == ConsolidationStatus.SUBMITTED,
                (ownOffice || ownLeader) && status == ConsolidationStatus.APPROVED,
                user.is(Role.REVIEWER) && status == ConsolidationStatus.SENT,
                (ownLeader && status == ConsolidationStatus.SUBMITTED)
                        || (user.is(Role.REVIEWER) && status == ConsolidationStatus.SENT));
        return new ConsolidationDetails(report.getId(), node.id(), node.name(), parentName, report.getPlanId(),
                plan.label(), report.getYear(), report.getPeriod(), status, report.getResultsSummary(),
                report.getShortcomings(), report.getDifficulties(), report.getProposals(), report.getNextTasks(),
                report.getReturnReason(), report.getFiguresAt(), report.getVersion(),
                queries.figures(id, report.getPlanId(), report.getPeriod(), false),
                queries.figures(id, report.getPlanId(), report.getPeriod(), true), queries.units(id),
                queries.history(id), can, plan.place());
    }

    // ---------------------------------------------------------------- changes

    /** Saves the office's texts; returns the new version. */
    @Transactional
    public long save(CurrentUser user, long id, long expectedVersion, ConsolidationCommand text) {
        ConsolidatedReport report = loadForChange(id, expectedVersion, r -> requireOwn(user, r, Role.OFFICE));
        report.write(text);
        reports.saveAndFlush(report);
        return report.getVersion();
    }

    /** Re-drafts the figures from the unit reports accepted now; the texts stay as written. */
    @Transactional
    public void refreshFigures(CurrentUser user, long id, long expectedVersion) {
        ConsolidatedReport report = loadForChange(id, expectedVersion, r -> requireOwn(user, r, Role.OFFICE));
        Instant now = clock.instant();
        report.figuresRefreshed(now);
        queries.draftSources(id, report.getPlanId(), report.getPeriod(), organizations.pathOf(report.getNodeId()));
        reports.saveAndFlush(report);
        queries.event(id, "REFRESHED", user.id(), user.fullName(), now, null);
    }

    @Transactional
    public void submit(CurrentUser user, long id, long expectedVersion) {
        ConsolidatedReport report = loadForChange(id, expectedVersion, r -> requireOwn(user, r, Role.OFFICE));
        report.submit();
        done(user, report, "SUBMITTED", null);
    }

    @Transactional
    public void approve(CurrentUser user, long id, long expectedVersion) {
        ConsolidatedReport report = loadForChange(id, expectedVersion, r -> requireOwn(user, r, Role.LEADER));
        report.approve();
        done(user, report, "APPROVED", null);
    }

    @Transactional
    public void send(CurrentUser user, long id, long expectedVersion) {
        ConsolidatedReport report = loadForChange(id, expectedVersion, r -> {
            if (!user.isAnyOf(Role.OFFICE, Role.LEADER) || user.orgNodeId() != r.getNodeId()) {
                throw new ForbiddenException(user.username() + " does not send report " + id);
            }
        });
        report.send(clock.instant());
        done(user, report, "SENT", null);
    }

    @Transactional
    public void accept(CurrentUser user, long id, long expectedVersion) {
        ConsolidatedReport report = loadForChange(id, expectedVersion, r -> requireReviewer(user, r));
        report.accept();
        done(user, report, "ACCEPTED", null);
    }

    /** The node's leader returns a submitted report; Home Affairs returns a sent one. */
    @Transactional
    public void returnForRevision(CurrentUser user, long id, long expectedVersion, String reason) {
        ConsolidatedReport report = loadForChange(id, expectedVersion, r -> {
            if (user.is(Role.REVIEWER)) {
                requireReviewer(user, r);
            } else {
                requireOwn(user, r, Role.LEADER);
            }
        });
        ConsolidationStatus returnable = user.is(Role.REVIEWER) ? ConsolidationStatus.SENT
                : ConsolidationStatus.SUBMITTED;
        if (report.getStatus() != returnable) {
            throw new DomainException("consolidation.error.state");
        }
        report.returnForRevision(reason);
        done(user, report, "RETURNED", report.getReturnReason());
    }

    private void done(CurrentUser user, ConsolidatedReport report, String action, String reason) {
        reports.saveAndFlush(report);
        queries.event(report.getId(), action, user.id(), user.fullName(), clock.instant(), reason);
    }

    // ---------------------------------------------------------------- checks

    private ConsolidatedReport load(long id) {
        return reports.findById(id).orElseThrow(() -> new NotFoundException("consolidated report", id));
    }

    /**
     * Loads a report for a change: {@code access} first, then the version, so that a stale version
     * sent by someone who may not change the report is a 403 like any other, never a 409 that
     * would tell them the report exists.
     */
    private ConsolidatedReport loadForChange(long id, long expectedVersion,
            java.util.function.Consumer<ConsolidatedReport> access) {
        ConsolidatedReport report = load(id);
        access.accept(report);
        if (report.getVersion() != expectedVersion) {
            throw new ConflictException("consolidated report", id);
        }
        return report;
    }

    private static void requireReader(CurrentUser user) {
        if (!mayRead(user)) {
            throw new ForbiddenException(user.username() + " has no consolidated reports");
        }
    }

    private void requireReadable(CurrentUser user, ConsolidatedReport report) {
        requireReader(user);
        boolean readable = user.is(Role.REVIEWER)
                ? report.getSentAt() != null && inProvinceOf(user, report)
                : organizations.isInScope(user, report.getNodeId());
        if (!readable) {
            throw new ForbiddenException(user.username() + " may not read consolidated report " + report.getId());
        }
    }

    private void requireOwn(CurrentUser user, ConsolidatedReport report, Role role) {
        if (!user.is(role) || user.orgNodeId() != report.getNodeId()) {
            throw new ForbiddenException(user.username() + " may not change consolidated report " + report.getId());
        }
    }

    private void requireReviewer(CurrentUser user, ConsolidatedReport report) {
        if (!user.is(Role.REVIEWER) || !inProvinceOf(user, report)) {
            throw new ForbiddenException(user.username() + " does not review consolidated report " + report.getId());
        }
    }

    private boolean inProvinceOf(CurrentUser user, ConsolidatedReport report) {
        return organizations.provinceIdOf(report.getNodeId()) == organizations.provinceIdOf(user.orgNodeId());
    }
}
