package vn.parcomms.document;

import static vn.parcomms.document.Content.bullet;
import static vn.parcomms.document.Content.paragraph;
import static vn.parcomms.document.Content.subSection;
import static vn.parcomms.document.Content.table;
import static vn.parcomms.document.Table.Cell.number;
import static vn.parcomms.document.Table.Cell.text;

import java.time.LocalDate;
import java.util.List;

/**
 * A fictional unit report for Q1 2025 against plan 79a/KH-SYT, with its figures as a table:
 * the shape the report module will export.
 */
public final class DemoReport {

    private DemoReport() {
    }

    public static OfficialDocument unitReportQ1() {
        Table figures = new Table("Kết quả theo chỉ tiêu",
                List.of("STT", "Chỉ tiêu", "Kế hoạch năm", "Quý I", "Tỷ lệ (%)"),
                List.of(1, 6, 2, 2, 2),
                List.of(
                        List.of(text("1"), text("Tin, bài đăng trên Trang thông tin điện tử"), number(40), number(12),
                                number(new java.math.BigDecimal("30.0"))),
                        List.of(text("2"), text("Hội nghị, lớp tập huấn có lồng ghép nội dung CCHC"), number(4),
                                number(1), number(25)),
                        List.of(text("3"), text("Lượt người tham dự"), number(1200), number(315),
                                number(new java.math.BigDecimal("26.25")))),
                List.of(text(""), text("Tổng số hoạt động"), number(1244), number(328), text("")));
        return new OfficialDocument(
                new DocumentHeader("SỞ Y TẾ TỈNH BÀ RỊA - VŨNG TÀU", "TRUNG TÂM Y TẾ HUYỆN LONG ĐIỀN", "12/BC-TTYT",
                        "Long Điền", LocalDate.of(2025, 3, 17)),
                DocumentKind.REPORT,
                List.of("Kết quả thực hiện công tác thông tin, tuyên truyền CCHC", "quý I năm 2025"),
                List.of("Thực hiện Kế hoạch số 79a/KH-SYT ngày 06 tháng 5 năm 2025 của Sở Y tế, Trung tâm Y tế "
                        + "huyện Long Điền báo cáo kết quả quý I năm 2025 như sau:"),
                List.of(
                        Section.of("Kết quả thực hiện",
                                subSection("Kết quả đạt được:", table(figures),
                                        bullet("Đăng tải 12 tin, bài về cải cách hành chính."))),
                        Section.of("Tồn tại, hạn chế và nguyên nhân",
                                paragraph("Một số khoa, phòng chưa cập nhật kịp thời tin, bài.")),
                        Section.of("Nhiệm vụ quý II năm 2025",
                                paragraph("Tiếp tục thực hiện các nội dung của Kế hoạch."))),
                List.of("Trên đây là báo cáo kết quả quý I năm 2025 của Trung tâm Y tế huyện Long Điền."),
                List.of(Recipient.of("Sở Y tế", "báo cáo"), Recipient.of("Ban Giám đốc")),
                "VT, HCTH",
                new Signer(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), "Phạm Thị Thu Hà"),
                List.of());
    }
}
