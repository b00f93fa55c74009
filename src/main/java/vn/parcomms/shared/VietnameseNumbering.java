package vn.parcomms.shared;

import java.time.LocalDate;

/**
 * The numbering and date conventions of Vietnamese administrative documents, computed so that
 * nobody types them: items lettered a) b) c) d) đ) e) g) … (no f, j, w, z; đ follows d),
 * sections numbered I, II, III, and dates written "ngày 06 tháng 5 năm 2025".
 */
public final class VietnameseNumbering {

    private static final String[] LETTERS = {
        "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
        "u", "v", "x", "y"
    };

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private VietnameseNumbering() {
    }

    /** The letter of the item at {@code index} (0-based); past "y" the sequence doubles: "aa", "bb". */
    public static String letter(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        String letter = LETTERS[index % LETTERS.length];
        return letter.repeat(index / LETTERS.length + 1);
    }

    /** Upper-case Roman numeral of a 1-based section number. */
    public static String roman(int number) {
        if (number < 1 || number > 3999) {
            throw new IllegalArgumentException("no Roman numeral for " + number);
        }
        StringBuilder result = new StringBuilder();
        int rest = number;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                result.append(ROMAN_SYMBOLS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return result.toString();
    }

    /**
     * "ngày 06 tháng 5 năm 2025": the day zero-padded below 10, the month only for January and
     * February (Decree 30/2020/NĐ-CP).
     */
    public static String dateLine(LocalDate date) {
        int month = date.getMonthValue();
        String monthText = month <= 2 ? String.format("%02d", month) : Integer.toString(month);
        return String.format("ngày %02d tháng %s năm %d", date.getDayOfMonth(), monthText, date.getYear());
    }
}
