package vn.parcomms.demo;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.parcomms.consolidation.ConsolidationService;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.PlanFilter;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.security.CurrentUser;

/**
 * The Department of Health's consolidated reports of 2025 to Home Affairs: the first quarter's
 * drafted from the units' accepted reports, approved and sent on time, then accepted by Home
 * Affairs; the six months' sent after the deadline and not yet accepted. Every step goes through
 * {@link ConsolidationService} at a fixed date (a service copy with a fixed clock), so the
 * province view and the PAR INDEX page show one report on time and one late whenever the demo
 * starts. Runs after the demo unit reports; does nothing when the plan is missing or already has
 * consolidated reports.
 */
@Component
@Profile("demo")
@Order(40)
class DemoConsolidations implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoConsolidations.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ConsolidationService consolidations;
    private final PlanListing planListing;
    private final OrganizationService organizations;
    private final DemoPlans demoPlans;

    DemoConsolidations(ConsolidationService consolidations, PlanListing planListing, OrganizationService organizations,
            DemoPlans demoPlans) {
        this.consolidations = consolidations;
        this.planListing = planListing;
        this.organizations = organizations;
        this.demoPlans = demoPlans;
    }

    @Override
    public void load() {
        if (!organizations.existsCode(DemoOrganization.HEALTH) || DemoOrganization.reorganised(organizations)) {
            return;
        }
        CurrentUser office = demoPlans.demoUser("vanphong");
        List<PlanSummary> issued = planListing.list(office, new PlanFilter(DemoReports.YEAR, office.orgNodeId(),
                PlanStatus.ISSUED, false));
        if (issued.isEmpty() || !consolidations.list(office).isEmpty()) {
            return;
        }
        long planId = issued.get(0).id();
        CurrentUser leader = demoPlans.demoUser("giamdoc");
        CurrentUser reviewer = demoPlans.demoUser("noivu");
        // Q1: the cut-off is 14 March, the default deadline five working days later (21 March).
        long q1 = consolidate(office, leader, planId, ReportPeriod.Q1, LocalDateTime.parse("2025-03-20T15:30"));
        at(LocalDateTime.parse("2025-03-24T09:00")).accept(reviewer, q1, consolidations.details(reviewer, q1).version());
        // Six months: the cut-off is 14 June, the deadline 20 June; sent on the 25th, late.
        consolidate(office, leader, planId, ReportPeriod.H1, LocalDateTime.parse("2025-06-25T16:00"));
        log.info("Demo consolidated reports loaded: Q1 (on time, accepted) and 6 months (late) for plan {}", planId);
    }

    /** Drafts, submits, approves and sends the report, the last step at {@code sent}. */
    long consolidate(CurrentUser office, CurrentUser leader, long planId, ReportPeriod period,
            LocalDateTime sent) {
        long id = at(sent.minusDays(1)).open(office, planId, period);
        at(sent.minusHours(5)).submit(office, id, consolidations.details(office, id).version());
        at(sent.minusHours(2)).approve(leader, id, consolidations.details(leader, id).version());
        at(sent).send(office, id, consolidations.details(office, id).version());
        return id;
    }

    ConsolidationService at(LocalDateTime time) {
        return consolidations.withClock(Clock.fixed(time.atZone(ZONE).toInstant(), ZONE));
    }
}
