package vn.parcomms.assessment.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.parcomms.organization.Letterhead;

/**
 * What the evidence pack of a node and year is written from: the self-assessment sheet (one row
 * per criterion) and the evidence documents, each under the criterion it supports. The sheet's
 * self-scored and appraised columns are optional: they stay empty until a self-assessment and an
 * appraisal exist for the node and year; the pack writes whatever it is given.
 *
 * @param letterhead the node's names for the sheet's official header
 */
public record EvidencePack(long nodeId, String nodeName, int year, Letterhead letterhead, List<SheetRow> sheet,
        BigDecimal total, BigDecimal maximum, List<Evidence> evidence) {

    public EvidencePack {
        sheet = List.copyOf(sheet);
        evidence = List.copyOf(evidence);
    }

    /**
     * One criterion ({@code depth} 0) or sub-criterion (1) of the sheet: computed points, and the
     * self-scored points with their reason and the appraised points with their comment when there
     * are any (null otherwise).
     */
    public record SheetRow(String code, String title, int depth, BigDecimal maxPoints, BigDecimal computed,
            BigDecimal selfPoints, String selfReason, BigDecimal appraisedPoints, String appraisalComment) {

        /** A row with computed points only. */
        public static SheetRow computed(String code, String title, int depth, BigDecimal maxPoints,
                BigDecimal computed) {
            return new SheetRow(code, title, depth, maxPoints, computed, null, null, null, null);
        }
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
