package vn.parcomms.document;

import java.time.LocalDate;
import java.util.Objects;
import vn.parcomms.shared.VietnameseNumbering;

/**
 * The top of the first page: who issues the document under which parent body, its number and
 * symbol, where and when.
 *
 * @param parentBody  "UBND TỈNH BÀ RỊA - VŨNG TÀU"; may be blank when the issuing body has none
 * @param issuingBody "SỞ Y TẾ"
 * @param number      number and symbol without the "Số:" prefix: "79a/KH-SYT"; for a draft
 *                    only the symbol, e.g. "/KH-SYT", and the clerk writes the number in
 * @param place       "Bà Rịa - Vũng Tàu"
 * @param date        the issue date; {@code null} for a draft, printed with blanks to fill in
 * @param year        the year of the document, the date's year when there is a date
 */
public record DocumentHeader(String parentBody, String issuingBody, String number, String place, LocalDate date,
                             int year) {

    /** Room left for a handwritten number or day, as on the printed drafts in the seeds. */
    private static final String BLANK = "\u00A0".repeat(8);

    public DocumentHeader {
        parentBody = parentBody == null ? "" : parentBody;
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(place, "place");
        if (date != null && date.getYear() != year) {
            throw new IllegalArgumentException("year " + year + " does not match the date " + date);
        }
    }

    /** An issued document: the year follows from the date. */
    public DocumentHeader(String parentBody, String issuingBody, String number, String place, LocalDate date) {
        this(parentBody, issuingBody, number, place, Objects.requireNonNull(date, "date"), date.getYear());
    }

    /** A draft without number and date yet: "Số:        /KH-SYT", "ngày        tháng        năm 2025". */
    public static DocumentHeader draft(String parentBody, String issuingBody, String symbol, String place, int year) {
        return new DocumentHeader(parentBody, issuingBody, symbol, place, null, year);
    }

    /** "Số: 79a/KH-SYT". */
    public String numberLine() {
        return "Số: " + (number.startsWith("/") ? BLANK + number : number);
    }

    /** "Bà Rịa - Vũng Tàu, ngày 06 tháng 5 năm 2025". */
    public String placeDateLine() {
        String dateLine = date == null
                ? "ngày" + BLANK + "tháng" + BLANK + "năm " + year
                : VietnameseNumbering.dateLine(date);
        return place + ", " + dateLine;
    }
}
