package vn.parcomms.report;

import vn.parcomms.shared.DisplayFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything shown on a report's page and its form. */
public record ReportDetails(long id, long unitNodeId, String unitName, long planId, String planLabel,
        String planTitle, int year, ReportPeriod period, ReportStatus status, FollowUpStatus followUp, boolean late,
        LocalDate deadline, String resultsSummary, String shortcomings, String difficulties, String proposals,
        String nextTasks, String returnReason, Instant submittedAt, long version, List<EntryView> entries,
        List<EventView> history, Permissions can) {

    /**
     * The day whose names the report carries: a sent or accepted report the names valid when it was
     * sent, a draft or returned one today's (ADR 0015).
     */
    public static LocalDate namesDate(ReportStatus status, Instant submittedAt, java.time.Clock clock) {
        boolean sent = status == ReportStatus.SUBMITTED || status == ReportStatus.ACCEPTED;
        Instant at = sent && submittedAt != null ? submittedAt : clock.instant();
        return at.atZone(clock.getZone()).toLocalDate();
    }

    /** {@link #namesDate(ReportStatus, Instant, java.time.Clock)} of this report. */
    public LocalDate namesDate(java.time.Clock clock) {
        return namesDate(status, submittedAt, clock);
    }

    /** One activity of the report with what the unit entered and the cumulative figures. */
    public record EntryView(UUID activityKey, String contentLabel, String activityName, ActivityStatus status,
            String dropReason, String evidence, String note, List<FigureView> figures, List<FileView> files) {
    }

    /**
     * One indicator: {@code amount} typed for this period (null if not yet), {@code earlier} the sum
     * of the earlier periods' increments, {@code cumulative} the derived value for this period.
     */
    public record FigureView(long indicatorId, String name, String nameEn, String unit, String unitEn,
            Integer target, Integer amount, long earlier, long cumulative) {

        /** "News items posted (news items)" in English, "Tin, bài đăng tải (tin, bài)" in Vietnamese. */
        public String labelIn(String language) {
            return DisplayFormat.named(language, name, nameEn) + " (" + DisplayFormat.named(language, unit, unitEn)
                    + ")";
        }
    }

    public record FileView(long id, UUID activityKey, String fileName, String contentType, int sizeBytes,
            String uploadedBy, Instant uploadedAt) {
    }

    public record EventView(String action, String actorName, Instant at, String reason) {
    }

    public record Permissions(boolean edit, boolean submit, boolean accept, boolean returnForRevision) {
    }
}
