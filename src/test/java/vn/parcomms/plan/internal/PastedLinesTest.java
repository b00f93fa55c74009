package vn.parcomms.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PastedLinesTest {

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
        "a) Tuyên truyền về CCHC", "g) Tuyên truyền về CCHC", "đ) Tuyên truyền về CCHC", "(b) Tuyên truyền về CCHC",
        "c. Tuyên truyền về CCHC", "A) Tuyên truyền về CCHC", "Đ) Tuyên truyền về CCHC",
        "1. Tuyên truyền về CCHC", "3. Tuyên truyền về CCHC", "12. Tuyên truyền về CCHC", "2) Tuyên truyền về CCHC",
        "1.2. Tuyên truyền về CCHC", "- Tuyên truyền về CCHC", "-Tuyên truyền về CCHC", "+ Tuyên truyền về CCHC",
        "• Tuyên truyền về CCHC", "– Tuyên truyền về CCHC", "— Tuyên truyền về CCHC", "* Tuyên truyền về CCHC",
        "\uF0B7\tTuyên truyền về CCHC", "a)\tTuyên truyền về CCHC", "1.\tTuyên truyền về CCHC", "-\tTuyên truyền về CCHC",
        "đ)\u00A0Tuyên truyền về CCHC", "3.\u00A0Tuyên truyền về CCHC", "+\u00A0\u00A0Tuyên truyền về CCHC",
        "\u00A0\u00A0 a) Tuyên truyền về CCHC", "\tb)\u202FTuyên truyền về CCHC", "\uFEFF- Tuyên truyền về CCHC ",
        "Tuyên truyền về CCHC", "  Tuyên truyền về CCHC\u00A0"})
    void oneMarkerOfAnyShapeIsTakenOff(String pasted) {
        assertThat(PastedLines.withoutMarker(pasted)).isEqualTo("Tuyên truyền về CCHC");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "g) g) Tin bài|g) Tin bài",
        "3. 3. Tin bài|3. Tin bài",
        "- - Tin bài|- Tin bài",
        "a) - Tin bài|- Tin bài",
        "+ a) Tin bài|a) Tin bài",
        "1.234 người tham dự|1.234 người tham dự",
        "2025 là năm chuyển đổi số|2025 là năm chuyển đổi số",
        "-5% thủ tục tồn đọng|-5% thủ tục tồn đọng",
        "Đẩy mạnh tuyên truyền|Đẩy mạnh tuyên truyền",
        "e-Cabinet trên Zalo|e-Cabinet trên Zalo",
        "Q1, Q2 (tin, bài)|Q1, Q2 (tin, bài)",
    })
    void onlyOneMarkerGoesAndTextThatMerelyLooksLikeOneStays(String pasted, String expected) {
        assertThat(PastedLines.withoutMarker(pasted)).isEqualTo(expected);
    }

    @Test
    void aBlockFromWordBecomesOneItemPerParagraph() {
        String word = "a) Vai trò, ý nghĩa của CCHC;\r\n\r\nb)\tThủ tục hành chính mới;\u000Bc) Dịch vụ công trực tuyến;\n"
                + "  \u00A0 \n" + "đ) Chuyển đổi số.\u2029e) Chỉ số hài lòng.";
        assertThat(PastedLines.items(word)).containsExactly("Vai trò, ý nghĩa của CCHC;", "Thủ tục hành chính mới;",
                "Dịch vụ công trực tuyến;", "Chuyển đổi số.", "Chỉ số hài lòng.");
    }

    @Test
    void emptyOrMarkerOnlyTextGivesNoItems() {
        assertThat(PastedLines.items(null)).isEmpty();
        assertThat(PastedLines.items(" \n\t\u00A0\n")).isEmpty();
        assertThat(PastedLines.items("-\n+ \n a) \n3.\n(đ)")).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"- Lưu: VT, VP.", "Lưu: VT, VP.", "Lưu: VT, VP", "LƯU: VT, VP.", "- Lưu:\tVT, VP.",
        "+ Lưu : VT, VP..", "VT, VP."})
    void theArchiveLineLosesItsDashAndLưuOnce(String pasted) {
        assertThat(PastedLines.archive(pasted)).isEqualTo("VT, VP");
    }

    @Test
    void recipientsLoseDashAndSemicolonAndKeepTheirPurpose() {
        var pasted = PastedLines.recipients("Nơi nhận:\n- Sở Nội vụ (báo cáo);\n- Các phòng chức năng (t/h);\n"
                .replace("Nơi nhận:\n", "") + "- Đảng ủy SYT;\n- Lưu: VT, VP.");
        assertThat(pasted.recipients()).containsExactly(new PastedLines.Recipient("Sở Nội vụ", "báo cáo"),
                new PastedLines.Recipient("Các phòng chức năng", "t/h"), new PastedLines.Recipient("Đảng ủy SYT", ""));
        assertThat(pasted.archive()).isEqualTo("VT, VP");
        assertThat(PastedLines.recipients("- Sở Y tế").archive()).isNull();
    }

    @Test
    void dutiesKeepOneLinePerDutyWithoutMarkers() {
        assertThat(PastedLines.lines("- Chủ trì tham mưu;\n\n+ Phối hợp\u00A0với các đơn vị;"))
                .isEqualTo("Chủ trì tham mưu;\nPhối hợp\u00A0với các đơn vị;");
    }
}
