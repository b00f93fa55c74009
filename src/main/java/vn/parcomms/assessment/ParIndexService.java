package vn.parcomms.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.assessment.internal.ParIndexRules;
import vn.parcomms.consolidation.AgencyTimeliness;
import vn.parcomms.consolidation.ConsolidationDeadlineService;
import vn.parcomms.consolidation.ConsolidationTimeliness;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.PlanFilter;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.report.FollowUpStatus;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.rollup.Rollup;
import vn.parcomms.rollup.RollupPlan;
import vn.parcomms.rollup.RollupService;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * The PAR INDEX self-assessment of a node for a year, computed on read and scored by the
 * province's rule for the year ({@code par_index_rule}, the default row when the province has none).
 *
 * <ul>
 * <li>Plan issued: the plan the node itself issued for the year (issued or closed), its issue date
 * against the rule's deadline.</li>
 * <li>Carried out: the year's plan completion of {@link RollupService} (activities due in the year
 * done in the units' latest accepted reports ÷ due, dropped left out) for the node's own plan, or,
 * for a unit, for the plan it reports on (its own activities only).</li>
 * <li>Reports on time: every unit report of the four periods of that plan (units with work due),
 * first submitted by the deadline; for a unit, its own reports. For an agency (a child of the
 * province node, which sends consolidated reports to Home Affairs): its own four consolidated
 * reports, each first sent by Home Affairs' deadline ({@link ConsolidationDeadlineService}).</li>
 * </ul>
 * Who sees what is the rollup's rule: OFFICE and LEADER their node, REVIEWER any node of the
 * province, UNIT its own node, ADMIN nothing.
 */
@Service
@Transactional(readOnly = true)
public class ParIndexService {

    private static final Set<FollowUpStatus> SUBMITTED = Set.of(FollowUpStatus.SUBMITTED, FollowUpStatus.ACCEPTED,
            FollowUpStatus.RETURNED);

    private final RollupService rollups;
    private final PlanListing planListing;
    private final OrganizationService organizations;
    private final ParIndexRules rules;
    private final ConsolidationDeadlineService consolidationDeadlines;

    ParIndexService(RollupService rollups, PlanListing planListing, OrganizationService organizations,
            ParIndexRules rules,
            ConsolidationDeadlineService consolidationDeadlines) {
        this.rollups = rollups;
        this.planListing = planListing;
        this.organizations = organizations;
        this.rules = rules;
        this.consolidationDeadlines = consolidationDeadlines;
    }

    /**
     * The same service judging the consolidated reports' timeliness by another clock, for tests that
     * fix the day. The copy is not a Spring proxy: callers run it inside their own transaction.
     */
    public ParIndexService withClock(java.time.Clock clock) {
        return new ParIndexService(rollups, planListing, organizations, rules, consolidationDeadlines.withClock(clock));
    }

    /** The self-assessment of the node (the user's own unless a reviewer chose one) for the year. */
    public ParIndex assess(CurrentUser user, Long node, int year) {
        long nodeId = rollups.nodeOf(user, node);
        ParIndexRule rule = ruleFor(organizations.provinceIdOf(nodeId), year);

        List<PlanSummary> issued = new ArrayList<>(planListing.list(user, new PlanFilter(year, nodeId,
                PlanStatus.ISSUED, false)));
        issued.addAll(planListing.list(user, new PlanFilter(year, nodeId, PlanStatus.CLOSED, false)));
        PlanSummary own = issued.stream().filter(p -> p.issuingNodeId() == nodeId)
                .min(Comparator.comparing(PlanSummary::id)).orElse(null);
        ParIndex.PlanPoint planPoint = own == null
                ? new ParIndex.PlanPoint(null, null, null, rule.planDeadline(year), false, rule.planPoints(null, year))
                : new ParIndex.PlanPoint(own.id(), own.label(),
                        own.issueDate(), rule.planDeadline(year),
                        own.issueDate() != null && !own.issueDate().isAfter(rule.planDeadline(year)),
                        rule.planPoints(own.issueDate(), year));

        Long rolledPlan = user.is(Role.UNIT)
                ? rollups.plans(user, node).stream().filter(p -> p.year() == year).map(RollupPlan::id).findFirst()
                        .orElse(null)
                : own == null ? null : own.id();
        Rollup rollup = rolledPlan == null ? null : rollups.rollup(user, node, rolledPlan, ReportPeriod.YEAR);

        ParIndex.CarriedPoint carried;
        if (rollup == null) {
            carried = new ParIndex.CarriedPoint(null, 0, 0, 0, null, rule.carriedPoints(null));
        } else {
            Rollup.CompletionRow overall = rollup.overall();
            carried = new ParIndex.CarriedPoint(rolledPlan, overall.due(), overall.dropped(), overall.done(),
                    overall.percent(), rule.carriedPoints(overall.percent()));
        }
        // An agency is scored on its own consolidated reports to Home Affairs, any other node on its
        // units' reports.
        ParIndex.ReportsPoint reportsPoint = consolidationDeadlines.isAgency(nodeId)
                ? consolidatedReports(user, nodeId, year, own == null ? null : own.id(), rule)
                : unitReports(rollup, rolledPlan, rule);
        return new ParIndex(nodeId, organizations.find(nodeId).name(), year, rule, planPoint, carried, reportsPoint);
    }

