package vn.parcomms.rollup;

import static vn.parcomms.report.ActivityStatus.DONE;
import static vn.parcomms.report.ActivityStatus.DROPPED;
import static vn.parcomms.report.ActivityStatus.IN_PROGRESS;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.plan.ActivityCommand;
import vn.parcomms.plan.ActivityView;
import vn.parcomms.plan.ItemKind;
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
import vn.parcomms.support.Fixtures.World;

/**
 * Builds rollup data the way the users would: the office drafts a 2025 plan (every deadline of
 * 2025 is past), the leader issues it, units file reports (on time with a clock set before the
 * deadline, late with the real clock) and the office accepts or returns them.
 */

public class RollupDataSet {

    static final int YEAR = 2025;
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    final PlanDetailsReader planReader;
    final PlanDrafting planDrafting;
    final PlanLifecycle planLifecycle;
    final CatalogService catalog;
    final ReportDetailsReader reportReader;
    final ReportDrafting reportDrafting;
    final ReportLifecycle reportLifecycle;
    final TransactionTemplate transactions;

    public RollupDataSet(PlanDetailsReader planReader, PlanDrafting planDrafting, PlanLifecycle planLifecycle,
            CatalogService catalog, ReportDetailsReader reportReader, ReportDrafting reportDrafting,
                    ReportLifecycle reportLifecycle, TransactionTemplate transactions) {
        this.planReader = planReader;
        this.planDrafting = planDrafting;
        this.planLifecycle = planLifecycle;
        this.catalog = catalog;
        this.reportReader = reportReader;
        this.reportDrafting = reportDrafting;
        this.reportLifecycle = reportLifecycle;
        this.transactions = transactions;
    }

    /** An activity to put into the plan. */
    public record Activity(int content, String name, long lead, List<Integer> quarters, List<Integer> channels,
            Map<Integer, Integer> targets) {
    }

    /** The issued plan with the ids the tests need: indicators and channels by index, activity keys in order. */
    public record Plan(long id, List<Long> indicators, List<Long> channels, List<UUID> keys) {
    }

    /** One entry of a report: status and figures by indicator index. */
    public record Entry(ActivityStatus status, Map<Integer, Integer> figures) {
    }

    public Plan plan(World world, List<String> contents, List<Activity> activities) {
        CurrentUser office = world.office();
        List<Long> indicators = catalog.indicators(office).stream().limit(2).map(i -> i.id()).toList();
        List<Long> channels = catalog.channels(office).stream().limit(2).map(c -> c.id()).toList();
        long id = planDrafting.create(office, header(YEAR, null));
        planDrafting.updateHeader(office, id, version(office, id), header(YEAR,
                String.valueOf(100 + Math.abs(id % 800))));
        for (String c : contents) {
            planDrafting.addItem(office, id, version(office, id), ItemKind.CONTENT, null, c);
        }
        var items = planReader.details(office, id).items(ItemKind.CONTENT);
        for (Activity a : activities) {
            Map<Long, Integer> targets = new java.util.HashMap<>();
            a.targets().forEach((i, t) -> targets.put(indicators.get(i), t));
            planDrafting.saveActivity(office, id, version(office, id), null,
                    new ActivityCommand(items.get(a.content()).key(),
                    a.name(), a.lead(), List.of(), null, null, a.quarters(), null,
                    a.channels().stream().map(channels::get).toList(), targets));
        }
        planLifecycle.submit(office, id, version(office, id));
        planLifecycle.issue(world.leader(), id, version(office, id));
        List<UUID> keys = planReader.details(office, id).activities().stream()
                .sorted(java.util.Comparator.comparing(ActivityView::position)).map(ActivityView::key).toList();
        return new Plan(id, indicators, channels, keys);
    }

