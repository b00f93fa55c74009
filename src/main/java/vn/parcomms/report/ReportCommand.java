package vn.parcomms.report;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a unit types into its report. {@code figures} map indicator ids to this period's
 * increment (null = not typed); {@code uploads} are new evidence files, {@code deleteFileIds}
 * files the unit removes.
 */
public record ReportCommand(String resultsSummary, String shortcomings, String difficulties, String proposals,
        String nextTasks, List<Entry> entries, List<Upload> uploads, List<Long> deleteFileIds) {

    public record Entry(UUID activityKey, ActivityStatus status, String dropReason, String evidence, String note,
            Map<Long, Integer> figures) {
    }

    /** An uploaded file as received; its type is decided from its content, never from the name. */
    public record Upload(UUID activityKey, String fileName, byte[] content) {
    }
}
