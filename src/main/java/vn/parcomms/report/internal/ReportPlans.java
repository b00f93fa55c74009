package vn.parcomms.report.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.parcomms.organization.OrgSuccessionService;
import vn.parcomms.plan.ActivityView;
import vn.parcomms.plan.ImplementationStatus;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.security.CurrentUser;

/** What a unit report needs of the plan module: the plan in force and the activities a unit reports on. */
@Component
public class ReportPlans {

    private final PlanDetailsReader plans;
    private final OrgSuccessionService successions;

    ReportPlans(PlanDetailsReader plans, OrgSuccessionService successions) {
        this.plans = plans;
        this.successions = successions;
    }

    /** The version of the plan in force (activities may have changed by amendment; keys stay). */
    public PlanDetails currentVersion(CurrentUser user, long planId) {
        PlanDetails plan = plans.details(user, planId);
        if (plan.status() == PlanStatus.ISSUED) {
            return plan;
        }
        return plan.versions().stream().filter(v -> v.status() == PlanStatus.ISSUED).findFirst()
                .map(v -> plans.details(user, v.id())).orElse(plan);
    }

    /**
     * The activities a unit reports on in a plan: those of its own issued implementing plan when
     * it has one (they carry the parent's keys), otherwise the plan's activities it leads or its
     * predecessors led (ADR 0023: an issued plan keeps the lead it was issued with, and the
     * successor reports on that work from the date it took over).
     */
    public List<ActivityView> unitActivities(CurrentUser user, PlanDetails plan, long unitId) {
        Optional<ImplementationStatus> implementation = plan.implementations().stream()
                .filter(i -> i.nodeId() == unitId && i.planId() != null && i.status() != null)
                .findFirst();
        if (implementation.isPresent()) {
            // The latest version may be an amendment still in draft: the version in force counts.
            Optional<Long> inForce = implementation.get().status().isIssued()
                    ? Optional.of(implementation.get().planId())
                    : plans.details(user, implementation.get().planId()).versions().stream()
                            .filter(v -> v.status().isIssued()).map(PlanSummary::id).findFirst();
            if (inForce.isPresent()) {
                return plans.activities(user, inForce.get());
            }
        }
        Set<Long> leads = new HashSet<>(Set.of(unitId));
        successions.lineage(unitId).forEach(l -> leads.add(l.predecessorId()));
        return plan.activities().stream().filter(a -> leads.contains(a.leadNodeId())).toList();
    }

    public static List<ActivityView> due(List<ActivityView> activities, ReportPeriod period) {
        return activities.stream().filter(a -> a.dueByQuarter(period.quarter()))
                .sorted(Comparator.comparing(ActivityView::position)).toList();
    }

    public static Map<UUID, ActivityView> byKey(List<ActivityView> activities) {
        Map<UUID, ActivityView> map = new LinkedHashMap<>();
        activities.stream().sorted(Comparator.comparing(ActivityView::position)).forEach(a -> map.put(a.key(), a));
        return map;
    }

    /** The plan as a report names it: its number and symbol, or its title while it has none. */
    public static String label(PlanDetails plan) {
        String number = plan.numberAndSymbol();
        return number == null ? plan.header().title() : number;
    }
}