    /** The data set described on RollupServiceTest, with its report ids. */
    public HandChecked handChecked(World world) {
        Plan plan = plan(world, List.of("Tuyên truyền cải cách thủ tục hành chính", "Tuyên truyền chuyển đổi số"),
                List.of(new Activity(0, "Đăng tin trên trang thông tin điện tử", world.unitA(), List.of(1), List.of(0),
                                Map.of(0, 10)),
                        new Activity(1, "Hội nghị đối thoại với người bệnh", world.unitA(), List.of(2), List.of(0, 1),
                                Map.of(0, 6, 1, 3)),
                        new Activity(0, "Niêm yết công khai thủ tục hành chính", world.unitB(), List.of(1, 2, 3, 4),
                                List.of(1), Map.of(1, 4)),
                        new Activity(1, "Phát thanh trên loa nội bộ", world.subUnitA(), List.of(1), List.of(0),
                                Map.of(0, 5))));
        var a1 = plan.keys().get(0);
        var a2 = plan.keys().get(1);
        var a3 = plan.keys().get(2);
        long aQ1 = file(world.unitUserA(), plan, ReportPeriod.Q1, Map.of(a1, new Entry(DONE, Map.of(0, 4))),
                LocalDateTime.of(2025, 3, 15, 9, 0));
        accept(world, aQ1);
        long aH1 = file(world.unitUserA(), plan, ReportPeriod.H1, Map.of(a1, new Entry(DONE, Map.of(0, 3)),
                a2, new Entry(DROPPED, Map.of(0, 0, 1, 0))), null);
        accept(world, aH1);
        long aM9 = file(world.unitUserA(), plan, ReportPeriod.M9, Map.of(a1, new Entry(DONE, Map.of(0, 100)),
                a2, new Entry(DROPPED, Map.of())), null);
        long bQ1 = file(world.unitUserB(), plan, ReportPeriod.Q1, Map.of(a3, new Entry(IN_PROGRESS, Map.of(1, 2))),
                LocalDateTime.of(2025, 3, 16, 9, 0));
        accept(world, bQ1);
        long bH1 = file(world.unitUserB(), plan, ReportPeriod.H1, Map.of(a3, new Entry(DONE, Map.of(1, 5))),
                LocalDateTime.of(2025, 6, 15, 9, 0));
        giveBack(world, bH1);
        return new HandChecked(plan, aQ1, aH1, aM9, bQ1, bH1);
    }

    public record HandChecked(Plan plan, long aQ1, long aH1, long aM9, long bQ1, long bH1) {
    }

    private static PlanHeader header(int year, String number) {
        return new PlanHeader(year, null, number, number == null ? null : "KH-SYT", "Bà Rịa",
                number == null ? null : java.time.LocalDate.of(year, 2, 6),
                "Kế hoạch thông tin, tuyên truyền CCHC năm " + year, "UBND TỈNH", "SỞ Y TẾ", null, null, null, null,
                "Lưu: VT, VP.", "GIÁM ĐỐC", number == null ? null : "Nguyễn Văn Thử");
    }

    private long version(CurrentUser user, long id) {
        return planReader.details(user, id).version();
    }

    /**
     * A unit files its report for a period with the given entries (by activity key) and submits it
     * at {@code submittedAt} (null: now, after every 2025 deadline, so late). Returns the report id.
     */
    public long file(CurrentUser unit, Plan plan, ReportPeriod period, Map<UUID, Entry> entries, LocalDateTime submittedAt) {
        Clock clock = submittedAt == null ? null : Clock.fixed(submittedAt.atZone(ZONE).toInstant(), ZONE);
        ReportDrafting drafting = clock == null ? reportDrafting : reportDrafting.withClock(clock);
        ReportLifecycle lifecycle = clock == null ? reportLifecycle : reportLifecycle.withClock(clock);
        return transactions.execute(tx -> {
            long id = drafting.open(unit, plan.id(), period);
            ReportDetails report = reportReader.details(unit, id);
            List<ReportCommand.Entry> list = new ArrayList<>();
            for (ReportDetails.EntryView e : report.entries()) {
                Entry spec = entries.get(e.activityKey());
                Map<Long, Integer> figures = new java.util.HashMap<>();
                spec.figures().forEach((i, v) -> figures.put(plan.indicators().get(i), v));
                list.add(new ReportCommand.Entry(e.activityKey(), spec.status(),
                        spec.status() == ActivityStatus.DROPPED ? "Không còn phù hợp" : null,
                        "Công văn số 12/TTYT", null, figures));
            }
            long version = drafting.save(unit, id, report.version(),
                    new ReportCommand("Đã thực hiện.", null, null, null, null, list, List.of(), List.of()));
            lifecycle.submit(unit, id, version);
            return id;
        });
    }

    public void accept(World world, long reportId) {
        reportLifecycle.accept(world.office(), reportId, reportReader.details(world.office(), reportId).version());
    }

    void giveBack(World world, long reportId) {
        reportLifecycle.returnForRevision(world.office(), reportId, reportReader.details(world.office(),
                reportId).version(),
                "Thiếu minh chứng");
    }
}
