package vn.parcomms.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The office's self-score: per criterion code the self points (null: the computed ones), the
 * reason, web addresses and references to the node's plans or reports ({@code PLAN:12},
 * {@code REPORT:34}); files to upload per criterion and files to remove.
 */
public record SelfAssessmentCommand(List<Entry> entries, List<Upload> uploads, List<Long> deleteFileIds) {

    public SelfAssessmentCommand {
        entries = List.copyOf(entries);
        uploads = List.copyOf(uploads);
        deleteFileIds = List.copyOf(deleteFileIds);
    }

    public record Entry(String code, BigDecimal selfPoints, String reason, List<String> urls, List<String> documents) {

        public Entry {
            urls = urls == null ? List.of() : List.copyOf(urls);
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }

    public record Upload(String code, String fileName, byte[] content) {
    }
}
