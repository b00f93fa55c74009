package vn.parcomms.plan.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.catalog.ChannelView;
import vn.parcomms.catalog.IndicatorView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.ActivityView;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.plan.internal.PlanRepository.PlanRow;

/** Turns plans and their rows into the read records the plan module hands out. */
@Component
public class PlanViews {

    private final PlanRepository plans;
    private final OrganizationService organizations;
    private final CatalogService catalog;

    PlanViews(PlanRepository plans, OrganizationService organizations, CatalogService catalog) {
        this.plans = plans;
        this.organizations = organizations;
        this.catalog = catalog;
    }

    /** The activities with their nodes', channels' and indicators' names, read in one go each. */
    public List<ActivityView> activities(Collection<PlanActivity> list, Function<PlanActivity, Plan> planOf) {
        Set<Long> nodeIds = new HashSet<>();
        Set<Long> channelIds = new HashSet<>();
        Set<Long> indicatorIds = new HashSet<>();
        for (PlanActivity a : list) {
            nodeIds.add(a.getLeadNodeId());
            nodeIds.addAll(a.getCooperatorNodeIds());
            channelIds.addAll(a.getChannelIds());
            a.getTargets().forEach(t -> indicatorIds.add(t.getIndicatorId()));
        }
        Map<Long, String> names = nodeNames(nodeIds);
        Map<Long, ChannelView> channels = catalog.channelsById(channelIds);
        Map<Long, IndicatorView> indicators = catalog.indicatorsById(indicatorIds);
        List<ActivityView> views = new ArrayList<>();
        for (PlanActivity a : list) {
            Plan plan = planOf.apply(a);
            List<PlanItem> contents = plan.itemsOf(ItemKind.CONTENT);
            String contentLabel = null;
            String contentText = null;
            for (int i = 0; i < contents.size(); i++) {
                if (contents.get(i).getKey().equals(a.getContentItemKey())) {
                    contentLabel = ItemKind.CONTENT.label(i);
                    contentText = contents.get(i).getBody();
                }
            }
            views.add(new ActivityView(a.getId(), a.getActivityKey(), a.getParentActivityKey(), plan.getId(),
                    a.getContentItemKey(), contentLabel, contentText, a.getPosition(), a.getName(), a.getLeadNodeId(),
                    names.get(a.getLeadNodeId()),
                    a.getCooperatorNodeIds().stream().map(n -> new ActivityView.NodeRef(n, names.get(n))).toList(),
                    a.getChannelIds().stream().map(channels::get).filter(Objects::nonNull)
                            .map(ch -> new ActivityView.ChannelRef(ch.id(), ch.name(), ch.nameEn())).toList(),
                    a.getAudience(), a.getOutputProduct(),
                    a.getQuarters().chars().mapToObj(ch -> ch - '0').toList(), a.getDueDate(),
                    a.getTargets().stream().map(t -> {
                        IndicatorView iv = indicators.get(t.getIndicatorId());
                        return new ActivityView.TargetView(t.getIndicatorId(), iv == null ? "?" : iv.name(),
                                iv == null ? null : iv.nameEn(), iv == null ? "" : iv.unit(), iv == null ? null : iv.unitEn(),
                                t.getTarget());
                    }).toList()));
        }
        return views;
    }

    public Map<Long, String> nodeNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        organizations.findAll(ids).forEach((id, node) -> names.put(id, node.name()));
        return names;
    }

    public Map<Long, PlanSummary> rowsById(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return plans.rows(ids).stream().map(PlanViews::summary)
                .collect(Collectors.toMap(PlanSummary::id, Function.identity()));
    }

    public static PlanSummary summary(PlanRow r) {
        return new PlanSummary(r.getId(), r.getVersionNo(), r.getYear(), r.getDocNumber(), r.getDocSymbol(),
                r.getTitle(), PlanStatus.valueOf(r.getStatus()), r.getIssuingNodeId(), r.getIssuingNodeName(),
                r.getIssueDate(), r.getParentPlanId(), r.getActivityCount(), r.getUpdatedAt());
    }
}
