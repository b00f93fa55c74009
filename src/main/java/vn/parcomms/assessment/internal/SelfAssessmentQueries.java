package vn.parcomms.assessment.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The self-assessments' plain-SQL reads and files: evidence bytes in PostgreSQL as the reports keep theirs (lists
 * read the rows without the content, a download reads one file), and the year's totals per node.
 */
@Component
public class SelfAssessmentQueries {

    private final JdbcClient jdbc;

    SelfAssessmentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record FileRow(long id, String criterionCode, String fileName, String contentType, int sizeBytes,
            String uploadedBy, Instant uploadedAt) {
    }

    public record FileContent(long assessmentId, String fileName, String contentType, byte[] content) {
    }

    public List<FileRow> rows(long assessmentId) {
        return jdbc.sql("""
                select id, criterion_code, file_name, content_type, size_bytes, uploaded_by, uploaded_at
                from par_index_self_file where assessment_id = :a order by id""")
                .param("a", assessmentId).query(FileRow.class).list();
    }

    /**
     * A file as the evidence pack lists it: {@code digest} (SHA-256 of the content, computed by the
     * database so no content is read) tells the same file uploaded under two criteria.
     */
    public record PackFile(long id, String criterionCode, String fileName, Instant uploadedAt, String digest) {
    }

    public List<PackFile> packFiles(long assessmentId) {
        return jdbc.sql("""
                select id, criterion_code, file_name, uploaded_at, encode(sha256(content), 'hex') as digest
                from par_index_self_file where assessment_id = :a order by id""")
                .param("a", assessmentId).query(PackFile.class).list();
    }

    public Optional<FileContent> content(long fileId) {
        return jdbc.sql("""
                select assessment_id, file_name, content_type, content from par_index_self_file where id = :id""")
                .param("id", fileId).query(FileContent.class).optional();
    }

    public void add(long assessmentId, String criterionCode, String fileName, String contentType, byte[] content,
            String uploadedBy, Instant at) {
        jdbc.sql("""
                insert into par_index_self_file
                    (assessment_id, criterion_code, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
                values (:a, :c, :n, :t, :s, :content, :by, :at)""")
                .param("a", assessmentId).param("c", criterionCode).param("n", fileName).param("t", contentType)
                .param("s", content.length).param("content", content).param("by", uploadedBy)
                .param("at", java.sql.Timestamp.from(at)).update();
    }

    public void delete(long assessmentId, List<Long> fileIds) {
        if (!fileIds.isEmpty()) {
            jdbc.sql("delete from par_index_self_file where assessment_id = :a and id in (:ids)")
                    .param("a", assessmentId).param("ids", fileIds).update();
        }
    }

    /** Per node of the year, the self and appraised totals and the status: one row per assessment. */
    public record TotalRow(long nodeId, String status, java.math.BigDecimal selfTotal,
            java.math.BigDecimal appraisedTotal, java.math.BigDecimal maxTotal, Instant submittedAt,
            Instant appraisedAt) {
    }

    public List<TotalRow> totals(java.util.Collection<Long> nodeIds, int year) {
        if (nodeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select node_id, status, self_total, appraised_total, max_total, submitted_at, appraised_at
                from par_index_self_assessment where year = :y and node_id in (:ids)""")
                .param("y", year).param("ids", nodeIds).query(TotalRow.class).list();
    }
}
