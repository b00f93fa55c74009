package vn.parcomms.todo;

/**
 * One entry of a to-do list: its text's arguments, and the record it opens. Most entries are a
 * link ({@code link}); a unit's report not yet started is opened by a form posting
 * {@code openPlanId} and {@code openPeriod} to {@code /reports}, as the report list does.
 *
 * @param subject  the plan's number, the unit's or the agency's name
 * @param period   the report period's name, or null
 * @param number   a count or the days left, or null
 */
public record ToDoItem(ToDoKind kind, String subject, String period, Integer year, Long number, String reason,
        String link, Long openPlanId) {

    /** The message key of the period's label, or null. */
    public String periodKey() {
        return period == null ? null : "report.period." + period;
    }

    public Object[] periodArgs() {
        return new Object[] {year};
    }

    public boolean opensByForm() {
        return openPlanId != null;
    }
}
