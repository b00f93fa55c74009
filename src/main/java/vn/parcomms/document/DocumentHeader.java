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
 * @param number      number and symbol without the "Số:" prefix: "79a/KH-SYT"
 * @param place       "Bà Rịa - Vũng Tàu"
 * @param date        the issue date
 */
public record DocumentHeader(String parentBody, String issuingBody, String number, String place, LocalDate date) {

    public DocumentHeader {
        parentBody = parentBody == null ? "" : parentBody;
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
    }

    /** "Số: 79a/KH-SYT". */
    public String numberLine() {
        return "Số: " + number;
    }

    /** "Bà Rịa - Vũng Tàu, ngày 06 tháng 5 năm 2025". */
    public String placeDateLine() {
        return place + ", " + VietnameseNumbering.dateLine(date);
    }
}
