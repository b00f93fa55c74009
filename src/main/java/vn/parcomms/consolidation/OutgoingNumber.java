package vn.parcomms.consolidation;

import java.time.LocalDate;

/**
 * How a consolidated report being sent is numbered as an outgoing document: the register's next
 * number for the symbol and year ({@code takeNext}), a number the office typed, or none (the clerk
 * writes it on the paper); the date is the day it is sent unless given.
 */
public record OutgoingNumber(boolean takeNext, String docNumber, String docSymbol, LocalDate issuedOn) {

    public static final OutgoingNumber NONE = new OutgoingNumber(false, null, null, null);

    public boolean wanted() {
        return takeNext || (docNumber != null && !docNumber.isBlank());
    }
}
