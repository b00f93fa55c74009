package vn.parcomms.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;

/**
 * The ids that adding an item or an activity returns are the ids of what was saved, so the next
 * edit (a page redirecting to the new item, a loader refining what it added) finds it.
 */
@IntegrationTest
class PlanServiceReturnedIdsTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    PlanDrafting planDrafting;

    @Test
    void anAddedItemCanBeChangedThroughTheIdItWasGiven() {
        World world = fixtures.newWorld();
        CurrentUser office = world.office();
        long id = planDrafting.create(office, header());

        long itemId = planDrafting.addItem(office, id, version(office, id), ItemKind.CONTENT, null,
                "Nội dung thứ nhất");
        planDrafting.changeItem(office, id, version(office, id), itemId, null, "Nội dung đã sửa");

        assertThat(planReader.details(office, id).items(ItemKind.CONTENT)).extracting(PlanItemView::body)
                .containsExactly("Nội dung đã sửa");
    }

    @Test
    void anAddedActivityCanBeChangedThroughTheIdItWasGiven() {
        World world = fixtures.newWorld();
        CurrentUser office = world.office();
        long id = planDrafting.create(office, header());
        planDrafting.addItem(office, id, version(office, id), ItemKind.CONTENT, null, "Nội dung thứ nhất");
        UUID content = planReader.details(office, id).items(ItemKind.CONTENT).get(0).key();

        long activityId = planDrafting.saveActivity(office, id, version(office, id), null, activity(content,
                "Hoạt động",
                world.unitA()));
        planDrafting.saveActivity(office, id, version(office, id), activityId, activity(content, "Hoạt động đã sửa",
                world.unitA()));

        assertThat(planReader.activities(office,
                id)).extracting(ActivityView::name).containsExactly("Hoạt động đã sửa");
    }

    private static ActivityCommand activity(UUID content, String name, long lead) {
        return new ActivityCommand(content, name, lead, List.of(), null, null, List.of(2), null, List.of(), Map.of());
    }

    private static PlanHeader header() {
        return new PlanHeader(2025, null, null, null, null, null, "Kế hoạch thử", null, null, null, null, null, null,
                null, null, null);
    }

    private long version(CurrentUser user, long id) {
        return planReader.details(user, id).version();
    }
}
