package vn.parcomms.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures.World;

/** Builds plans for a test's own little province through the public plan services. */
@Component
class PlanTestData {

    private final PlanDetailsReader planReader;
    private final PlanDrafting planDrafting;
    private final PlanLifecycle planLifecycle;
    private final CatalogService catalog;

    PlanTestData(PlanDetailsReader planReader, PlanDrafting planDrafting, PlanLifecycle planLifecycle,
            CatalogService catalog) {
        this.planReader = planReader;
        this.planDrafting = planDrafting;
        this.planLifecycle = planLifecycle;
        this.catalog = catalog;
    }

    static PlanHeader header(int year, String title) {
        return new PlanHeader(year, null, null, "KH-SYT", "Bà Rịa - Vũng Tàu", null, title, "UBND TỈNH THỬ",
                "SỞ Y TẾ", "Thực hiện kế hoạch của tỉnh.", "Ngân sách nhà nước.", "Báo cáo quý, 6 tháng, năm.",
                "Trên đây là Kế hoạch./.", "Lưu: VT, VP.", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trần Văn Thử");
    }

    static PlanHeader numbered(PlanHeader h, String number, LocalDate date) {
        return new PlanHeader(h.year(), h.parentPlanId(), number, h.docSymbol(), h.place(), date, h.title(),
                h.parentBody(), h.issuingBody(), h.intro(), h.budget(), h.reportingDuty(), h.closing(),
                h.archiveLine(), h.signerAuthority(), h.signerName());
    }

    /** A draft of the world's agency with two content items, a form, a recipient and two activities (unit A, unit B). */
    long draft(World w) {
        CurrentUser office = w.office();
        long id = planDrafting.create(office, header(2025, "Thông tin, tuyên truyền cải cách hành chính năm 2025"));
        planDrafting.addItem(office, id, version(office, id), ItemKind.PURPOSE, null, "Nâng cao nhận thức về CCHC.");
        planDrafting.addItem(office, id, version(office, id), ItemKind.CONTENT, null, "Vai trò, ý nghĩa của CCHC.");
        planDrafting.addItem(office, id, version(office, id), ItemKind.CONTENT, null, "Thủ tục hành chính mới.");
        planDrafting.addItem(office, id, version(office, id), ItemKind.FORM, null, "Qua Cổng thông tin điện tử.");
        planDrafting.addItem(office, id, version(office, id), ItemKind.SOLUTION, null, "Nâng cao chất lượng cán bộ.");
        planDrafting.addItem(office, id, version(office, id), ItemKind.DUTY, "Văn phòng Sở", "Tổng hợp báo cáo.");
        planDrafting.addItem(office, id, version(office, id), ItemKind.RECIPIENT, "báo cáo", "Sở Nội vụ");
        PlanDetails d = planReader.details(office, id);
        UUID content = d.items(ItemKind.CONTENT).get(0).key();
        long channel = catalog.channelsByCode(office).get("PORTAL").id();
        long indicator = catalog.indicatorsByCode(office).get("NEWS_POSTED").id();
        planDrafting.saveActivity(office, id, version(office, id), null, new ActivityCommand(content,
                "Đăng tin bài về CCHC trên trang thông tin điện tử", w.unitA(), List.of(w.unitB()), "Cán bộ, viên chức",
                "Tin, bài", List.of(1, 2, 3, 4), null, List.of(channel), Map.of(indicator, 12)));
        planDrafting.saveActivity(office, id, version(office, id), null, new ActivityCommand(content,
                "Hội nghị quán triệt CCHC", w.unitB(), List.of(), "Cán bộ chủ chốt", "Hội nghị", List.of(2),
                LocalDate.of(2025, 6, 30), List.of(), Map.of()));
        return id;
    }

    /** The draft above, numbered, submitted and issued. */
    long issued(World w) {
        long id = draft(w);
        PlanDetails d = planReader.details(w.office(), id);
        planDrafting.updateHeader(w.office(), id, d.version(), numbered(d.header(), uniqueNumber(), LocalDate.of(2025,
                5, 6)));
        planLifecycle.submit(w.office(), id, version(w.office(), id));
        planLifecycle.issue(w.leader(), id, version(w.leader(), id));
        return id;
    }

    long version(CurrentUser user, long id) {
        return planReader.details(user, id).version();
    }

    private static String uniqueNumber() {
        return Long.toString(System.nanoTime() % 100000);
    }
}
