package vn.parcomms.report;

import java.util.List;
import java.util.UUID;
import vn.parcomms.shared.DomainException;

/**
 * A report that cannot be submitted yet, with every gap at once: the form shows each beside its
 * field and all of them in a summary at the top, so the unit fixes them in one pass.
 */
public class ReportIncompleteException extends DomainException {

    private final transient List<Gap> gaps;

    public ReportIncompleteException(List<Gap> gaps) {
        super("report.error.incomplete", gaps.size());
        this.gaps = List.copyOf(gaps);
    }

    public List<Gap> gaps() {
        return gaps;
    }

    /**
     * One missing item: the activity, the form field it belongs to ({@code status},
     * {@code dropReason}, {@code evidence}) and the message naming the activity.
     */
    public record Gap(UUID activityKey, String field, String messageKey, String activityName) {
    }
}
