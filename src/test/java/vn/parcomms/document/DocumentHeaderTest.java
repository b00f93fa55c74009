package vn.parcomms.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentHeaderTest {

    @Test
    void issuedHeaderPrintsNumberAndDecree30Date() {
        DocumentHeader header = new DocumentHeader("UBND TỈNH BÀ RỊA - VŨNG TÀU", "SỞ Y TẾ", "79a/KH-SYT",
                "Bà Rịa - Vũng Tàu", LocalDate.of(2026, 2, 4));
        assertThat(header.numberLine()).isEqualTo("Số: 79a/KH-SYT");
        assertThat(header.placeDateLine()).isEqualTo("Bà Rịa - Vũng Tàu, ngày 04 tháng 02 năm 2026");
        assertThat(header.year()).isEqualTo(2026);
    }

    @Test
    void draftLeavesRoomForTheClerksNumberAndDate() {
        DocumentHeader draft = DocumentHeader.draft("", "SỞ Y TẾ", "/KH-SYT", "Bà Rịa - Vũng Tàu", 2026);
        assertThat(draft.numberLine()).matches("Số: \u00A0{8}/KH-SYT");
        assertThat(draft.placeDateLine()).matches("Bà Rịa - Vũng Tàu, ngày\u00A0{8}tháng\u00A0{8}năm 2026");
    }

    @Test
    void draftRendersInBothFormats() {
        OfficialDocument plan = SeedPlan79a.document();
        OfficialDocument draft = new OfficialDocument(
                DocumentHeader.draft("UBND TỈNH BÀ RỊA - VŨNG TÀU", "SỞ Y TẾ", "/KH-SYT", "Bà Rịa - Vũng Tàu", 2026),
                plan.kind(), plan.title(), plan.preamble(), plan.sections(), plan.closing(), plan.recipients(),
                plan.archive(), plan.signer(), plan.annexes());
        DocumentService documents = new DocumentService();
        assertThat(documents.docx(draft)).isNotEmpty();
        assertThat(documents.pdf(draft)).isNotEmpty();
        assertThat(DocumentService.fileName(draft, "docx")).isEqualTo("KH-KH-SYT-2026.docx");
    }

    @Test
    void yearMustMatchTheDate() {
        assertThatThrownBy(() -> new DocumentHeader("", "SỞ Y TẾ", "1/KH-SYT", "Vũng Tàu", LocalDate.of(2025, 1, 2), 2026))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
