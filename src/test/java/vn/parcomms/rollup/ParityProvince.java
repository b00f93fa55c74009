package vn.parcomms.rollup;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.account.AccountService;
import vn.parcomms.account.UserCommand;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.plan.ActivityCommand;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanHeader;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.report.ActivityStatus;
import vn.parcomms.report.ReportCommand;
import vn.parcomms.report.ReportDetails;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;

/**
 * Builds provinces for the parity tests the way users would, and keeps on the side, as a clerk's
 * spreadsheet would, every figure it typed into a report that the office then accepted: the
 * expected totals per plan, period (cumulative) and indicator, computed without the product.
 */
final class ParityProvince {

    static final int YEAR = 2025;
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final PlanDetailsReader planReader;
    private final PlanDrafting planDrafting;
    private final PlanLifecycle planLifecycle;
    private final CatalogService catalog;
    private final ReportDetailsReader reportReader;
    private final ReportDrafting reportDrafting;
    private final ReportLifecycle reportLifecycle;
    private final AccountService accounts;
    private final TransactionTemplate transactions;

    /** Accepted increments typed: plan id → period → indicator id → sum. */
    final Map<Long, Map<ReportPeriod, Map<Long, Long>>> accepted = new HashMap<>();
    /** The plans built, with the user whose dashboard and consolidated report they are. */
    final Map<Long, CurrentUser> officeOf = new java.util.LinkedHashMap<>();

