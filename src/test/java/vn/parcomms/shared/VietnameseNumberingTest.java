package vn.parcomms.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNumberingTest {

    @Test
    void itemsAreLetteredTheVietnameseWayWithDđAfterD() {
        assertThat(IntStream.range(0, 13).mapToObj(VietnameseNumbering::letter))
                .containsExactly("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n");
    }

    @Test
    void lettersNeverUseFJWOrZ() {
        assertThat(IntStream.range(0, 100).mapToObj(VietnameseNumbering::letter))
                .noneMatch(letter -> letter.matches(".*[fjwz].*"))
                .doesNotHaveDuplicates();
    }

    @Test
    void afterYTheLettersDouble() {
        assertThat(VietnameseNumbering.letter(22)).isEqualTo("y");
        assertThat(VietnameseNumbering.letter(23)).isEqualTo("aa");
        assertThat(VietnameseNumbering.letter(27)).isEqualTo("đđ");
    }

    @Test
    void aNegativeItemIndexIsAProgrammingError() {
        assertThatThrownBy(() -> VietnameseNumbering.letter(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"1, I", "2, II", "3, III", "4, IV", "5, V", "9, IX", "10, X", "14, XIV", "40, XL", "90, XC",
            "2025, MMXXV", "3999, MMMCMXCIX"})
    void sectionsAreNumberedInRomanNumerals(int number, String roman) {
        assertThat(VietnameseNumbering.roman(number)).isEqualTo(roman);
    }

    @Test
    void thereIsNoRomanNumeralForZeroOrBeyond3999() {
        assertThatThrownBy(() -> VietnameseNumbering.roman(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietnameseNumbering.roman(4000)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "2025-05-06, ngày 06 tháng 5 năm 2025",
        "2026-02-04, ngày 04 tháng 02 năm 2026",
        "2025-12-15, ngày 15 tháng 12 năm 2025",
        "2026-01-31, ngày 31 tháng 01 năm 2026",
        "2025-10-09, ngày 09 tháng 10 năm 2025",
        "2025-03-10, ngày 10 tháng 3 năm 2025"})
    void datesPadTheDayBelowTenAndTheMonthOnlyForJanuaryAndFebruary(LocalDate date, String line) {
        assertThat(VietnameseNumbering.dateLine(date)).isEqualTo(line);
    }
}
