package vn.parcomms.consolidation.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import vn.parcomms.consolidation.OutgoingNumber;
import vn.parcomms.shared.DomainException;

/**
 * The numbering part of the sending form as typed: {@code numbering} is "next" (the register's
 * next number), "typed" ({@code docNumber}) or "none"; the date is typed dd/mm/yyyy whatever the
 * browser's language, empty for the day of sending.
 */
record SendForm(String numbering, String docNumber, String docSymbol, String issuedOn) implements Serializable {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

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
        try {
            return LocalDate.parse(issuedOn.trim(), TYPED);
        } catch (DateTimeParseException e) {
            throw DomainException.onField("issuedOn", "consolidation.error.dateInvalid", issuedOn.trim());
        }
    }
}
