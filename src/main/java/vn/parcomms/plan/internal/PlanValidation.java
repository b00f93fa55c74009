package vn.parcomms.plan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.catalog.ChannelView;
import vn.parcomms.catalog.IndicatorView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.ActivityCommand;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.PlanHeader;
import vn.parcomms.plan.internal.PlanActivity.ActivityData;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.security.CurrentUser;

/** The checks of what a drafter typed, made before anything changes. */
@Component
public class PlanValidation {

    static final int MAX_TARGET = 10_000_000;

    private final PlanRepository plans;
    private final OrganizationService organizations;
    private final CatalogService catalog;

    PlanValidation(PlanRepository plans, OrganizationService organizations, CatalogService catalog) {
        this.plans = plans;
        this.organizations = organizations;
        this.catalog = catalog;
    }

    public void validateHeader(long issuingNodeId, PlanHeader header) {
        if (header.year() < 2000 || header.year() > 2100) {
            throw DomainException.onField("year", "plan.error.year");
        }
        if (header.title() == null || header.title().isBlank()) {
            throw DomainException.onField("title", "NotBlank");
        }
        if (header.issueDate() != null && Math.abs(header.issueDate().getYear() - header.year()) > 1) {
            throw DomainException.onField("issueDate", "plan.error.issueDateYear");
        }
        if (header.parentPlanId() != null) {
            Plan parent = plans.findById(header.parentPlanId()).orElse(null);
            if (parent == null || !parent.getStatus().isIssued()
                    || parent.getIssuingNodeId() == issuingNodeId
                    || !organizations.reportsWithin(issuingNodeId, parent.getIssuingNodeId())) {
                throw DomainException.onField("parentPlanId", "plan.error.parentPlan");
            }
        }
    }

    /** The activity as the plan stores it, or the field that is wrong. */
    public ActivityData validateActivity(CurrentUser user, Plan plan, ActivityCommand c, UUID parentKey,
            ActivityData existing) {
        if (c.name() == null || c.name().isBlank()) {
            throw DomainException.onField("name", "NotBlank");
        }
        if (c.contentItemKey() != null && plan.itemsOf(ItemKind.CONTENT).stream()
                .noneMatch(i -> i.getKey().equals(c.contentItemKey()))) {
            throw DomainException.onField("contentItemKey", "plan.error.contentItem");
        }
        // The units a plan assigns are those that report to its node (ADR 0016): a health centre
        // assigns the commune health stations that report to it, a commune not the station it
        // administers but that reports elsewhere.
        if (!organizations.reportsWithin(c.leadNodeId(), plan.getIssuingNodeId())) {
            throw DomainException.onField("leadNodeId", "plan.error.leadOutside");
        }
        long province = organizations.provinceIdOf(plan.getIssuingNodeId());
        for (Long cooperator : c.cooperatorNodeIds()) {
            if (!organizations.isWithin(cooperator, province)) {
                throw DomainException.onField("cooperatorNodeIds", "plan.error.cooperatorOutside");
            }
        }
        for (Integer quarter : c.quarters()) {
            if (quarter == null || quarter < 1 || quarter > 4) {
                throw DomainException.onField("quarters", "plan.error.quarter");
            }
        }
        if (c.dueDate() != null && c.dueDate().getYear() != plan.getYear()) {
            throw DomainException.onField("dueDate", "plan.error.dueDateYear", plan.getYear());
        }
        // New choices must be active catalogue entries; an entry deactivated since the activity was
        // saved may stay on it, so that editing an old activity does not fail.
        Set<Long> visibleChannels = catalog.activeChannels(user).stream().map(ChannelView::id)
                .collect(Collectors.toSet());
        Set<Long> visibleIndicators = catalog.activeIndicators(user).stream().map(IndicatorView::id)
                .collect(Collectors.toSet());
        if (existing != null) {
            visibleChannels.addAll(existing.channelIds());
            existing.targets().forEach(t -> visibleIndicators.add(t.getIndicatorId()));
        }
        if (!visibleChannels.containsAll(c.channelIds())) {
            throw DomainException.onField("channelIds", "plan.error.channel");
        }
        List<ActivityTarget> targets = new ArrayList<>();
        for (Map.Entry<Long, Integer> t : c.targets().entrySet()) {
            if (!visibleIndicators.contains(t.getKey())) {
                throw DomainException.onField("targets", "plan.error.indicator");
            }
            if (t.getValue() == null || t.getValue() < 0 || t.getValue() > MAX_TARGET) {
                throw DomainException.onField("targets", "plan.error.target", MAX_TARGET);
            }
            targets.add(new ActivityTarget(t.getKey(), t.getValue()));
        }
        String quarters = c.quarters().stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining());
        return new ActivityData(c.contentItemKey(), c.name().trim(), c.leadNodeId(),
                c.cooperatorNodeIds().stream().filter(n -> n != c.leadNodeId()).distinct().toList(),
                blankToNull(c.audience()), blankToNull(c.outputProduct()), quarters, c.dueDate(),
                c.channelIds().stream().distinct().toList(), targets, parentKey);
    }

    public static void requireText(String body) {
        if (body == null || body.isBlank()) {
            throw DomainException.onField("body", "NotBlank");
        }
        if (body.length() > 20_000) {
            throw DomainException.onField("body", "plan.error.tooLong");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
