package vn.parcomms.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parcomms.document.Table;

class DocumentLayoutTest {

    @Test
    void endMarkIsAddedOnceWhateverTheAuthorTyped() {
        assertThat(DocumentLayout.withEndMark("phối hợp thực hiện./.")).isEqualTo("phối hợp thực hiện./.");
        assertThat(DocumentLayout.withEndMark("phối hợp thực hiện.")).isEqualTo("phối hợp thực hiện./.");
        assertThat(DocumentLayout.withEndMark("phối hợp thực hiện ")).isEqualTo("phối hợp thực hiện./.");
    }

    @Test
    void numbersUseTheVietnameseSeparators() {
        assertThat(DocumentLayout.formatNumber(new BigDecimal("1234567"))).isEqualTo("1.234.567");
        assertThat(DocumentLayout.formatNumber(new BigDecimal("26.250"))).isEqualTo("26,25");
        assertThat(DocumentLayout.formatNumber(new BigDecimal("30.0"))).isEqualTo("30");
        assertThat(DocumentLayout.formatNumber(new BigDecimal("-1500.5"))).isEqualTo("-1.500,5");
        assertThat(DocumentLayout.formatNumber(new BigDecimal("1E+3"))).isEqualTo("1.000");
    }

    @Test
    void decomposedVietnameseIsComposedBeforeLayout() {
        String decomposed = java.text.Normalizer.normalize("Hạnh phúc", java.text.Normalizer.Form.NFD);
        assertThat(DocumentLayout.clean(decomposed)).isEqualTo("Hạnh phúc");
    }

    @Test
    void noColumnIsNarrowerThanItsLongestWordAndTheOthersKeepTheirProportions() {
        Table table = new Table("", List.of("STT", "Nội dung", "Hình thức", "Thời gian"), List.of(3, 4, 40, 4),
                List.of(List.of(Table.Cell.text("1"), Table.Cell.text("Tuyên truyền"), Table.Cell.text("Facebook"),
                        Table.Cell.text("30/06/2025"))), List.of());
        List<Float> widths = DocumentLayout.columnWidths(table, Layout.LANDSCAPE_TEXT_WIDTH);
        assertThat(widths.stream().reduce(0f, Float::sum)).isCloseTo(Layout.LANDSCAPE_TEXT_WIDTH,
                org.assertj.core.data.Offset.offset(0.1f));
        assertThat(widths.get(0)).isGreaterThanOrEqualTo(TextMeasure.width("STT", true, false, Layout.TABLE_SIZE) + 8);
        assertThat(widths.get(1)).isGreaterThanOrEqualTo(
                TextMeasure.width("Tuyên", false, false, Layout.TABLE_SIZE) + 8);
        assertThat(widths.get(1)).isGreaterThanOrEqualTo(TextMeasure.width("dung", true, false, Layout.TABLE_SIZE) + 8);
        assertThat(widths.get(3)).isGreaterThanOrEqualTo(
                TextMeasure.width("30/06/2025", false, false, Layout.TABLE_SIZE) + 8);
        // The one wide column gives up what the narrow ones need.
        assertThat(widths.get(2)).isGreaterThan(Layout.LANDSCAPE_TEXT_WIDTH / 2);
    }

    @Test
    void wideColumnsKeepTheirWeights() {
        Table table = new Table("", List.of("A", "B"), List.of(1, 3), List.of(), List.of());
        List<Float> widths = DocumentLayout.columnWidths(table, 400);
        assertThat(widths).containsExactly(100f, 300f);
    }
}