    /** Every unit report of the four periods in the node's rollup: all on time, or not. */
    private static ParIndex.ReportsPoint unitReports(Rollup rollup, Long rolledPlan, ParIndexRule rule) {
        if (rollup == null) {
            return new ParIndex.ReportsPoint(null, List.of(), 0, 0, false, rule.reportsPoints(false), false);
        }
        List<ParIndex.ReportCell> cells = new ArrayList<>();
        for (Rollup.TimelinessRow row : rollup.timeliness()) {
            for (ReportPeriod p : ReportPeriod.values()) {
                Rollup.Cell c = row.cell(p);
                if (c != null) {
                    cells.add(new ParIndex.ReportCell(row.unitId(), row.unitName(), p, c.status().name(),
                            c.reportId(), SUBMITTED.contains(c.status()) && !c.late(), null));
                }
            }
        }
        int onTime = (int) cells.stream().filter(ParIndex.ReportCell::onTime).count();
        boolean all = !cells.isEmpty() && onTime == cells.size();
        return new ParIndex.ReportsPoint(rolledPlan, cells, cells.size(), onTime, all, rule.reportsPoints(all), false);
    }

    /** An agency's own four consolidated reports: all first sent by the deadline, or not. */
    private ParIndex.ReportsPoint consolidatedReports(CurrentUser user, long agencyId, int year, Long planId,
            ParIndexRule rule) {
        List<ParIndex.ReportCell> cells = new ArrayList<>();
        for (AgencyTimeliness t : consolidationDeadlines.agencyTimeliness(user, agencyId, year)) {
            ConsolidationTimeliness timeliness = t.timeliness() == null ? ConsolidationTimeliness.OVERDUE
                    : t.timeliness();
            cells.add(new ParIndex.ReportCell(t.nodeId(), t.nodeName(), t.period(), timeliness.name(), null,
                    timeliness == ConsolidationTimeliness.ON_TIME, t.sent() ? t.reportId() : null));
        }
        int onTime = (int) cells.stream().filter(ParIndex.ReportCell::onTime).count();
        boolean all = !cells.isEmpty() && onTime == cells.size();
        return new ParIndex.ReportsPoint(planId, cells, cells.size(), onTime, all, rule.reportsPoints(all), true);
    }

    /** The rules an administrator of the province sees: the province's own and the defaults. */
    public List<ParIndexRule> rules(CurrentUser user) {
        requireAdmin(user);
        return rules.rulesOf(organizations.provinceIdOf(user.orgNodeId()));
    }

    /** The rule in force for the administrator's province and the year, to edit. */
    public ParIndexRule ruleToEdit(CurrentUser user, int year) {
        requireAdmin(user);
        return ruleFor(organizations.provinceIdOf(user.orgNodeId()), year);
    }

    /**
     * Saves the province's own rule for the year (created from the values when it has none):
     * {@code version} is the version of the province's row the user saw, null when it had none.
     */
    @Transactional
    public void saveRule(CurrentUser user, int year, Long version, ParIndexRule values) {
        requireAdmin(user);
        validate(values);
        long province = organizations.provinceIdOf(user.orgNodeId());
        ParIndexRule own = rules.ownRule(province, year).orElse(null);
        // What applied until now, for the history: the province's row (at the version the update
        // requires, or nothing is saved) or the default it departs from.
        ParIndexRule before = own != null ? own : ruleFor(province, year);
        boolean saved = own == null
                ? version == null && rules.insert(province, year, values)
                : version != null && rules.update(own.id(), version, values);
        if (!saved) {
            throw new DomainException("parIndex.error.conflict");
        }
        rules.recordChange(province, year, before, values, user);
    }

    /** The latest changes of the province's rules (who, when, old → new), newest first; ADMIN only. */
    public List<ParIndexRuleChange> ruleHistory(CurrentUser user) {
        requireAdmin(user);
        return rules.changesOf(organizations.provinceIdOf(user.orgNodeId()));
    }

    private static void validate(ParIndexRule r) {
        if (r.planDeadlineDay() > java.time.Month.of(r.planDeadlineMonth()).maxLength()) {
            throw DomainException.onField("planDeadlineDay", "parIndex.error.day");
        }
        for (var field : java.util.Map.of("carriedHighPercent", r.carriedHighPercent(), "carriedLowPercent",
                r.carriedLowPercent()).entrySet()) {
            if (field.getValue().signum() < 0 || field.getValue().compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
                throw DomainException.onField(field.getKey(), "parIndex.error.percent");
            }
        }
        if (r.carriedLowPercent().compareTo(r.carriedHighPercent()) > 0) {
            throw DomainException.onField("carriedLowPercent", "parIndex.error.order");
        }
    }

    /** The rules hold for the whole province: its own ADMIN only, not a department's ADMIN. */
    private void requireAdmin(CurrentUser user) {
        if (!organizations.isProvinceAdmin(user)) {
            throw new ForbiddenException(user.username() + " may not see or change the PAR INDEX rules");
        }
    }

    private ParIndexRule ruleFor(long province, int year) {
        return rules.ruleFor(province, year)
                .orElseThrow(() -> new NotFoundException("PAR INDEX rule", province + "/" + year));
    }
}
