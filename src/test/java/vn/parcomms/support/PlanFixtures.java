package vn.parcomms.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.catalog.IndicatorView;
import vn.parcomms.plan.ActivityCommand;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanHeader;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.support.Fixtures.World;

/**
 * Builds an issued department plan for a {@link World} through the plan services, the way the
 * office and the leader would: drafted by the office, issued by the leader.
 */
@Component
public class PlanFixtures {

    private final PlanDetailsReader planReader;
    private final PlanDrafting planDrafting;
    private final PlanLifecycle planLifecycle;
    private final CatalogService catalog;

    public PlanFixtures(PlanDetailsReader planReader, PlanDrafting planDrafting, PlanLifecycle planLifecycle,
            CatalogService catalog) {
        this.planReader = planReader;
        this.planDrafting = planDrafting;
        this.planLifecycle = planLifecycle;
        this.catalog = catalog;
    }

    /**
     * An issued plan of the world's agency for {@code year} with three activities:
     * <ul>
     * <li>unitA, first quarter, indicator "news items" target 12;</li>
     * <li>unitA, second and third quarters, same indicator target 8;</li>
     * <li>unitB, all year, same indicator target 20.</li>
     * </ul>
     */
    public IssuedPlan issuedPlan(World world, int year) {
        return issuedPlan(world, year, LocalDate.of(year, 2, 6));
    }

    /** The same plan, issued on another day (ADR 0032: periods due before it wait for a decision). */
    public IssuedPlan issuedPlan(World world, int year, LocalDate issueDate) {
        IndicatorView indicator = catalog.indicators(world.office()).get(0);
        long channel = catalog.channels(world.office()).get(0).id();
        long id = planDrafting.create(world.office(), new PlanHeader(year, null, null, null, "Bà Rịa", null,
                "Kế hoạch thông tin, tuyên truyền CCHC năm " + year, "UBND TỈNH", "SỞ Y TẾ", null, null, null, null,
                "Lưu: VT, VP.", "GIÁM ĐỐC", null));
        planDrafting.updateHeader(world.office(), id, version(id, world), new PlanHeader(year, null,
                String.valueOf(10 + Math.abs(id % 80)), "KH-SYT", "Bà Rịa", issueDate,
                "Kế hoạch thông tin, tuyên truyền CCHC năm " + year, "UBND TỈNH", "SỞ Y TẾ", null, null, null, null,
                "Lưu: VT, VP.", "GIÁM ĐỐC", "Nguyễn Văn Thử"));
        planDrafting.addItem(world.office(), id, version(id, world), ItemKind.CONTENT, null,
                "Tuyên truyền kết quả cải cách thủ tục hành chính");
        UUID content = planReader.details(world.office(), id).items(ItemKind.CONTENT).get(0).key();
        planDrafting.saveActivity(world.office(), id, version(id, world), null, new ActivityCommand(content,
                "Đăng tin về CCHC trên trang thông tin điện tử", world.unitA(), List.of(), null, null, List.of(1), null,
                List.of(channel), Map.of(indicator.id(), 12)));
        planDrafting.saveActivity(world.office(), id, version(id, world), null, new ActivityCommand(content,
                "Tổ chức hội nghị đối thoại với người bệnh", world.unitA(), List.of(), null, null, List.of(2, 3), null,
                List.of(channel), Map.of(indicator.id(), 8)));
        planDrafting.saveActivity(world.office(), id, version(id, world), null, new ActivityCommand(content,
                "Niêm yết công khai thủ tục hành chính", world.unitB(), List.of(), null, null, List.of(1, 2, 3, 4),
                null, List.of(channel), Map.of(indicator.id(), 20)));
        planLifecycle.submit(world.office(), id, version(id, world));
        planLifecycle.issue(world.leader(), id, version(id, world));
        PlanDetails issued = planReader.details(world.office(), id);
        return new IssuedPlan(id, indicator.id(), issued.activities().get(0).key(), issued.activities().get(1).key(),
                issued.activities().get(2).key());
    }

    private long version(long id, World world) {
        return planReader.details(world.office(), id).version();
    }

    /** The plan and the keys of its activities (in the order above). */
    public record IssuedPlan(long id, long indicatorId, UUID unitAFirstQuarter, UUID unitASecondAndThird,
            UUID unitBAllYear) {
    }
}
