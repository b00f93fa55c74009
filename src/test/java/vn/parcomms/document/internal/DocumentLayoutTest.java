package vn.parcomms.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

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
}
