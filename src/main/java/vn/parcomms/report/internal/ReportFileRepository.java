package vn.parcomms.report.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportFileRepository extends JpaRepository<ReportFile, Long> {

    /** The files of a report without their bytes. */
    @Query(value = """
            select f.id as id, f.activity_key as activityKey, f.file_name as fileName, f.content_type as contentType,
                   f.size_bytes as sizeBytes, f.uploaded_by as uploadedBy, f.uploaded_at as uploadedAt
            from unit_report_file f where f.report_id = :reportId order by f.id""", nativeQuery = true)
    List<FileRow> rows(@Param("reportId") long reportId);

    interface FileRow {
        long getId();

        UUID getActivityKey();

        String getFileName();

        String getContentType();

        int getSizeBytes();

        String getUploadedBy();

        Instant getUploadedAt();
    }
}
