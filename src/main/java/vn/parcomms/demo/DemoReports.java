package vn.parcomms.demo;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.PlanFilter;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.report.ActivityStatus;
import vn.parcomms.report.FollowUp;
import vn.parcomms.report.PeriodExpectation;
import vn.parcomms.report.PeriodExpectations;
import vn.parcomms.report.ReportCommand;
import vn.parcomms.report.ReportDetails;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.report.ReportListing;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * Demo unit reports for the Department of Health's 2025 plan: Q1 and 6-month reports of the units
 * with work due, most accepted, one late, one returned with a reason, one missing (overdue).
 * Everything goes through the report services at fixed dates of 2025 (service copies with a fixed
 * clock), so the history reads right whenever the demo starts. Runs after the demo plans; does
 * nothing when the plan is not there or already has reports.
 */
@Component
@Profile("demo")
@Order(30)
class DemoReports implements DemoStep {

    static final int YEAR = 2025;
    static final String RETURN_REASON = "Chưa có minh chứng cho số tin bài đã đăng; đề nghị bổ sung đường dẫn "
            + "hoặc văn bản kèm theo.";

    private static final Logger log = LoggerFactory.getLogger(DemoReports.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ReportListing reportListing;
    private final ReportDetailsReader reportReader;
    private final ReportDrafting reportDrafting;
    private final ReportLifecycle reportLifecycle;
    private final PlanListing planListing;
    private final OrganizationService organizations;
    private final TransactionTemplate transactions;
    private final PeriodExpectations expectations;

    DemoReports(ReportListing reportListing, ReportDetailsReader reportReader, ReportDrafting reportDrafting,
            ReportLifecycle reportLifecycle, PlanListing planListing, OrganizationService organizations,
            TransactionTemplate transactions, PeriodExpectations expectations) {
        this.expectations = expectations;
        this.reportListing = reportListing;
        this.reportReader = reportReader;
        this.reportDrafting = reportDrafting;
        this.reportLifecycle = reportLifecycle;
        this.planListing = planListing;
        this.organizations = organizations;
        this.transactions = transactions;
    }

    @Override
    public void load() {
        if (!organizations.existsCode(DemoOrganization.HEALTH) || DemoOrganization.reorganised(organizations)) {
            return;
        }
        long health = organizations.findByCode(DemoOrganization.HEALTH).id();
        CurrentUser office = new CurrentUser(0, "vanphong", "Nguyễn Thị Minh Anh", Role.OFFICE, health);
        List<PlanSummary> issued = planListing.list(office, new PlanFilter(YEAR, health, PlanStatus.ISSUED, false));
        if (issued.isEmpty()) {
            log.info("Demo reports skipped: the Department of Health has no issued {} plan yet", YEAR);
            return;
        }
        long planId = issued.get(0).id();
        // The demo unit account (donvi) should see a clean history; the special cases go to others.
        long demoUnit = organizations.existsCode(DemoOrganization.DISTRICT_CENTRE)
                ? organizations.findByCode(DemoOrganization.DISTRICT_CENTRE).id() : -1;
        int filed = load(office, planId, demoUnit);
        if (filed > 0) {
            log.info("Demo reports loaded: {} reports for plan {}", filed, planId);
        }
    }

    /**
     * Files the Q1 and 6-month reports of every unit with Q1 work in the plan, unless the plan has
     * reports already. Returns how many reports were filed.
     */
    int load(CurrentUser office, long planId, long demoUnit) {
        FollowUp q1 = reportListing.followUp(office, planId, ReportPeriod.Q1, null, null);
        if (q1.rows().isEmpty() || q1.rows().stream().anyMatch(r -> r.reportId() != null)) {
            return 0;
        }
        if (q1.expectation().state() == PeriodExpectation.State.UNDECIDED) {
            // The plan was issued (06/05/2025) after Q1 was due; the demo's units reported Q1 in
            // March, held to the node's Q1 deadline, as the office decided then (ADR 0032).
            transactions.executeWithoutResult(tx -> expectations.withClock(java.time.Clock.fixed(
                    at("2025-03-14T08:00").atZone(ZONE).toInstant(), ZONE))
                    .decide(office, planId, ReportPeriod.Q1, true, q1.deadline()));
        }
        List<FollowUp.Row> units = q1.rows();
        List<FollowUp.Row> others = units.stream().filter(r -> r.unitNodeId() != demoUnit).toList();
        long late = others.size() > 0 ? others.get(0).unitNodeId() : -1;
        long returned = others.size() > 1 ? others.get(1).unitNodeId() : -1;
        long missing = others.size() > 2 ? others.get(others.size() - 1).unitNodeId() : -1;
        int filed = 0;
        for (FollowUp.Row unit : units) {
            if (unit.unitNodeId() == missing) {
                continue;
            }
            CurrentUser filer = new CurrentUser(0, "demo-unit-" + unit.unitNodeId(), "Cán bộ " + unit.unitName(),
                    Role.UNIT, unit.unitNodeId());
            boolean isLate = unit.unitNodeId() == late;
            fileAndDecide(filer, office, planId, ReportPeriod.Q1,
                    at(isLate ? "2025-03-21T09:30" : "2025-03-17T15:10"),
                    unit.unitNodeId() == returned ? null : at(isLate ? "2025-03-24T08:45" : "2025-03-20T10:00"),
                    unit.unitNodeId() == returned ? at("2025-03-19T14:20") : null);
            filed++;
            if (unit.unitNodeId() != returned) {
                fileAndDecide(filer, office, planId, ReportPeriod.H1,
                        at(isLate ? "2025-06-20T16:00" : "2025-06-16T09:00"),
                        at(isLate ? "2025-06-24T10:30" : "2025-06-19T11:00"), null);
                filed++;
            }
        }
        return filed;
    }

    /** One unit's report for a period, submitted and then accepted or returned, each at its own date. */
    void fileAndDecide(CurrentUser unit, CurrentUser office, long planId, ReportPeriod period,
            LocalDateTime submitted, LocalDateTime accepted, LocalDateTime returned) {
        // A failure here fails the whole demo, which is then rolled back as one (DemoDataLoader):
        // skipping one report would leave a demo that is quietly different from the documented one.
        file(unit, office, planId, period, submitted, accepted, returned);
    }

    private void file(CurrentUser unit, CurrentUser office, long planId, ReportPeriod period,
            LocalDateTime submitted, LocalDateTime accepted, LocalDateTime returned) {
        Clock atSubmission = Clock.fixed(submitted.minusHours(2).atZone(ZONE).toInstant(), ZONE);
        long[] state = new long[2];
        transactions.executeWithoutResult(tx -> {
            ReportDrafting drafting = reportDrafting.withClock(atSubmission);
            long id = drafting.open(unit, planId, period);
            ReportDetails report = reportReader.details(unit, id);
            state[0] = id;
            state[1] = drafting.save(unit, id, report.version(), command(report, period));
        });
        transactions.executeWithoutResult(tx -> reportLifecycle
                .withClock(Clock.fixed(submitted.atZone(ZONE).toInstant(), ZONE)).submit(unit, state[0], state[1]));
        if (accepted != null) {
            transactions.executeWithoutResult(tx -> reportLifecycle
                    .withClock(Clock.fixed(accepted.atZone(ZONE).toInstant(), ZONE))
                    .accept(office, state[0], reportReader.details(office, state[0]).version()));
        }
        if (returned != null) {
            transactions.executeWithoutResult(tx -> reportLifecycle
                    .withClock(Clock.fixed(returned.atZone(ZONE).toInstant(), ZONE))
                    .returnForRevision(office, state[0], reportReader.details(office, state[0]).version(),
                            RETURN_REASON));
        }
    }

    /** Plausible figures: about a quarter of the yearly target per quarter, at least one. */
    private static ReportCommand command(ReportDetails report, ReportPeriod period) {
        List<ReportCommand.Entry> entries = new ArrayList<>();
        int n = 0;
        for (ReportDetails.EntryView e : report.entries()) {
            Map<Long, Integer> figures = new HashMap<>();
            for (ReportDetails.FigureView f : e.figures()) {
                int target = f.target() == null ? 4 : f.target();
                figures.put(f.indicatorId(), Math.max(1, (target + 3) / 4 + (n % 3) - 1));
            }
            boolean done = n % 3 == 0;
            entries.add(new ReportCommand.Entry(e.activityKey(), done ? ActivityStatus.DONE : ActivityStatus.IN_PROGRESS,
                    null, done ? "Công văn số " + (40 + n) + "/SYT-VP; https://soyte.baria-vungtau.gov.vn/tin-tuc/cchc-"
                            + (100 + n) : null,
                    done ? null : "Đang triển khai theo kế hoạch.", figures));
            n++;
        }
        String when = switch (period) {
            case Q1 -> "quý I";
            case H1 -> "6 tháng đầu năm";
            case M9 -> "9 tháng đầu năm";
            case YEAR -> "năm";
        };
        return new ReportCommand(
                "Trong " + when + " năm 2025, đơn vị đã triển khai các nhiệm vụ thông tin, tuyên truyền CCHC được "
                        + "giao; đăng tải tin bài trên trang thông tin điện tử và niêm yết công khai thủ tục hành chính.",
                "Một số nội dung tuyên truyền còn chậm do thiếu nhân lực phụ trách công nghệ thông tin.",
                "Kinh phí cho hoạt động tuyên truyền còn hạn chế.",
                "Đề nghị Sở Y tế tổ chức tập huấn kỹ năng viết tin bài cho cán bộ phụ trách.",
                "Tiếp tục cập nhật tin bài, tổ chức đối thoại với người bệnh, hoàn thành các chỉ tiêu còn lại.",
                entries, List.of(), List.of());
    }

    private static LocalDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime);
    }
}
