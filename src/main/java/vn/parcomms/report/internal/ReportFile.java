package vn.parcomms.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An evidence file, its bytes in PostgreSQL so that every app instance and a restart see it.
 * Kept out of the report aggregate so that loading a report never loads file contents; lists
 * read {@link ReportFileRepository.FileRow} projections.
 */
@Entity
@Table(name = "unit_report_file")
public class ReportFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id")
    private long reportId;

    @Column(name = "activity_key")
    private UUID activityKey;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private int sizeBytes;

    private byte[] content;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected ReportFile() {
    }

    public ReportFile(long reportId, UUID activityKey, String fileName, String contentType, byte[] content,
            String uploadedBy, Instant uploadedAt) {
        this.reportId = reportId;
        this.activityKey = activityKey;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public long getReportId() {
        return reportId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
