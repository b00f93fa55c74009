package vn.parcomms.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A block pasted from Word into a list of the outline: where items start, what marker goes, what stays. */
class OutlinePasteTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "a) Tin bài|LETTER", "đ)\tTin bài|LETTER", "(b) Tin bài|LETTER", "c. Tin bài|LETTER",
        "1. Tin bài|NUMBER", "12) Tin bài|NUMBER", "1.2. Tin bài|NUMBER",
        "- Tin bài|DASH", "– Tin bài|DASH", "• Tin bài|DASH", "\uF0B7\tTin bài|DASH",
        "+ Tin bài|PLUS", "+\u00A0Tin bài|PLUS",
        "Tin bài|NONE", "1.234 người tham dự|NONE", "e-Cabinet trên Zalo|NONE", "-5% thủ tục|NONE"})
    void eachLineIsKnownByTheFamilyOfItsMarker(String line, PastedLines.Marker family) {
        assertThat(PastedLines.marker(line)).isEqualTo(family);
    }

    @Test
    void letteredLinesBecomeItemsAndLoseTheirLetterOnceEvenWhenTypedTwice() {
        assertThat(PastedLines.outlineItems("a) Vai trò của CCHC;\r\n\r\nb)\tThủ tục mới;\ng) g) Một cửa.")).containsExactly(
                List.of("Vai trò của CCHC;"), List.of("Thủ tục mới;"), List.of("g) Một cửa."));
    }

    @Test
    void numberedLinesLoseTheirNumber() {
        assertThat(PastedLines.outlineItems("2. Tăng cường kiểm tra;\n3.\u00A0Ứng dụng CNTT.")).containsExactly(
                List.of("Tăng cường kiểm tra;"), List.of("Ứng dụng CNTT."));
    }

    @Test
    void plusSubBulletsUnderADashLineStayWithItAsParagraphsKeepingTheirPlus() {
        assertThat(PastedLines.outlineItems("""
                - Đăng tải tin bài:
                + Trên Cổng thông tin điện tử;
                + Trên trang Facebook.
                - Tổ chức hội nghị.""")).containsExactly(
                List.of("Đăng tải tin bài:", "+ Trên Cổng thông tin điện tử;", "+ Trên trang Facebook."),
                List.of("Tổ chức hội nghị."));
    }

    @Test
    void aListOfPlusLinesLosesThePlusOfEach() {
        assertThat(PastedLines.outlineItems("+ Trên Cổng;\n+ Trên Facebook.")).containsExactly(
                List.of("Trên Cổng;"), List.of("Trên Facebook."));
    }

    @Test
    void anUnmarkedLineUnderALetteredItemIsASecondParagraphOfThatItem() {
        assertThat(PastedLines.outlineItems("a) Tuyên truyền CCHC.\nNội dung gồm hai phần.\nb) Chuyển đổi số.")).containsExactly(
                List.of("Tuyên truyền CCHC.", "Nội dung gồm hai phần."), List.of("Chuyển đổi số."));
    }

    @Test
    void withoutAnyMarkerEachLineIsAParagraphItemOfItsOwn() {
        assertThat(PastedLines.outlineItems("Kinh phí từ ngân sách.\n  Đơn vị tự cân đối.\u00A0")).containsExactly(
                List.of("Kinh phí từ ngân sách."), List.of("Đơn vị tự cân đối."));
    }

    @Test
    void aLineBeforeTheFirstMarkedOneIsAnItemOfItsOwn() {
        assertThat(PastedLines.outlineItems("Gồm các nội dung sau:\n- Một;\n- Hai.")).containsExactly(
                List.of("Gồm các nội dung sau:"), List.of("Một;"), List.of("Hai."));
    }

    @Test
    void theArchiveLineLosesDashAndLabelOnce() {
        assertThat(PastedLines.recipients("- Sở Nội vụ (báo cáo);\n- Lưu: VT, VP.").archive()).isEqualTo("VT, VP");
        assertThat(PastedLines.archive("Lưu: VT, VP")).isEqualTo("VT, VP");
    }
}
