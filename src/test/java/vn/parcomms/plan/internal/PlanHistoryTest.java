package vn.parcomms.plan.internal;

import static vn.parcomms.support.AggregateHistory.step;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.parcomms.document.ListStyle;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.OutlineEntry;
import vn.parcomms.plan.SectionRole;
import vn.parcomms.plan.PlanHeader;
import vn.parcomms.plan.internal.PlanActivity.ActivityData;
import vn.parcomms.support.AggregateHistory;

class PlanHistoryTest {

    private final AggregateHistory<Plan> history = new AggregateHistory<>(Plan.class,
            p -> p.recordedHistory().size(), p -> p.recordedHistory().get(p.recordedHistory().size() - 1).getAction());

    @Test
    void everyChangeOfAPlanWritesExactlyOneLineOfHistory() {
        Plan plan = history.start(null, "new", "CREATED", 0, () -> new Plan(1, header(), step()));

        history.change(plan, "changeHeader", "HEADER_CHANGED", () -> plan.changeHeader(header(), step()));
        history.change(plan, "addItem", "ITEM_ADDED", () -> withId(plan.addItem(ItemKind.CONTENT, null, "Nội dung.",
                step()), 10L));
        history.change(plan, "changeItem", "ITEM_CHANGED", () -> plan.changeItem(10L, null, "Nội dung mới.", step()));
        withId(plan.addItem(ItemKind.CONTENT, null, "Nội dung thứ hai.", step()), 11L);
        history.change(plan, "moveItem", "ITEM_MOVED", () -> plan.moveItem(11L, -1, step()));
        history.change(plan, "removeItem", "ITEM_REMOVED", () -> plan.removeItem(11L, step()));
        // The template is part of the plan's creation, before its first save: no line of its own.
        plan.applyOutline(List.of(new OutlineEntry(1, "NỘI DUNG", ListStyle.LETTERED, SectionRole.CONTENT)));
        java.util.UUID content = plan.sections().get(0).getKey();
        java.util.UUID[] added = new java.util.UUID[1];
        history.change(plan, "addSection", "SECTION_ADDED", () -> added[0] = plan.addSection(null, "KIỂM TRA",
                ListStyle.DASH, null, step()).getKey());
        history.change(plan, "renameSection", "SECTION_CHANGED", () -> plan.renameSection(added[0], "GIÁM SÁT", step()));
        history.change(plan, "changeListStyle", "SECTION_CHANGED", () -> plan.changeListStyle(added[0], ListStyle.PLUS,
                step()));
        history.change(plan, "moveSection", "SECTION_MOVED", () -> plan.moveSection(added[0], -1, step()));
        history.change(plan, "removeSection", "SECTION_REMOVED", () -> plan.removeSection(added[0], step()));
        history.change(plan, "addItemTo", "ITEM_ADDED", () -> withId(plan.addItemTo(content, null, "Nội dung ba.",
                step()), 12L));
        history.change(plan, "moveItemInSection", "ITEM_MOVED", () -> plan.moveItemInSection(12L, -1, step()));
        history.change(plan, "addActivity", "ACTIVITY_ADDED", () -> withId(plan.addActivity(activity(2), step()), 20L));
        history.change(plan, "changeActivity", "ACTIVITY_CHANGED", () -> plan.changeActivity(20L, activity(2),
                step()));
        withId(plan.addActivity(activity(3), step()), 21L);
        history.change(plan, "removeActivity", "ACTIVITY_REMOVED", () -> plan.removeActivity(21L, step()));

        history.change(plan, "submit", "SUBMITTED", () -> plan.submit(step()));
        history.change(plan, "returnForRevision", "RETURNED", () -> plan.returnForRevision("Bổ sung.", step()));
        plan.submit(step());
        history.change(plan, "issue", "ISSUED", () -> plan.issue("12", java.time.LocalDate.of(2025, 3, 1), step(), null));
        history.change(plan, "recordPeriodDecision", "PERIOD_EXPECTED",
                () -> plan.recordPeriodDecision(true, "Q1:2025-04-30", step()));
        history.change(plan, "recordPeriodDecision", "PERIOD_NOT_EXPECTED",
                () -> plan.recordPeriodDecision(false, "Q1", step()));

        history.start(plan, "copyForward", "COPIED_FORWARD", 0, () -> plan.copyForward(step()));
        withId(plan, 1L);
        Plan child = history.start(plan, "implementingPlan", "IMPLEMENTING_STARTED", 0,
                () -> plan.implementingPlan(2, header(), plan.activitiesAssignedTo(2), step()));
        history.change(child, "copyItemsFrom", "ITEMS_COPIED", () -> child.copyItemsFrom(plan, ItemKind.CONTENT,
                step()));
        Plan amendment = history.start(plan, "amendment", "AMENDED", 0, () -> plan.amendment(step()));
        amendment.changeHeader(header(), step());
        amendment.submit(step());
        amendment.issue("13", java.time.LocalDate.of(2025, 6, 1), step(), "changes");
        history.change(plan, "supersede", "SUPERSEDED", () -> plan.supersede(amendment, step()));
        history.change(amendment, "close", "CLOSED", () -> amendment.close(step()));

        history.assertEveryChangeDriven(Set.of("header", "itemsOf", "activity", "activitiesAssignedTo",
                "sections", "itemsIn", "outlineTemplate", "requireIssuable"), Set.of("applyOutline"));
    }

    private static <T> T withId(T entity, long id) {
        ReflectionTestUtils.setField(entity, "id", id);
        return entity;
    }

    private static PlanHeader header() {
        return new PlanHeader(2099, null, "12", "KH-SYT", "Hà Nội", LocalDate.of(2099, 1, 5), "Kế hoạch năm 2099",
                null, "SỞ Y TẾ", null, null, null, null, null, "GIÁM ĐỐC", "Trần Văn Ký");
    }

    private static ActivityData activity(long leadNodeId) {
        return new ActivityData(null, "Hội nghị", leadNodeId, List.of(), null, null, "1", null, List.of(), List.of(),
                (UUID) null);
    }
}