    ParityProvince(PlanDetailsReader planReader, PlanDrafting planDrafting, PlanLifecycle planLifecycle,
            CatalogService catalog, ReportDetailsReader reportReader, ReportDrafting reportDrafting,
                    ReportLifecycle reportLifecycle, AccountService accounts,
            TransactionTemplate transactions) {
        this.planReader = planReader;
        this.planDrafting = planDrafting;
        this.planLifecycle = planLifecycle;
        this.catalog = catalog;
        this.reportReader = reportReader;
        this.reportDrafting = reportDrafting;
        this.reportLifecycle = reportLifecycle;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    List<Long> indicators(CurrentUser user) {
        return catalog.indicators(user).stream().limit(3).map(i -> i.id()).toList();
    }

    List<Long> channels(CurrentUser user) {
        return catalog.channels(user).stream().limit(3).map(c -> c.id()).toList();
    }

    /** A user of a role at a node, made for the test. */
    CurrentUser user(long node, Role role) {
        String name = ("par-" + role + "-" + node + "-" + System.nanoTime() % 1_000_000).toLowerCase();
        long id = accounts.createForSetup(new UserCommand(name, "Người dùng " + name, null, node, role),
                Fixtures.PASSWORD);
        return new CurrentUser(id, name, "Người dùng " + name, role, node);
    }

    private final Map<Long, CurrentUser> heads = new java.util.HashMap<>();

    /** The node's head (LEADER), who issues the node's own plans. */
    CurrentUser leaderAt(long node) {
        return heads.computeIfAbsent(node, n -> user(n, Role.LEADER));
    }

    /** An activity: content item index, lead node, quarters, channel indexes, targets by indicator index. */
    record Activity(int content, long lead, List<Integer> quarters, List<Integer> channels, Map<Integer, Integer> targets) {
    }

    /** Drafts, submits and issues the department's plan as its office and leader. */
    long departmentPlan(World world, List<String> contents, List<Activity> activities) {
        long id = planDrafting.create(world.office(), header(null, "SỞ Y TẾ"));
        planDrafting.updateHeader(world.office(), id, version(world.office(), id),
                header(String.valueOf(10 + Math.abs(id % 900)), "SỞ Y TẾ"));
        for (String c : contents) {
            planDrafting.addItem(world.office(), id, version(world.office(), id), ItemKind.CONTENT, null, c);
        }
        addActivities(world.office(), id, activities);
        planLifecycle.submit(world.office(), id, version(world.office(), id));
        planLifecycle.issue(world.leader(), id, version(world.office(), id));
        officeOf.put(id, world.office());
        return id;
    }

    /**
     * A unit's own implementing plan of a parent plan: the activities it leads there come
     * pre-filled and linked; {@code added} are activities of its own (not linked), under a content
     * item of its own. Issued by the unit head. {@code office}: who reads its dashboard.
     */
    long implementingPlan(CurrentUser unitHead, long parentId, List<Activity> added, CurrentUser office) {
        long id = planDrafting.startImplementingPlan(unitHead, parentId);
        planDrafting.updateHeader(unitHead, id, version(unitHead, id),
                withNumber(planReader.details(unitHead, id).header(), String.valueOf(100 + Math.abs(id % 800))));
        if (!added.isEmpty()) {
            planDrafting.addItem(unitHead, id, version(unitHead, id), ItemKind.CONTENT, null,
                    "Nội dung riêng của đơn vị " + unitHead.orgNodeId());
            addActivities(unitHead, id, added.stream().map(a -> new Activity(lastContent(unitHead, id), a.lead(),
                    a.quarters(), a.channels(), a.targets())).toList());
        }
        planLifecycle.submit(unitHead, id, version(unitHead, id));
        planLifecycle.issue(leaderAt(unitHead.orgNodeId()), id, version(unitHead, id));
        officeOf.put(id, office);
        return id;
    }

    /** Adds activities to a draft plan that the user drafts. */
    void addActivities(CurrentUser drafter, long id, List<Activity> activities) {
        List<Long> indicators = indicators(drafter);
        List<Long> channels = channels(drafter);
        var items = planReader.details(drafter, id).items(ItemKind.CONTENT);
        for (Activity a : activities) {
            Map<Long, Integer> targets = new HashMap<>();
            a.targets().forEach((i, t) -> targets.put(indicators.get(i), t));
            planDrafting.saveActivity(drafter, id, version(drafter, id), null, new ActivityCommand(
                    items.get(a.content()).key(), "Hoạt động " + a.content() + "-" + a.lead(), a.lead(), List.of(),
                    null, null, a.quarters(), null, a.channels().stream().map(channels::get).toList(), targets));
        }
    }

    private int lastContent(CurrentUser drafter, long id) {
        return planReader.details(drafter, id).items(ItemKind.CONTENT).size() - 1;
    }

    /** How a report ends: accepted (on time or late), returned, or left submitted. */
    enum Outcome {
        ACCEPTED_ON_TIME, ACCEPTED_LATE, RETURNED, SUBMITTED
    }

    /**
     * A unit files its report on a plan for a period: every entry gets a status and a figure for
     * each indicator the report offers it (amounts from {@code amounts}); the office then decides.
     * Accepted figures go into the expected totals. Returns the report id.
     */
    long file(CurrentUser unit, long planId, ReportPeriod period, ActivityStatus status, Outcome outcome,
            IntSupplier amounts) {
        LocalDateTime onTime = period.cutOffEnd(YEAR).plusDays(1).atTime(10, 0);
        Clock clock = outcome == Outcome.ACCEPTED_LATE ? null : Clock.fixed(onTime.atZone(ZONE).toInstant(), ZONE);
        ReportDrafting drafting = clock == null ? reportDrafting : reportDrafting.withClock(clock);
        ReportLifecycle lifecycle = clock == null ? reportLifecycle : reportLifecycle.withClock(clock);
        Map<Long, Long> typed = new HashMap<>();
        long id = transactions.execute(tx -> {
            long reportId = drafting.open(unit, planId, period);
            ReportDetails report = reportReader.details(unit, reportId);
            List<ReportCommand.Entry> list = new ArrayList<>();
            for (ReportDetails.EntryView e : report.entries()) {
                Map<Long, Integer> figures = new HashMap<>();
                for (ReportDetails.FigureView f : e.figures()) {
                    int amount = amounts.getAsInt();
                    figures.put(f.indicatorId(), amount);
                    typed.merge(f.indicatorId(), (long) amount, Long::sum);
                }
                list.add(new ReportCommand.Entry(e.activityKey(), status,
                        status == ActivityStatus.DROPPED ? "Không còn phù hợp" : null, "Công văn số 12", null, figures));
            }
            long version = drafting.save(unit, reportId, report.version(),
                    new ReportCommand("Đã thực hiện kỳ " + period, "Còn chậm", null, "Đề nghị hỗ trợ", null, list,
                            List.of(), List.of()));
            lifecycle.submit(unit, reportId, version);
            return reportId;
        });
        CurrentUser office = officeOf.get(planId);
        switch (outcome) {
            case ACCEPTED_ON_TIME, ACCEPTED_LATE -> {
                reportLifecycle.accept(office, id, reportReader.details(office, id).version());
                typed.forEach((indicator, sum) -> accepted.computeIfAbsent(planId, k -> new HashMap<>())
                        .computeIfAbsent(period, k -> new HashMap<>()).merge(indicator, sum, Long::sum));
            }
            case RETURNED -> reportLifecycle.returnForRevision(office, id, reportReader.details(office, id).version(),
                    "Thiếu minh chứng");
            case SUBMITTED -> {
            }
        }
        return id;
    }

    /** The expected cumulative totals of a plan for a period: the accepted increments of the periods it includes. */
    Map<Long, Long> expected(long planId, ReportPeriod period) {
        Map<Long, Long> result = new HashMap<>();
        accepted.getOrDefault(planId, Map.of()).forEach((p, sums) -> {
            if (period.includes(p)) {
                sums.forEach((indicator, sum) -> result.merge(indicator, sum, Long::sum));
            }
        });
        // A total of zero is no figure: the pages list an indicator without figures by its target only.
        result.values().removeIf(v -> v == 0);
        return result;
    }

    private static PlanHeader header(String number, String body) {
        return new PlanHeader(YEAR, null, number, number == null ? null : "KH-SYT", "Bà Rịa",
                number == null ? null : java.time.LocalDate.of(YEAR, 2, 6),
                "Kế hoạch thông tin, tuyên truyền CCHC năm " + YEAR, "UBND TỈNH", body, null, null, null, null,
                "Lưu: VT, VP.", "GIÁM ĐỐC", number == null ? null : "Nguyễn Văn Thử");
    }

    private static PlanHeader withNumber(PlanHeader h, String number) {
        return new PlanHeader(h.year(), h.parentPlanId(), number, "KH-DV", h.place() == null ? "Bà Rịa" : h.place(),
                java.time.LocalDate.of(h.year(), 2, 20), h.title(), h.parentBody(), h.issuingBody(), h.intro(), h.budget(),
                h.reportingDuty(), h.closing(), h.archiveLine(), h.signerAuthority(), "Trần Thị Thử");
    }

    private long version(CurrentUser user, long id) {
        PlanDetails plan = planReader.details(user, id);
        return plan.version();
    }
}
