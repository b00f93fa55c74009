package vn.parcomms.consolidation.web;

import java.io.Serializable;
import java.time.LocalDate;
import vn.parcomms.consolidation.OutgoingNumber;
import vn.parcomms.shared.DisplayFormat;
import vn.parcomms.shared.DomainException;

/**
 * The numbering part of the sending form as typed: {@code numbering} is "next" (the register's
 * next number), "typed" ({@code docNumber}) or "none"; the date is typed dd/mm/yyyy whatever the
 * browser's language, empty for the day of sending.
 */
record SendForm(String numbering, String docNumber, String docSymbol, String issuedOn) implements Serializable {

    OutgoingNumber number() {
        return switch (numbering == null ? "none" : numbering) {
            case "next" -> new OutgoingNumber(true, null, docSymbol, date());
            case "typed" -> {
                if (docNumber == null || docNumber.isBlank()) {
                    throw DomainException.onField("docNumber", "consolidation.error.numberRequired");
                }
                yield new OutgoingNumber(false, docNumber, docSymbol, date());
            }
            default -> OutgoingNumber.NONE;
        };
    }

    private LocalDate date() {
        if (issuedOn == null || issuedOn.isBlank()) {
            return null;
        }
        return DisplayFormat.parseDate(issuedOn).orElseThrow(
                () -> DomainException.onField("issuedOn", "consolidation.error.dateInvalid", issuedOn.trim()));
    }
}
