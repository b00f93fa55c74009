package vn.parcomms.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayFormatTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void vietnameseGroupsThousandsWithADotAndWritesDecimalsWithAComma() {
        assertThat(DisplayFormat.number(1200, VI)).isEqualTo("1.200");
        assertThat(DisplayFormat.number(1234567L, VI)).isEqualTo("1.234.567");
        assertThat(DisplayFormat.number(2.5, VI)).isEqualTo("2,5");
        assertThat(DisplayFormat.number(new BigDecimal("1250.75"), VI)).isEqualTo("1.250,75");
        assertThat(DisplayFormat.number(0, VI)).isEqualTo("0");
        assertThat(DisplayFormat.number(null, VI)).isEqualTo("—");
    }

    @Test
    void englishGroupsThousandsWithACommaAndWritesDecimalsWithAPoint() {
        assertThat(DisplayFormat.number(1200, Locale.ENGLISH)).isEqualTo("1,200");
        assertThat(DisplayFormat.number(1250.75, Locale.ENGLISH)).isEqualTo("1,250.75");
    }

    @Test
    void sharesAreWrittenWithTheSignAsEachLanguageDoes() {
        assertThat(DisplayFormat.percent(27.1, VI)).isEqualTo("27,1\u00a0%");
        assertThat(DisplayFormat.percent(100.0, VI)).isEqualTo("100\u00a0%");
        assertThat(DisplayFormat.percent(27.1, Locale.ENGLISH)).isEqualTo("27.1%");
        assertThat(DisplayFormat.percent(1250.0, Locale.ENGLISH)).isEqualTo("1,250%");
        assertThat(DisplayFormat.percent(null, VI)).isEqualTo("—");
    }

    @Test
    void quartersAreRomanInVietnameseAndQnInEnglish() {
        assertThat(DisplayFormat.quarter(1, VI)).isEqualTo("Quý I");
        assertThat(DisplayFormat.quarter(2, VI)).isEqualTo("Quý II");
        assertThat(DisplayFormat.quarter(3, VI)).isEqualTo("Quý III");
        assertThat(DisplayFormat.quarter(4, VI)).isEqualTo("Quý IV");
        assertThat(DisplayFormat.quarter(4, Locale.ENGLISH)).isEqualTo("Q4");
        assertThatThrownBy(() -> DisplayFormat.quarter(5, VI)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesAreReadDayMonthYearAndWrittenWithLeadingZeros() {
        assertThat(DisplayFormat.parseDate("06/05/2025")).contains(LocalDate.of(2025, 5, 6));
        assertThat(DisplayFormat.parseDate(" 6/5/2025 ")).contains(LocalDate.of(2025, 5, 6));
        assertThat(DisplayFormat.parseDate("29/02/2024")).contains(LocalDate.of(2024, 2, 29));
        assertThat(DisplayFormat.parseDate("2025-05-06")).as("ISO, as older clients send").contains(LocalDate.of(2025, 5, 6));
        assertThat(DisplayFormat.formatDate(LocalDate.of(2025, 5, 6))).isEqualTo("06/05/2025");
        assertThat(DisplayFormat.formatDate(null)).isEmpty();
    }

    @Test
    void whatIsNotARealDateIsNotRead() {
        assertThat(DisplayFormat.parseDate("31/02/2025")).isEmpty();
        assertThat(DisplayFormat.parseDate("29/02/2025")).isEmpty();
        assertThat(DisplayFormat.parseDate("13/13/2025")).isEmpty();
        assertThat(DisplayFormat.parseDate("05/06")).isEmpty();
        assertThat(DisplayFormat.parseDate("2025/05/06")).isEmpty();
        assertThat(DisplayFormat.parseDate("abc")).isEmpty();
        assertThat(DisplayFormat.parseDate("")).isEmpty();
        assertThat(DisplayFormat.parseDate(null)).isEmpty();
    }

    @Test
    void catalogueNamesFallBackToVietnameseWhereNoEnglishWasEntered() {
        assertThat(DisplayFormat.named("en", "Tin, bài", "News items")).isEqualTo("News items");
        assertThat(DisplayFormat.named("en", "Tin, bài", " ")).isEqualTo("Tin, bài");
        assertThat(DisplayFormat.named("vi", "Tin, bài", "News items")).isEqualTo("Tin, bài");
    }
}
