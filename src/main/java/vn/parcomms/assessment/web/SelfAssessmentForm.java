package vn.parcomms.assessment.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import vn.parcomms.assessment.AssessmentSheet;
import vn.parcomms.assessment.SelfAssessmentCommand;

/**
 * The office's self-score form: one entry per criterion that takes points, with the version the
 * sheet was opened at (empty before the first save). Points are bound as text so whatever was
 * typed ("1,5", "abc") comes back with its message; a comma or a point marks the decimals.
 */
public class SelfAssessmentForm {

    private Long version;
    private List<EntryForm> entries = new ArrayList<>();
    private List<Long> deleteFileIds = new ArrayList<>();

    static SelfAssessmentForm of(AssessmentSheet sheet) {
        SelfAssessmentForm form = new SelfAssessmentForm();
        form.version = sheet.version();
        for (AssessmentSheet.Row r : sheet.rows()) {
            if (!r.editable()) {
                continue;
            }
            EntryForm e = new EntryForm();
            e.code = r.code();
            // Empty unless the office adjusted it: an empty field follows the computed points.
            e.selfPoints = r.adjusted() ? r.selfPoints().toPlainString() : "";
            e.reason = r.selfReason();
            List<String> urls = new ArrayList<>();
            for (AssessmentSheet.Evidence ev : r.evidence()) {
                if ("URL".equals(ev.kind())) {
                    urls.add(ev.target());
                } else if (!"FILE".equals(ev.kind())) {
                    e.documents.add(ev.ref());
                }
            }
            e.urls = String.join("\n", urls);
            form.entries.add(e);
        }
        return form;
    }

    /** Whatever is not a number of at most two decimals is put on its field. */
    void checkPoints(BindingResult result) {
        for (int i = 0; i < entries.size(); i++) {
            String v = entries.get(i).selfPoints;
            if (v != null && !v.isBlank() && parse(v) == null) {
                result.rejectValue("entries[" + i + "].selfPoints", "selfAssessment.error.number");
            }
        }
    }

    static BigDecimal parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().replace(',', '.');
        return v.matches("-?\\d{1,3}(\\.\\d{1,2})?") ? new BigDecimal(v) : null;
    }

    SelfAssessmentCommand toCommand() throws IOException {
        List<SelfAssessmentCommand.Entry> list = new ArrayList<>();
        List<SelfAssessmentCommand.Upload> uploads = new ArrayList<>();
        for (EntryForm e : entries) {
            if (e.code == null) {
                continue;
            }
            List<String> urls = e.urls == null ? List.of()
                    : Arrays.stream(e.urls.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            list.add(new SelfAssessmentCommand.Entry(e.code, parse(e.selfPoints), e.reason, urls, e.documents));
            for (MultipartFile f : e.files) {
                if (f != null && !f.isEmpty()) {
                    uploads.add(new SelfAssessmentCommand.Upload(e.code, f.getOriginalFilename(), f.getBytes()));
                }
            }
        }
        return new SelfAssessmentCommand(list, uploads, deleteFileIds);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<EntryForm> getEntries() {
        return entries;
    }

    public void setEntries(List<EntryForm> entries) {
        this.entries = entries;
    }

    public List<Long> getDeleteFileIds() {
        return deleteFileIds;
    }

    public void setDeleteFileIds(List<Long> deleteFileIds) {
        this.deleteFileIds = deleteFileIds;
    }

    public static class EntryForm {

        private String code;
        private String selfPoints;
        private String reason;
        private String urls;
        private List<String> documents = new ArrayList<>();
        private List<MultipartFile> files = new ArrayList<>();

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getSelfPoints() {
            return selfPoints;
        }

        public void setSelfPoints(String selfPoints) {
            this.selfPoints = selfPoints;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getUrls() {
            return urls;
        }

        public void setUrls(String urls) {
            this.urls = urls;
        }

        public List<String> getDocuments() {
            return documents;
        }

        public void setDocuments(List<String> documents) {
            this.documents = documents;
        }

        public List<MultipartFile> getFiles() {
            return files;
        }

        public void setFiles(List<MultipartFile> files) {
            this.files = files;
        }
    }
}
