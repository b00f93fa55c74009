package vn.parcomms.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentServiceTest {

    @Test
    void planFileNameCarriesKindNumberAndYearInAscii() {
        assertThat(DocumentService.fileName(SeedPlan79a.document(), "docx")).isEqualTo("KH-79a-KH-SYT-2025.docx");
        assertThat(DocumentService.fileName(DemoReport.unitReportQ1(), "PDF")).isEqualTo("BC-12-BC-TTYT-2025.pdf");
    }

    @Test
    void reportFileNameCanCarryThePeriod() {
        assertThat(DocumentService.fileName(List.of("BC", "12/BC-TTYT", "2025", "Quý I"), "pdf"))
                .isEqualTo("BC-12-BC-TTYT-2025-Quy-I.pdf");
    }

    @Test
    void diacriticsAndDStrokeAreStripped() {
        assertThat(DocumentService.asciiSafe("Đảng ủy Sở Y tế")).isEqualTo("Dang-uy-So-Y-te");
        assertThat(DocumentService.asciiSafe("6 tháng đầu năm")).isEqualTo("6-thang-dau-nam");
    }

    @Test
    void decomposedInputGivesTheSameName() {
        String decomposed = java.text.Normalizer.normalize("Quý I năm 2025", java.text.Normalizer.Form.NFD);
        assertThat(DocumentService.asciiSafe(decomposed)).isEqualTo("Quy-I-nam-2025");
    }

    @Test
    void unsafeCharactersNeverReachTheName() {
        String name = DocumentService.fileName(List.of("../..\\79a/KH:SYT*?\"<>|", " ", "“năm” 2025 "), "docx");
        assertThat(name).matches("[A-Za-z0-9._-]+").doesNotContain("..").isEqualTo("79a-KH-SYT-nam-2025.docx");
        assertThat(DocumentService.fileName(List.of("", "  "), "pdf")).isEqualTo("document.pdf");
    }
}
