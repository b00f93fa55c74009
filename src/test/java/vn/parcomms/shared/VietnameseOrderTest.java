package vn.parcomms.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Java side of the Vietnamese order; the database side is compared with it in VietnameseSearchAndOrderDatabaseTest. */
class VietnameseOrderTest {

    @Test
    void dStrokeIsALetterOfItsOwnBetweenDAndE() {
        assertThat(sorted("Sở Tư pháp", "Đài Phát thanh", "Cục Thuế", "Dương Kinh", "Ea Súp"))
                .containsExactly("Cục Thuế", "Dương Kinh", "Đài Phát thanh", "Ea Súp", "Sở Tư pháp");
    }

    @Test
    void breveAndCircumflexLettersFollowEveryPlainOne() {
        assertThat(sorted("ân", "ăn", "anh", "az", "bà")).containsExactly("anh", "az", "ăn", "ân", "bà");
        assertThat(sorted("ơi", "ôi", "oz")).containsExactly("oz", "ôi", "ơi");
        assertThat(sorted("ưa", "uz")).containsExactly("uz", "ưa");
    }

    @Test
    void tonesDecideOnlyBetweenOtherwiseEqualNamesInTheTraditionalOrder() {
        assertThat(sorted("mạ", "má", "mã", "mả", "mà", "ma")).containsExactly("ma", "mà", "mả", "mã", "má", "mạ");
        assertThat(sorted("Hà Nội", "Hả", "Ha Long")).containsExactly("Hả", "Ha Long", "Hà Nội");
    }

    @Test
    void aSpaceComesBeforeAnyLetterSoNamesSortWordByWord() {
        assertThat(sorted("Hải Dương", "Hà Nội", "Hạ Long")).containsExactly("Hạ Long", "Hà Nội", "Hải Dương");
        assertThat(sorted("Bà Rịa-Vũng Tàu", "Ban Dân tộc", "Bà Rịa - Vũng Tàu"))
                .containsExactly("Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu", "Ban Dân tộc");
    }

    @Test
    void decomposedTextSortsAsTheSameLetters() {
        String decomposed = Normalizer.normalize("Đài", Normalizer.Form.NFD);
        assertThat(VietnameseOrder.names().compare(decomposed, "Đài")).isZero();
        assertThat(sorted("Sở", Normalizer.normalize("Cục", Normalizer.Form.NFD), decomposed).get(2)).isEqualTo("Sở");
    }

    @Test
    void aMissingNameComesLast() {
        List<String> names = Arrays.asList("Sở", null, "Cục");
        names.sort(VietnameseOrder.names());
        assertThat(names).containsExactly("Cục", "Sở", null);
    }

    private static List<String> sorted(String... names) {
        return Stream.of(names).sorted(VietnameseOrder.names()).toList();
    }
}
