package vn.parcomms.report.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.multipart.MultipartFile;
import vn.parcomms.report.ActivityStatus;
import vn.parcomms.report.ReportCommand;
import vn.parcomms.report.ReportDetails;
import vn.parcomms.report.ReportDrafting;

/** The report form: the per-report texts and one entry per activity, with the version it was opened at. */
public class ReportForm {

    private long version;
    @Size(max = ReportDrafting.MAX_TEXT)
    private String resultsSummary;
    @Size(max = ReportDrafting.MAX_TEXT)
    private String shortcomings;
    @Size(max = ReportDrafting.MAX_TEXT)
    private String difficulties;
    @Size(max = ReportDrafting.MAX_TEXT)
    private String proposals;
    @Size(max = ReportDrafting.MAX_TEXT)
    private String nextTasks;
    private List<@Valid EntryForm> entries = new ArrayList<>();

    static ReportForm of(ReportDetails report) {
        ReportForm form = new ReportForm();
        form.version = report.version();
        form.resultsSummary = report.resultsSummary();
        form.shortcomings = report.shortcomings();
        form.difficulties = report.difficulties();
        form.proposals = report.proposals();
        form.nextTasks = report.nextTasks();
        for (ReportDetails.EntryView e : report.entries()) {
            EntryForm entry = new EntryForm();
            entry.activityKey = e.activityKey();
            entry.status = e.status();
            entry.dropReason = e.dropReason();
            entry.evidence = e.evidence();
            entry.note = e.note();
            e.figures().forEach(f -> entry.figures.put(f.indicatorId(), f.amount() == null ? null : f.amount().toString()));
            form.entries.add(entry);
        }
        return form;
    }

    /**
     * Figures are bound as text so that whatever the user typed ("2,5", "-3") comes back on the
     * form with its message; only whole numbers from 0 pass.
     */
    void checkFigures(org.springframework.validation.BindingResult result, int max) {
        for (int i = 0; i < entries.size(); i++) {
            for (Map.Entry<Long, String> f : entries.get(i).figures.entrySet()) {
                if (f.getValue() != null && !f.getValue().isBlank() && parse(f.getValue()) == null) {
                    result.rejectValue("entries[" + i + "].figures[" + f.getKey() + "]", "report.error.figure",
                            new Object[] {max}, "report.error.figure");
                }
            }
        }
    }

    private static Integer parse(String value) {
        String trimmed = value.strip();
        if (!trimmed.matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(trimmed);
    }

    ReportCommand toCommand(List<Long> deleteFileIds) throws java.io.IOException {
        List<ReportCommand.Entry> commandEntries = new ArrayList<>();
        List<ReportCommand.Upload> uploads = new ArrayList<>();
        for (EntryForm e : entries) {
            if (e.activityKey == null) {
                continue;
            }
            Map<Long, Integer> figures = new LinkedHashMap<>();
            e.figures.forEach((indicator, value) -> figures.put(indicator,
                    value == null || value.isBlank() ? null : parse(value)));
            commandEntries.add(new ReportCommand.Entry(e.activityKey, e.status, e.dropReason, e.evidence, e.note,
                    figures));
            for (MultipartFile file : e.files) {
                if (file != null && !file.isEmpty()) {
                    uploads.add(new ReportCommand.Upload(e.activityKey, file.getOriginalFilename(), file.getBytes()));
                }
            }
        }
        return new ReportCommand(resultsSummary, shortcomings, difficulties, proposals, nextTasks, commandEntries,
                uploads, deleteFileIds);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getResultsSummary() {
        return resultsSummary;
    }

    public void setResultsSummary(String resultsSummary) {
        this.resultsSummary = resultsSummary;
    }

    public String getShortcomings() {
        return shortcomings;
    }

    public void setShortcomings(String shortcomings) {
        this.shortcomings = shortcomings;
    }

    public String getDifficulties() {
        return difficulties;
    }

    public void setDifficulties(String difficulties) {
        this.difficulties = difficulties;
    }

    public String getProposals() {
        return proposals;
    }

    public void setProposals(String proposals) {
        this.proposals = proposals;
    }

    public String getNextTasks() {
        return nextTasks;
    }

    public void setNextTasks(String nextTasks) {
        this.nextTasks = nextTasks;
    }

    public List<EntryForm> getEntries() {
        return entries;
    }

    public void setEntries(List<EntryForm> entries) {
        this.entries = entries;
    }

    /** One activity's part of the form. Figures are bound as whole numbers; anything else is a field error. */
    public static class EntryForm {

        private UUID activityKey;
        private ActivityStatus status;
        @Size(max = ReportDrafting.MAX_TEXT)
        private String dropReason;
        @Size(max = ReportDrafting.MAX_TEXT)
        private String evidence;
        @Size(max = ReportDrafting.MAX_TEXT)
        private String note;
        private Map<Long, String> figures = new LinkedHashMap<>();
        private List<MultipartFile> files = new ArrayList<>();

        public UUID getActivityKey() {
            return activityKey;
        }

        public void setActivityKey(UUID activityKey) {
            this.activityKey = activityKey;
        }

        public ActivityStatus getStatus() {
            return status;
        }

        public void setStatus(ActivityStatus status) {
            this.status = status;
        }

        public String getDropReason() {
            return dropReason;
        }

        public void setDropReason(String dropReason) {
            this.dropReason = dropReason;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public Map<Long, String> getFigures() {
            return figures;
        }

        public void setFigures(Map<Long, String> figures) {
            this.figures = figures;
        }

        public List<MultipartFile> getFiles() {
            return files;
        }

        public void setFiles(List<MultipartFile> files) {
            this.files = files;
        }
    }
}
