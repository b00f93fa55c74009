package vn.parcomms.assessment;

import java.math.BigDecimal;
import java.util.List;

/** Home Affairs' appraisal: per criterion code the appraised points and a comment. */
public record AppraisalCommand(List<Entry> entries) {

    public AppraisalCommand {
        entries = List.copyOf(entries);
    }

    public record Entry(String code, BigDecimal points, String comment) {
    }
}
