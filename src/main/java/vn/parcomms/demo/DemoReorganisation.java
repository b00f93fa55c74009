package vn.parcomms.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.parcomms.consolidation.ConsolidationService;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.organization.OrgNodeCommand;
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.OrgSuccessionService;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.organization.SuccessionCommand;
import vn.parcomms.organization.SuccessionKind;
import vn.parcomms.plan.PlanFilter;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.report.FollowUp;
import vn.parcomms.report.ReportListing;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * The 2025 reorganisation as it happened, after the demo's first half year: from 1 July 2025 Bà
 * Rịa - Vũng Tàu is part of Thành phố Hồ Chí Minh, its Department of Health merged into the Sở Y tế
 * Thành phố Hồ Chí Minh (which carries plan 79a on, ADR 0015), its Department of Home Affairs is the
 * city's, and the district health centres are regional health centres (Trung tâm Y tế khu vực).
 * Every change goes through {@link OrgSuccessionService} with its date and legal act, so names
 * before the date stay on what was sent before it. Then the units file their 9-month reports to
 * the successor, whose office accepts them and sends the 9-month consolidated report to Home
 * Affairs. Runs after the consolidated reports; does nothing once the successor exists.
 */
@Component
@Profile("demo")
@Order(50)
class DemoReorganisation implements DemoStep {

    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    /** Resolution of the National Assembly of 12 June 2025 on the arrangement of provincial units. */
    static final String PROVINCE_DECISION = "Nghị quyết số 202/2025/QH15";
    /** The city's decisions on its departments and centres; numbers made up for the demo. */
    static final String DEPARTMENTS_DECISION = "Quyết định số 01/QĐ-UBND (số minh họa)";
    static final String CENTRES_DECISION = "Quyết định số 02/QĐ-UBND (số minh họa)";
    static final String CITY = "Thành phố Hồ Chí Minh";
    static final String CITY_NAME = "Ủy ban nhân dân Thành phố Hồ Chí Minh";
    static final String CITY_HEALTH_NAME = "Sở Y tế Thành phố Hồ Chí Minh";
    static final String CITY_HOME_AFFAIRS_NAME = "Sở Nội vụ Thành phố Hồ Chí Minh";

    /** The district health centres and the regional names (full, short) they carry from the date. */
    static final Map<String, List<String>> REGIONAL_CENTRES = Map.of(
            DemoOrganization.DISTRICT_CENTRE, List.of("Trung tâm Y tế khu vực Bà Rịa", "TTYT KV Bà Rịa"),
            "BRVT.SYT.TTYT-VT", List.of("Trung tâm Y tế khu vực Vũng Tàu", "TTYT KV Vũng Tàu"),
            "BRVT.SYT.TTYT-PM", List.of("Trung tâm Y tế khu vực Phú Mỹ", "TTYT KV Phú Mỹ"),
            "BRVT.SYT.TTYT-CD", List.of("Trung tâm Y tế khu vực Châu Đức", "TTYT KV Châu Đức"),
            "BRVT.SYT.TTYT-XM", List.of("Trung tâm Y tế khu vực Xuyên Mộc", "TTYT KV Xuyên Mộc"),
            "BRVT.SYT.TTYT-LD", List.of("Trung tâm Y tế khu vực Long Đất", "TTYT KV Long Đất"),
            "BRVT.SYT.TTYT-CDAO", List.of("Trung tâm Y tế đặc khu Côn Đảo", "TTYT ĐK Côn Đảo"));

    private static final Logger log = LoggerFactory.getLogger(DemoReorganisation.class);

    private final OrganizationService organizations;
    private final OrgSuccessionService successions;
    private final PlanListing planListing;
    private final ReportListing reportListing;
    private final DemoPlans demoPlans;
    private final DemoReports demoReports;
    private final DemoConsolidations demoConsolidations;
    private final ConsolidationService consolidations;

    DemoReorganisation(OrganizationService organizations, OrgSuccessionService successions, PlanListing planListing,
            ReportListing reportListing, DemoPlans demoPlans, DemoReports demoReports,
            DemoConsolidations demoConsolidations, ConsolidationService consolidations) {
        this.consolidations = consolidations;
        this.organizations = organizations;
        this.successions = successions;
        this.planListing = planListing;
        this.reportListing = reportListing;
        this.demoPlans = demoPlans;
        this.demoReports = demoReports;
        this.demoConsolidations = demoConsolidations;
    }

