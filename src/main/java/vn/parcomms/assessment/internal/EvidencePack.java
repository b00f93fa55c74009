package vn.parcomms.assessment.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.parcomms.assessment.AssessmentSheet;
import vn.parcomms.organization.Letterhead;

/**
 * What the evidence pack of a node and year is written from: the node's self-assessment sheet as
 * every view reads it ({@link AssessmentSheet}: computed, self-scored and appraised points, their
 * difference, reasons, comments, status and history) and the evidence documents, each under the
 * criterion it supports.
 *
 * @param letterhead the node's names for the sheet's official header
 * @param base the application's address, for the sheet's evidence links
 */
public record EvidencePack(Letterhead letterhead, AssessmentSheet sheet, String base, List<Evidence> evidence) {

    public EvidencePack {
        Objects.requireNonNull(sheet, "sheet");
        evidence = List.copyOf(evidence);
    }

    public long nodeId() {
        return sheet.nodeId();
    }

    public String nodeName() {
        return sheet.nodeName();
    }

    public int year() {
        return sheet.year();
    }

    /**
     * One evidence document under one criterion. {@code documentKey} names the document itself
     * ("plan:12", "report:40", "report-file:7"): a document that supports several criteria is
     * written once, under the first, and the index lists it for each. {@code name} is the text the
     * file is named after ("kế hoạch 79a/KH-SYT"), made an ASCII slug by the writer; {@code number}
     * and {@code date} may be null.
     */
    public record Evidence(String criterionCode, String criterionTitle, String documentKey, String title,
            String number, LocalDate date, String name, String extension, Content content) {

        public Evidence {
            Objects.requireNonNull(criterionCode, "criterionCode");
            Objects.requireNonNull(documentKey, "documentKey");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * Writes a document's bytes when the pack reaches it, so no more than one document is held at
     * a time. It must not close the stream.
     */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
