package vn.parcomms.plan;

import java.time.LocalDate;

/**
 * How the issuer numbers and dates the plan at issuing.
 *
 * @param numbering where the number comes from
 * @param docNumber the number typed, for {@link Numbering#TYPED}
 * @param issueDate the date of issue; null for the draft's date, or today when the draft has none
 */
public record IssueCommand(Numbering numbering, String docNumber, LocalDate issueDate) {

    /** The draft's number when it has one, else the register's next; the draft's date, else today. */
    public static final IssueCommand AS_DRAFTED = new IssueCommand(Numbering.AS_DRAFTED, null, null);

    public IssueCommand {
        numbering = numbering == null ? Numbering.AS_DRAFTED : numbering;
    }

    /** The number typed or kept from the draft, or null when the register gives the next one. */
    String typedNumber(String draftNumber) {
        return switch (numbering) {
            case NEXT -> null;
            case TYPED -> docNumber == null ? "" : docNumber.trim();
            case AS_DRAFTED -> draftNumber == null || draftNumber.isBlank() ? null : draftNumber.trim();
        };
    }

    public enum Numbering {
        /** The next number of the node's register of outgoing documents for the symbol and year. */
        NEXT,
        /** A number the issuer types (a document numbered on paper already, say). */
        TYPED,
        /** The draft's number when the office entered one, else the next of the register. */
        AS_DRAFTED
    }
}
