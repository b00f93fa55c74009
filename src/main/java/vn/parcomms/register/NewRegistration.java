package vn.parcomms.register;

import java.time.LocalDate;

/** A document being issued, as the register records it; the number is given apart. */
public record NewRegistration(long nodeId, String docSymbol, LocalDate issuedOn, RecordKind recordKind,
        long recordId, String summary, String signerName, long registeredBy) {

    public int year() {
        return issuedOn.getYear();
    }
}
