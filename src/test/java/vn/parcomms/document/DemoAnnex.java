package vn.parcomms.document;

import static vn.parcomms.document.Table.Cell.number;
import static vn.parcomms.document.Table.Cell.text;

import java.util.ArrayList;
import java.util.List;

/** Plan 79a with an annex table of activities long enough to run over several pages. */
final class DemoAnnex {

    static final String HEADING = "Phụ lục";

    private DemoAnnex() {
    }

    static OfficialDocument planWithActivities(int activities) {
        List<List<Table.Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= activities; i++) {
            rows.add(List.of(text(Integer.toString(i)), text("Đăng tin, bài về cải cách hành chính số " + i),
                    text("Văn phòng Sở"), text("Quý " + ((i - 1) % 4 + 1)), number(i * 10L)));
        }
        Table table = new Table("", List.of("STT", "Hoạt động", "Đơn vị chủ trì", "Thời gian", "Chỉ tiêu"),
                List.of(1, 6, 3, 2, 2), rows, List.of());
        Annex annex = new Annex(HEADING, List.of("DANH MỤC HOẠT ĐỘNG THÔNG TIN, TUYÊN TRUYỀN CCHC NĂM 2025",
                "(Kèm theo Kế hoạch số 79a/KH-SYT ngày 06 tháng 5 năm 2025 của Sở Y tế)"),
                List.of(Content.table(table)));
        OfficialDocument plan = SeedPlan79a.document();
        return new OfficialDocument(plan.header(), plan.kind(), plan.title(), plan.preamble(), plan.sections(),
                plan.closing(), plan.recipients(), plan.archive(), plan.signer(), List.of(annex));
    }

    /** The nine columns of a plan's activities, as the plan page exports them, on landscape pages. */
    static final List<String> NINE_COLUMNS = List.of("STT", "Nội dung", "Hoạt động", "Hình thức", "Chủ trì",
            "Phối hợp", "Sản phẩm đầu ra", "Thời gian", "Chỉ tiêu");

    static OfficialDocument planWithNineColumnAnnex(int activities) {
        List<List<Table.Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= activities; i++) {
            rows.add(List.of(text(Integer.toString(i)), text("Tuyên truyền Chương trình tổng thể cải cách hành chính"),
                    text("Đăng tin, bài về cải cách hành chính trên trang thông tin điện tử số " + i),
                    text("Facebook, Zalo, Cổng thông tin điện tử"), text("Văn phòng Sở"),
                    text("Trung tâm Truyền thông - Giáo dục sức khỏe"), text("Tin, bài được đăng tải"),
                    text("Q1, Q2; 30/06/2025"), text("12 tin, bài")));
        }
        Table table = new Table("", NINE_COLUMNS, List.of(3, 16, 20, 11, 10, 11, 11, 7, 11), rows, List.of());
        Annex annex = new Annex(HEADING, List.of("DANH MỤC HOẠT ĐỘNG THÔNG TIN, TUYÊN TRUYỀN CCHC NĂM 2025"),
                List.of(Content.table(table)), true);
        OfficialDocument plan = SeedPlan79a.document();
        return new OfficialDocument(plan.header(), plan.kind(), plan.title(), plan.preamble(), plan.sections(),
                plan.closing(), plan.recipients(), plan.archive(), plan.signer(), List.of(annex));
    }
}