    @Override
    public void load() {
        if (!organizations.existsCode(DemoOrganization.HEALTH) || DemoOrganization.reorganised(organizations)) {
            return;
        }
        long province = organizations.findByCode(DemoOrganization.PROVINCE_CODE).id();
        CurrentUser setup = new CurrentUser(0, "setup", "setup", Role.ADMIN, province);
        rename(setup, province, PROVINCE_DECISION, CITY_NAME, "UBND TP.HCM");
        rename(setup, organizations.findByCode(DemoOrganization.HOME_AFFAIRS).id(), DEPARTMENTS_DECISION,
                CITY_HOME_AFFAIRS_NAME, "Sở Nội vụ");
        REGIONAL_CENTRES.forEach((code, names) -> {
            if (organizations.existsCode(code)) {
                rename(setup, organizations.findByCode(code).id(), CENTRES_DECISION, names.get(0), names.get(1));
            }
        });
        long cityHealth = organizations.create(setup, new OrgNodeCommand(DemoOrganization.CITY_HEALTH,
                CITY_HEALTH_NAME, "Sở Y tế", OrgKind.AGENCY, province, CITY));
        long health = organizations.findByCode(DemoOrganization.HEALTH).id();
        successions.apply(setup, health, organizations.find(health).version(), new SuccessionCommand(
                SuccessionKind.MERGE, MERGER, DEPARTMENTS_DECISION, null, null, cityHealth, List.of()));
        log.info("Demo reorganisation of 1 July 2025 loaded: {} is part of {}", DemoOrganization.PROVINCE_PLACE, CITY);
        fileNineMonths(cityHealth);
    }

    private void rename(CurrentUser setup, long nodeId, String decision, String name, String shortName) {
        OrgNodeView node = organizations.find(nodeId);
        successions.apply(setup, nodeId, node.version(), new SuccessionCommand(SuccessionKind.RENAME, MERGER,
                decision, name, shortName == null ? node.shortName() : shortName, null, List.of()));
        if (node.place() != null && node.place().equals(DemoOrganization.PROVINCE_PLACE)) {
            OrgNodeView renamed = organizations.find(nodeId);
            organizations.update(setup, nodeId, renamed.version(), new OrgNodeCommand(renamed.code(), renamed.name(),
                    renamed.shortName(), renamed.kind(), renamed.parentId(), CITY));
        }
    }

    /**
     * The 9-month reports of plan 79a, now the successor's: every unit with work due files and is
     * accepted but one, which is still missing; then the successor sends its consolidated report.
     */
    private void fileNineMonths(long cityHealth) {
        CurrentUser office = demoPlans.demoUser("vanphong");
        List<PlanSummary> issued = planListing.list(office, new PlanFilter(DemoReports.YEAR, cityHealth,
                PlanStatus.ISSUED, false));
        if (issued.isEmpty()) {
            return;
        }
        long planId = issued.get(0).id();
        FollowUp nineMonths = reportListing.followUp(office, planId, ReportPeriod.M9, null, null);
        List<FollowUp.Row> units = nineMonths.rows().stream().filter(r -> r.reportId() == null).toList();
        int filed = 0;
        for (int i = 0; i < units.size(); i++) {
            FollowUp.Row unit = units.get(i);
            if (i == units.size() - 1 && units.size() > 2) {
                continue;
            }
            CurrentUser filer = new CurrentUser(0, "demo-unit-" + unit.unitNodeId(), "Cán bộ " + unit.unitName(),
                    Role.UNIT, unit.unitNodeId());
            demoReports.fileAndDecide(filer, office, planId, ReportPeriod.M9,
                    LocalDateTime.parse("2025-09-12T09:00").plusMinutes(17L * i),
                    LocalDateTime.parse("2025-09-16T10:00").plusMinutes(11L * i), null);
            filed++;
        }
        CurrentUser leader = demoPlans.demoUser("giamdoc");
        CurrentUser reviewer = demoPlans.demoUser("noivu");
        long sent = demoConsolidations.consolidate(office, leader, planId, ReportPeriod.M9,
                LocalDateTime.parse("2025-09-19T15:00"));
        demoConsolidations.at(LocalDateTime.parse("2025-09-23T09:30")).accept(reviewer, sent,
                demoConsolidationsVersion(reviewer, sent));
        log.info("Demo 9-month reports loaded: {} unit reports and the consolidated report for plan {}", filed, planId);
    }

    private long demoConsolidationsVersion(CurrentUser reviewer, long id) {
        return consolidations.details(reviewer, id).version();
    }
}
