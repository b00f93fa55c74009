package vn.parcomms.organization;

import java.time.LocalDate;

/** A name a node had, from {@code validFrom} (null: since it was entered) to {@code validTo} (null: still). */
public record NameRecord(String name, String shortName, LocalDate validFrom, LocalDate validTo, String decision) {
}
