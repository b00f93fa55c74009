package vn.parcomms.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.parcomms.account.AccountService;
import vn.parcomms.account.UserCommand;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.catalog.ChannelView;
import vn.parcomms.catalog.IndicatorView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.ActivityCommand;
import vn.parcomms.plan.ActivityView;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanFilter;
import vn.parcomms.plan.PlanItemView;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.shared.VietnameseNumbering;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * Loads the demo plans once, after the demo province and accounts: the province's plan 148/KH-UBND,
 * the Department of Health's plan 79a/KH-SYT implementing it, and a district health centre's plan
 * implementing 79a. Everything goes through the plan services as the demo users would do it in
 * the pages (draft, add parts and activities, submit, issue), so the demo data obeys the same rules
 * as real data. The text lives in {@code demo/plans/*.yaml} (see {@link DemoPlanSource}).
 */
@Component
@Profile("demo")
@Order(20)
class DemoPlans implements DemoStep {

    /** Read in this order: a plan's parent must be issued before it. */
    static final List<String> SOURCES = List.of(
            "demo/plans/01-ubnd-148-2025.yaml",
            "demo/plans/02-syt-79a-2025.yaml",
            "demo/plans/03-ttyt-baria-12-2025.yaml");

    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

    private final PlanListing planListing;
    private final PlanDetailsReader planReader;
    private final PlanDrafting planDrafting;
    private final PlanLifecycle planLifecycle;
    private final OrganizationService organizations;
    private final AccountService accounts;
    private final CatalogService catalog;

    DemoPlans(PlanListing planListing, PlanDetailsReader planReader, PlanDrafting planDrafting,
            PlanLifecycle planLifecycle, OrganizationService organizations, AccountService accounts,
            CatalogService catalog) {
        this.planListing = planListing;
        this.planReader = planReader;
        this.planDrafting = planDrafting;
        this.planLifecycle = planLifecycle;
        this.organizations = organizations;
        this.accounts = accounts;
        this.catalog = catalog;
    }

    @Override
    public void load() {
        if (!organizations.existsCode(DemoOrganization.HEALTH) || DemoOrganization.reorganised(organizations)) {
            return;
        }
        long health = organizations.findByCode(DemoOrganization.HEALTH).id();
        if (!planListing.list(demoUser("vanphong"), new PlanFilter(null, health, null, true)).isEmpty()) {
            return;
        }
        for (String resource : SOURCES) {
            DemoPlanSource source = DemoPlanSource.read(resource);
            if (alreadyLoaded(source)) {
                // A start that failed half-way left this one in place; numbers are unique per
                // issuing body and year, so loading it again could never be issued.
                continue;
            }
            long id = load(source);
            log.info("Demo plan loaded from {}: id {}, {} activities", resource, id,
                    planReader.activities(demoUser(source.drafter()), id).size());
        }
    }

    private long load(DemoPlanSource source) {
        CurrentUser drafter = demoUser(source.drafter());
        CurrentUser approver = demoUser(source.approver());
        long id;
        if (source.implementsPlan() != null) {
            id = planDrafting.startImplementingPlan(drafter, issuedPlan(drafter, source.implementsPlan()));
            PlanDetails started = planReader.details(drafter, id);
            planDrafting.updateHeader(drafter, id, started.version(),
                    source.header(started.header(), started.header().parentPlanId()));
        } else {
            Long parentId = source.parent() == null ? null : issuedPlan(drafter, source.parent());
            id = planDrafting.create(drafter, source.header(null, parentId));
        }
        for (ItemKind kind : ItemKind.values()) {
            for (DemoPlanSource.Item item : source.items(kind)) {
                planDrafting.addItem(drafter, id, version(drafter, id), kind, item.heading(), item.body());
            }
        }
        PlanDetails drafted = planReader.details(drafter, id);
        Codes codes = new Codes(drafter, drafted.items(ItemKind.CONTENT), source.resource());
        Map<String, UUID> parentActivities = new HashMap<>();
        if (drafted.header().parentPlanId() != null && source.implementsPlan() == null) {
            planReader.activities(drafter, drafted.header().parentPlanId())
                    .forEach(a -> parentActivities.put(a.name(), a.key()));
        }
        for (DemoPlanSource.Activity activity : source.activities()) {
            if (activity.parent() != null) {
                refine(drafter, id, activity, codes);
                continue;
            }
            long activityId = planDrafting.saveActivity(drafter, id, version(drafter, id), null,
                    codes.command(activity));
            if (activity.carries() != null) {
                // What a department's office does when it writes its own activities: it says which
                // activity of the province's plan each one carries out.
                UUID parentKey = parentActivities.get(activity.carries());
                if (parentKey == null) {
                    throw new IllegalStateException(source.resource() + ": the parent plan has no activity named "
                            + activity.carries());
                }
                planDrafting.linkActivity(drafter, id, version(drafter, id), activityId, parentKey);
            }
        }
        planLifecycle.submit(drafter, id, version(drafter, id));
        planLifecycle.issue(approver, id, version(drafter, id));
        return id;
    }

    /** Hands a pre-filled activity of an implementing plan to other nodes, keeping its link to the parent. */
    private void refine(CurrentUser drafter, long id, DemoPlanSource.Activity change, Codes codes) {
        ActivityView current = planReader.activities(drafter, id).stream()
                .filter(a -> a.name().equals(change.parent())).findFirst()
                .orElseThrow(() -> new IllegalStateException(codes.resource + ": no pre-filled activity named "
                        + change.parent()));
        Map<Long, Integer> targets = new LinkedHashMap<>();
        current.targets().forEach(t -> targets.put(t.indicatorId(), t.target()));
        targets.putAll(codes.targets(change.targets()));
        ActivityCommand command = new ActivityCommand(current.contentItemKey(), current.name(),
                change.lead() == null ? current.leadNodeId() : codes.node(change.lead()),
                change.cooperators().isEmpty() ? current.cooperators().stream().map(ActivityView.NodeRef::id).toList()
                        : change.cooperators().stream().map(codes::node).toList(),
                current.audience(), current.outputProduct(), current.quarters(), current.dueDate(),
                current.channels().stream().map(ActivityView.ChannelRef::id).toList(), targets);
        planDrafting.saveActivity(drafter, id, version(drafter, id), current.id(), command);
    }

    private boolean alreadyLoaded(DemoPlanSource source) {
        long nodeId = organizations.findByCode(source.node()).id();
        return planListing.list(demoUser(source.drafter()), new PlanFilter(source.year(), nodeId, null, true)).stream()
                .anyMatch(p -> source.docNumber().equals(p.docNumber()));
    }

    private long issuedPlan(CurrentUser user, DemoPlanSource.PlanRef ref) {
        long nodeId = organizations.findByCode(ref.node()).id();
        return planListing.list(user, new PlanFilter(ref.year(), nodeId, PlanStatus.ISSUED, false)).stream()
                .filter(p -> ref.number().equals(p.docNumber())).map(PlanSummary::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("No issued plan " + ref));
    }

    private long version(CurrentUser user, long id) {
        return planReader.details(user, id).version();
    }

    /** A demo account as the services see a signed-in user. */
    /**
     * The demo account as it is now: found by its name, wherever the reorganisation of 1 July 2025
     * moved it (see {@link DemoReorganisation}).
     */
    CurrentUser demoUser(String username) {
        DemoDataLoader.ACCOUNTS.stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo account " + username));
        long province = organizations.findByCode(DemoOrganization.PROVINCE_CODE).id();
        CurrentUser setup = new CurrentUser(0, "setup", "setup", Role.ADMIN, province);
        UserCommand found = accounts.existingAccounts(setup, List.of(username)).get(username);
        if (found == null) {
            throw new IllegalStateException("Demo account " + username + " is missing");
        }
        return accounts.usersOfNode(setup, found.orgNodeId()).stream()
                .filter(u -> u.username().equals(username)).findFirst()
                .map(u -> new CurrentUser(u.id(), u.username(), u.fullName(), u.role(), u.orgNodeId()))
                .orElseThrow(() -> new IllegalStateException("Demo account " + username + " is missing"));
    }

    /** Resolves the codes and letters a source file uses into ids, failing loudly on a typo. */
    private final class Codes {

        private final String resource;
        private final List<PlanItemView> contents;
        private final Map<String, ChannelView> channels;
        private final Map<String, IndicatorView> indicators;
        private final Map<String, Long> nodes = new HashMap<>();

        Codes(CurrentUser user, List<PlanItemView> contents, String resource) {
            this.resource = resource;
            this.contents = contents;
            this.channels = catalog.channelsByCode(user);
            this.indicators = catalog.indicatorsByCode(user);
        }

        ActivityCommand command(DemoPlanSource.Activity a) {
            List<Long> channelIds = new ArrayList<>();
            for (String code : a.channels()) {
                channelIds.add(require(channels.get(code), "channel", code).id());
            }
            return new ActivityCommand(content(a.content()), a.name(), node(a.lead()),
                    a.cooperators().stream().map(this::node).toList(), a.audience(), a.output(), a.quarters(), a.due(),
                    channelIds, targets(a.targets()));
        }

        Map<Long, Integer> targets(Map<String, Integer> byCode) {
            Map<Long, Integer> targets = new LinkedHashMap<>();
            byCode.forEach((code, target) -> targets.put(require(indicators.get(code), "indicator", code).id(),
                    target));
            return targets;
        }

        long node(String code) {
            return nodes.computeIfAbsent(code, c -> organizations.findByCode(c).id());
        }

        private java.util.UUID content(String letter) {
            if (letter == null) {
                return null;
            }
            for (int i = 0; i < contents.size(); i++) {
                if (VietnameseNumbering.letter(i).equals(letter)) {
                    return contents.get(i).key();
                }
            }
            throw new IllegalStateException(resource + ": no content item " + letter + ")");
        }

        private <T> T require(T value, String what, String code) {
            if (value == null) {
                throw new IllegalStateException(resource + ": unknown " + what + " " + code);
            }
            return value;
        }
    }
}
